using Kinerja.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Kinerja.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Which database the app talks to, from <c>Database:Provider</c> and <c>ConnectionStrings:Kinerja</c>.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public static DatabaseSettings From(IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var providerText = configuration["Database:Provider"] ?? "sqlite";
        var provider = providerText.Trim().ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" or "postgresql" => DatabaseProvider.Postgres,
            _ => throw new InvalidOperationException($"Database:Provider \"{providerText}\" tidak dikenal; gunakan sqlite atau postgres."),
        };
        var connectionString = configuration.GetConnectionString("Kinerja");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.Postgres)
            {
                throw new InvalidOperationException("Database:Provider postgres memerlukan ConnectionStrings:Kinerja.");
            }

            var folder = Path.Combine(contentRoot, configuration["Database:DataFolder"] ?? "App_Data");
            Directory.CreateDirectory(folder);
            connectionString = $"Data Source={Path.Combine(folder, "kinerja.db")}";
        }

        return new DatabaseSettings(provider, connectionString);
    }

    public void Apply(DbContextOptionsBuilder options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (Provider == DatabaseProvider.Sqlite)
        {
            options.UseSqlite(ConnectionString, o => o.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
        }
        else
        {
            // A restart or a failover drops every connection: retrying the unit of work turns that outage into a delay.
            // Nothing in the app opens its own transaction (the strategy would refuse it); each SaveChanges is one.
            options.UseNpgsql(ConnectionString, o => o
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .EnableRetryOnFailure(maxRetryCount: 6, maxRetryDelay: TimeSpan.FromSeconds(10), errorCodesToAdd: null));
        }

        // A letterhead whose lines are all empty is no letterhead: loading it as null is what we want.
        options.ConfigureWarnings(w => w.Ignore(RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));
    }

    /// <summary>A context outside of a web request (CLI verbs, start-up, tests).</summary>
    public KinerjaDbContext CreateContext(WorkUnitScope scope)
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteKinerjaDbContext>();
            Apply(options);
            return new SqliteKinerjaDbContext(options.Options, scope);
        }
        else
        {
            var options = new DbContextOptionsBuilder<PostgresKinerjaDbContext>();
            Apply(options);
            return new PostgresKinerjaDbContext(options.Options, scope);
        }
    }
}

public static class DatabaseServices
{
    public static IServiceCollection AddKinerjaDatabase(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            services.AddDbContext<KinerjaDbContext, SqliteKinerjaDbContext>(settings.Apply);
        }
        else
        {
            services.AddDbContext<KinerjaDbContext, PostgresKinerjaDbContext>(settings.Apply);
        }

        return services;
    }
}

/// <summary>Used by dotnet-ef to build each provider's context when generating migrations.</summary>
internal sealed class SqliteDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<SqliteKinerjaDbContext>
{
    public SqliteKinerjaDbContext CreateDbContext(string[] args) =>
        (SqliteKinerjaDbContext)new DatabaseSettings(DatabaseProvider.Sqlite, "Data Source=design.db").CreateContext(WorkUnitScope.National);
}

internal sealed class PostgresDesignTimeFactory : Microsoft.EntityFrameworkCore.Design.IDesignTimeDbContextFactory<PostgresKinerjaDbContext>
{
    public PostgresKinerjaDbContext CreateDbContext(string[] args) =>
        (PostgresKinerjaDbContext)new DatabaseSettings(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=kinerja_design").CreateContext(WorkUnitScope.National);
}
