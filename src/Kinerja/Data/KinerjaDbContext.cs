using Kinerja.Access;
using Kinerja.Accounts;
using Kinerja.Changes;
using Kinerja.Domain.Budgeting;
using Kinerja.Importing;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Access;
using Kinerja.Domain.Planning;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Data;

/// <summary>
/// The unit of work. One subclass per provider carries that provider's migrations; the model is the same.
/// Plan data is read and written only within the <see cref="WorkUnitScope"/> the context was made with. The users (ASP.NET Core
/// Identity's tables), their sessions and the data-protection keys live here too, so every app instance shares them.
/// </summary>
public abstract class KinerjaDbContext : IdentityUserContext<KinerjaUser, Guid>, IDataProtectionKeyContext
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

    public DbSet<UserRole> UserRoles => Set<UserRole>();

    public DbSet<UserSession> Sessions => Set<UserSession>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

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

    protected override void OnModelCreating(ModelBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var modelBuilder = builder;
        base.OnModelCreating(modelBuilder);
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
        if (_scope.WritesEverywhere)
        {
            return;
        }

        var touched = new HashSet<Guid>();
        var created = new Dictionary<Guid, Guid?>();
        foreach (var entry in ChangeTracker.Entries())
        {
            if (entry.State is EntityState.Unchanged or EntityState.Detached)
            {
                continue;
            }

            if (entry.Entity is WorkUnit { } added && entry.State == EntityState.Added)
            {
                created[added.Id] = added.ParentId;
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
                // A role granted or revoked is a change on its unit: only who may administer that unit may make it.
                UserRole role => role.WorkUnitId,
                _ => (Guid?)null,
            };
            if (unitId is { } id)
            {
                touched.Add(id);
            }
        }

        if (created.Count > 0 && !_scope.MayCreateUnits)
        {
            throw new ScopeViolationException("Hanya admin nasional yang dapat menambah satuan kerja baru.");
        }

        touched.ExceptWith(created.Keys);
        if (touched.Count == 0)
        {
            return;
        }

        var ids = touched.ToList();
        var places = WorkUnits.IgnoreQueryFilters().IgnoreAutoIncludes().AsNoTracking()
            .Where(w => ids.Contains(w.Id))
            .Select(w => new UnitPlace(w.Id, w.Level, w.ParentId))
            .ToList();
        if (places.Count != ids.Count || places.Any(p => !_scope.MayWrite(p)))
        {
            throw new ScopeViolationException($"Perubahan pada data satuan kerja di luar wewenang {_scope.Actor?.Name ?? _scope.Description} ditolak.");
        }
    }
}

public sealed class SqliteKinerjaDbContext(DbContextOptions<SqliteKinerjaDbContext> options, WorkUnitScope scope)
    : KinerjaDbContext(options, scope);

public sealed class PostgresKinerjaDbContext(DbContextOptions<PostgresKinerjaDbContext> options, WorkUnitScope scope)
    : KinerjaDbContext(options, scope);
