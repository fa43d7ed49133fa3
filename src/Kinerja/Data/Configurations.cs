using Kinerja.Changes;
using Kinerja.Domain.Budgeting;
using Kinerja.Importing;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Kinerja.Data;

// Ids are made by the domain (Guid v7) when an element is created. Marking them "never generated" tells EF that an
// element it finds under an existing aggregate with an id it does not know is new (an INSERT), not an existing row.

internal sealed class WorkUnitConfiguration : IEntityTypeConfiguration<WorkUnit>
{
    public void Configure(EntityTypeBuilder<WorkUnit> builder)
    {
        builder.ToTable("WorkUnits");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Name).HasMaxLength(200);
        builder.Property(w => w.SignatureCity).HasMaxLength(100);
        builder.Property(w => w.SatkerCode).HasMaxLength(6);
        builder.HasIndex(w => w.SatkerCode).IsUnique();
        builder.HasIndex(w => w.ParentId);
        builder.Property(w => w.Revision).IsConcurrencyToken();
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(w => w.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(w => w.Letterhead, l =>
        {
            l.Property(x => x.Address).HasMaxLength(300);
            l.Property(x => x.Phone).HasMaxLength(100);
            l.Property(x => x.Fax).HasMaxLength(100);
            l.Property(x => x.Email).HasMaxLength(200);
            l.Property(x => x.Website).HasMaxLength(200);
        });
        builder.OwnsMany(w => w.Entities, e =>
        {
            e.ToTable("AccountabilityEntities");
            e.WithOwner().HasForeignKey("WorkUnitId");
            e.HasKey("WorkUnitId", nameof(AccountabilityEntity.Kind));
            e.Property(x => x.Name).HasMaxLength(250);
            e.Property(x => x.HeadPosition).HasMaxLength(200);
        });
        builder.HasMany(w => w.Officials).WithOne().HasForeignKey("WorkUnitId").OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(w => w.OrganisationalUnits).WithOne().HasForeignKey("WorkUnitId").OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(w => w.Officials).AutoInclude();
        builder.Navigation(w => w.OrganisationalUnits).AutoInclude();
    }
}

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.ToTable("Officials");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
        builder.Property(o => o.Position).HasMaxLength(200);
    }
}

internal sealed class OrganisationalUnitConfiguration : IEntityTypeConfiguration<OrganisationalUnit>
{
    public void Configure(EntityTypeBuilder<OrganisationalUnit> builder)
    {
        builder.ToTable("OrganisationalUnits");
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(200);
    }
}

internal sealed class PlanConfiguration : IEntityTypeConfiguration<PerformancePlan>
{
    public void Configure(EntityTypeBuilder<PerformancePlan> builder)
    {
        builder.ToTable("Plans");
        builder.HasKey(p => p.Id);
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(p => p.WorkUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.WorkUnitId, p.Year, p.Entity, p.Kind }).IsUnique();
        builder.HasIndex(p => p.Year);
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.OwnsOne(p => p.Signature, Signatures.Configure);
        builder.HasMany(p => p.Goals).WithOne().HasForeignKey(g => g.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(p => p.Indicators);
        builder.Ignore(p => p.Actions);
        builder.Ignore(p => p.BudgetCeilingTotal);
    }
}

internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> builder)
    {
        builder.ToTable("Goals");
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Number).HasMaxLength(20);
        builder.HasMany(g => g.Indicators).WithOne().HasForeignKey("GoalId").OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(g => g.Actions);
        builder.Ignore(g => g.BudgetCeilingTotal);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.ToTable("Indicators");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Code).HasMaxLength(50);
        builder.HasMany(i => i.Actions).WithOne().HasForeignKey("IndicatorId").OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("Actions");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.OwnsMany(a => a.Schedule, s =>
        {
            s.ToTable("ActionSchedule");
            s.WithOwner().HasForeignKey("ActionId");
            s.HasKey("ActionId", nameof(ScheduleEntry.Period));
            s.Property(x => x.Value).HasMaxLength(100);
        });
    }
}

internal sealed class BudgetVersionConfiguration : IEntityTypeConfiguration<BudgetVersion>
{
    public void Configure(EntityTypeBuilder<BudgetVersion> builder)
    {
        builder.ToTable("BudgetVersions");
        builder.HasKey(b => b.Id);
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(b => b.WorkUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.WorkUnitId, b.Year, b.Number }).IsUnique();
        builder.Property(b => b.DipaNumber).HasMaxLength(100);
        builder.Property(b => b.Revision).IsConcurrencyToken();
        builder.OwnsOne(b => b.Signature, Signatures.Configure);
        builder.HasMany(b => b.Lines).WithOne().HasForeignKey("BudgetVersionId").OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(b => b.Label);
        builder.Ignore(b => b.Programs);
        builder.Ignore(b => b.Outputs);
        builder.Ignore(b => b.Total);
    }
}

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.ToTable("BudgetLines");
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Title).HasMaxLength(1000);
        builder.Ignore(l => l.Level);
        builder.HasIndex("BudgetVersionId", nameof(BudgetLine.Code)).IsUnique();
        builder.OwnsMany(l => l.Statements, s =>
        {
            s.ToTable("BudgetStatements");
            s.WithOwner().HasForeignKey("BudgetLineId");
            s.HasKey("BudgetLineId", nameof(BudgetStatement.Sequence));
            s.Property(x => x.Sequence).ValueGeneratedNever();
            s.Property(x => x.Number).HasMaxLength(20);
            s.Property(x => x.Text).HasMaxLength(2000);
        });
    }
}

/// <summary>Plans and budget pages are signed alike; their signature columns are mapped alike.</summary>
internal static class Signatures
{
    public static void Configure<TOwner>(OwnedNavigationBuilder<TOwner, SignatureBlock> signature)
        where TOwner : class
    {
        signature.Property(x => x.Place).HasMaxLength(100);
        signature.Property(x => x.Position).HasMaxLength(200);
        signature.Property(x => x.Name).HasMaxLength(200);
        signature.Property(x => x.Organisation).HasMaxLength(200);
    }
}

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.ToTable("ImportRecords");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ContentHash).HasMaxLength(64);
        builder.Property(r => r.FileName).HasMaxLength(260);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(r => r.ContentHash).IsUnique();
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(r => r.WorkUnitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChangeEntryConfiguration : IEntityTypeConfiguration<ChangeEntry>
{
    public void Configure(EntityTypeBuilder<ChangeEntry> builder)
    {
        builder.ToTable("Changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Subject).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Summary).HasMaxLength(ChangeEntry.MaxSummaryLength);
        builder.Property(c => c.By).HasMaxLength(ChangeEntry.MaxByLength);
        builder.HasIndex(c => new { c.SubjectId, c.Revision });
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(c => c.WorkUnitId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PerformanceReportConfiguration : IEntityTypeConfiguration<PerformanceReport>
{
    public void Configure(EntityTypeBuilder<PerformanceReport> builder)
    {
        builder.ToTable("PerformanceReports");
        builder.HasKey(r => r.Id);
        builder.HasOne<PerformancePlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(r => r.WorkUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => r.PlanId).IsUnique();
        builder.HasIndex(r => new { r.WorkUnitId, r.Year });
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.OwnsMany(r => r.Realisations, e =>
        {
            e.ToTable("IndicatorRealisations");
            e.WithOwner().HasForeignKey("ReportId");
            e.HasKey("ReportId", nameof(IndicatorRealisation.IndicatorId), nameof(IndicatorRealisation.Period));
            e.Property(x => x.Text).HasMaxLength(500);
            e.Property(x => x.Numerator).HasPrecision(18, 4);
            e.Property(x => x.Denominator).HasPrecision(18, 4);
            e.Property(x => x.Aggregation).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Problem).HasMaxLength(2000);
            e.Property(x => x.FollowUp).HasMaxLength(2000);
            e.Ignore(x => x.Value);
        });
        builder.OwnsMany(r => r.ActionProgress, e =>
        {
            e.ToTable("ActionProgress");
            e.WithOwner().HasForeignKey("ReportId");
            e.HasKey("ReportId", nameof(ActionProgress.ActionId), nameof(ActionProgress.Period));
            e.Property(x => x.Status).HasConversion<string>().HasMaxLength(20);
            e.Property(x => x.Value).HasMaxLength(100);
        });
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> builder)
    {
        builder.ToTable("Evidence");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasOne<PerformanceReport>().WithMany().HasForeignKey(e => e.ReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.ReportId, e.IndicatorId, e.Period });
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Content).HasMaxLength(Evidence.MaxBytes);
    }
}

internal sealed class BudgetRealisationConfiguration : IEntityTypeConfiguration<BudgetRealisation>
{
    public void Configure(EntityTypeBuilder<BudgetRealisation> builder)
    {
        builder.ToTable("BudgetRealisations");
        builder.HasKey(r => r.Id);
        builder.HasOne<WorkUnit>().WithMany().HasForeignKey(r => r.WorkUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.WorkUnitId, r.Year }).IsUnique();
        builder.Property(r => r.Revision).IsConcurrencyToken();
        builder.Ignore(r => r.Codes);
        builder.Ignore(r => r.ThroughMonth);
        builder.OwnsMany(r => r.Months, e =>
        {
            e.ToTable("BudgetRealisationMonths");
            e.WithOwner().HasForeignKey("BudgetRealisationId");
            e.HasKey("BudgetRealisationId", nameof(BudgetMonth.Code), nameof(BudgetMonth.Month));
        });
    }
}
