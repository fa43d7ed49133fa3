using Kinerja.Access;
using Kinerja.Changes;
using Kinerja.Domain.Budgeting;
using Kinerja.Importing;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Data;

/// <summary>
/// The unit of work. One subclass per provider carries that provider's migrations; the model is the same.
/// Plan data is read and written only within the <see cref="WorkUnitScope"/> the context was made with.
/// </summary>
public abstract class KinerjaDbContext : DbContext
{
    private readonly WorkUnitScope _scope;

    protected KinerjaDbContext(DbContextOptions options, WorkUnitScope scope)
        : base(options)
    {
        _scope = scope;
    }

    public DbSet<WorkUnit> WorkUnits => Set<WorkUnit>();

    public DbSet<PerformancePlan> Plans => Set<PerformancePlan>();

    public DbSet<BudgetVersion> BudgetVersions => Set<BudgetVersion>();

    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();

    public DbSet<ChangeEntry> Changes => Set<ChangeEntry>();

    public DbSet<PerformanceReport> Reports => Set<PerformanceReport>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<BudgetRealisation> BudgetRealisations => Set<BudgetRealisation>();

    public WorkUnitScope Scope => _scope;

    // Read by the query filters; EF turns them into parameters per context instance.
    internal bool ScopeIsNational => _scope.IsNational;

    internal List<Guid> ScopeUnitIds => [.. _scope.UnitIds];

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardScope();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardScope();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        Conversions.Configure(configurationBuilder);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KinerjaDbContext).Assembly);
        modelBuilder.Entity<WorkUnit>().HasQueryFilter(w => ScopeIsNational || ScopeUnitIds.Contains(w.Id));
        modelBuilder.Entity<PerformancePlan>().HasQueryFilter(p => ScopeIsNational || ScopeUnitIds.Contains(p.WorkUnitId));
        modelBuilder.Entity<BudgetVersion>().HasQueryFilter(b => ScopeIsNational || ScopeUnitIds.Contains(b.WorkUnitId));
        modelBuilder.Entity<ImportRecord>().HasQueryFilter(r => ScopeIsNational || ScopeUnitIds.Contains(r.WorkUnitId));
        modelBuilder.Entity<ChangeEntry>().HasQueryFilter(c => ScopeIsNational || ScopeUnitIds.Contains(c.WorkUnitId));
        modelBuilder.Entity<PerformanceReport>().HasQueryFilter(r => ScopeIsNational || ScopeUnitIds.Contains(r.WorkUnitId));
        modelBuilder.Entity<Evidence>().HasQueryFilter(e => ScopeIsNational || ScopeUnitIds.Contains(e.WorkUnitId));
        modelBuilder.Entity<BudgetRealisation>().HasQueryFilter(r => ScopeIsNational || ScopeUnitIds.Contains(r.WorkUnitId));
    }

    private void GuardScope()
    {
        if (_scope.IsNational)
        {
            return;
        }

        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            var unitId = entry.Entity switch
            {
                WorkUnit unit => unit.Id,
                PerformancePlan plan => plan.WorkUnitId,
                BudgetVersion budget => budget.WorkUnitId,
                ImportRecord record => record.WorkUnitId,
                ChangeEntry change => change.WorkUnitId,
                PerformanceReport report => report.WorkUnitId,
                Evidence evidence => evidence.WorkUnitId,
                BudgetRealisation realisation => realisation.WorkUnitId,
                _ => (Guid?)null,
            };
            if (unitId is { } id && !_scope.Covers(id))
            {
                throw new ScopeViolationException($"Perubahan pada data satuan kerja di luar lingkup {_scope.Description} ditolak.");
            }
        }
    }
}

public sealed class SqliteKinerjaDbContext(DbContextOptions<SqliteKinerjaDbContext> options, WorkUnitScope scope)
    : KinerjaDbContext(options, scope);

public sealed class PostgresKinerjaDbContext(DbContextOptions<PostgresKinerjaDbContext> options, WorkUnitScope scope)
    : KinerjaDbContext(options, scope);
