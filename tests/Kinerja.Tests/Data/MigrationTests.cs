using Kinerja.Access;
using Kinerja.Data;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Data;

public sealed class MigrationTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_migration_applies_to_an_empty_database(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        await using var db = database.Context();

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetPendingMigrationsAsync());

        await db.Database.MigrateAsync();

        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.Plans.CountAsync());
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void The_model_has_no_changes_without_a_migration(DatabaseProvider provider)
    {
        using var db = new DatabaseSettings(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : TestDatabase.DefaultPostgres)
            .CreateContext(WorkUnitScope.National);

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} model differs from its last migration: run scripts/add-migration.sh.");
    }

    [Fact]
    public void Both_providers_have_the_same_migrations()
    {
        using var sqlite = new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=:memory:").CreateContext(WorkUnitScope.National);
        using var postgres = new DatabaseSettings(DatabaseProvider.Postgres, TestDatabase.DefaultPostgres).CreateContext(WorkUnitScope.National);

        static IEnumerable<string> Names(DbContext db) => db.Database.GetMigrations().Select(id => id[(id.IndexOf('_', StringComparison.Ordinal) + 1)..]);

        Assert.Equal(Names(sqlite), Names(postgres));
        Assert.IsType<SqliteKinerjaDbContext>(sqlite);
    }
}
