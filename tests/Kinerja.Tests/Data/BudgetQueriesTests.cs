using Kinerja.Demo;
using Kinerja.Planning;

namespace Kinerja.Tests.Data;

public sealed class BudgetQueriesTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_pagu_read_without_the_versions_is_the_newest_versions_total(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.Context())
        {
            await DemoData.LoadAsync(db);
        }

        await using var read = database.Context();
        var versions = await BudgetQueries.LatestAsync(read, DemoData.Year);
        var pagu = await BudgetQueries.PaguAsync(read, DemoData.Year, null);
        Assert.Equal(versions.Count, pagu.Count);
        Assert.All(versions, v => Assert.Equal((v.Value.Number, v.Value.Total), pagu[v.Key]));

        // Only the units asked for.
        var two = versions.Keys.Take(2).ToList();
        Assert.Equal(two.Order(), (await BudgetQueries.PaguAsync(read, DemoData.Year, two)).Keys.Order());
    }
}
