using Kinerja.Cli;
using Kinerja.Demo;

namespace Kinerja.Tests.Cli;

public sealed class VerbTests
{
    private static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 3, 1, 9, 0, 0, TimeSpan.FromHours(7)));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_units_and_checks_work_on_an_empty_database(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);

        var (demoCode, demoOut) = await RunAsync(database, "demo");
        var (againCode, againOut) = await RunAsync(database, "demo");
        var (unitsCode, unitsOut) = await RunAsync(database, "units");
        var (checksCode, checksOut) = await RunAsync(database, "checks");

        Assert.Equal(0, demoCode);
        Assert.Contains("7 satuan kerja, 42 rencana, 14 versi anggaran", demoOut, StringComparison.Ordinal);
        Assert.Equal(1, againCode);
        Assert.Contains("tidak dimuat", againOut, StringComparison.Ordinal);
        Assert.Equal(0, unitsCode);
        var lines = unitsOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, lines.Length);
        Assert.StartsWith("650001  KPU RI", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  670100  KPU Provinsi Banten", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("    670702  KPU Kabupaten Lebak", lines[2], StringComparison.Ordinal);
        Assert.Equal(0, checksCode);
        Assert.Contains($"42 rencana tahun {DemoData.Year} diperiksa, 0 temuan.", checksOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_year_is_a_clear_message_not_a_crash()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var (code, output) = await RunAsync(database, "checks", "--year", "dua ribu");

        Assert.Equal(2, code);
        Assert.Contains("--year memerlukan tahun", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> RunAsync(TestDatabase database, string verb, params string[] args)
    {
        using var output = new StringWriter();
        var code = await Verbs.RunAsync(verb, args, database.Settings, Clock, output);
        return (code, output.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

        public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.CreateCustomTimeZone("WIB", TimeSpan.FromHours(7), "WIB", "WIB");
    }
}
