using Kinerja.Access;
using Kinerja.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kinerja.Tests;

/// <summary>
/// A fresh, empty, migrated database on one provider: a SQLite file in a temporary folder, or a new database on the
/// PostgreSQL server named by KINERJA_TEST_POSTGRES (scripts/test.sh starts one). A PostgreSQL test that cannot reach its
/// server fails; it never skips.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultPostgres = "Host=127.0.0.1;Port=55432;Username=postgres;Database=postgres";

    private readonly string? _sqliteFolder;
    private readonly string? _postgresName;

    private TestDatabase(DatabaseSettings settings, string? sqliteFolder, string? postgresName)
    {
        Settings = settings;
        _sqliteFolder = sqliteFolder;
        _postgresName = postgresName;
    }

    public static TheoryData<string> Providers => new() { "sqlite", "postgres" };

    public DatabaseSettings Settings { get; }

    public static string PostgresServer =>
        Environment.GetEnvironmentVariable("KINERJA_TEST_POSTGRES") is { Length: > 0 } url ? url : DefaultPostgres;

    /// <summary>An empty database, not migrated: for the migration tests and for the app's own start-up.</summary>
    public static async Task<TestDatabase> CreateEmptyAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var folder = Directory.CreateTempSubdirectory("kinerja-test-").FullName;
            return new TestDatabase(new DatabaseSettings(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(folder, "kinerja.db")};Pooling=False"), folder, null);
        }

        var name = "kinerja_t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(PostgresServer))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name, Pooling = false };
        return new TestDatabase(new DatabaseSettings(DatabaseProvider.Postgres, builder.ConnectionString), null, name);
    }

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = await CreateEmptyAsync(provider);
        await using var db = database.Context();
        await db.Database.MigrateAsync();
        return database;
    }

    public KinerjaDbContext Context(WorkUnitScope? scope = null) => Settings.CreateContext(scope ?? WorkUnitScope.National);

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFolder is not null)
        {
            try
            {
                Directory.Delete(_sqliteFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open by a finished test is removed with the temp folder later; it must not fail the test.
            }
        }

        if (_postgresName is not null)
        {
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
