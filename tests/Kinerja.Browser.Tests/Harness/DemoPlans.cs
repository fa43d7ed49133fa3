using Kinerja.Demo;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Browser.Tests.Harness;

/// <summary>Where the demo data's pages are: ids come from the app's own database, paths from one place.</summary>
public static class DemoPlans
{
    /// <summary>The demo work unit whose plans the tests open (a city KPU with a monthly and a quarterly RAK).</summary>
    public const string Unit = "KPU Kota Serang";

    public static int Year => DemoData.Year.Value;

    /// <summary>The plan editor.</summary>
    public static string PlanPath(Guid id) => $"/Rencana/{id}";

    /// <summary>A work unit's page for one year: its entities' plans and its budget versions.</summary>
    public static string UnitPath(Guid id, int year) => $"/Satker/{id}?tahun={year}";

    /// <summary>The checks across a work unit's documents of one year.</summary>
    public static string ChecksPath(Guid id, int year) => $"/Satker/{id}/Pemeriksaan?tahun={year}";

    /// <summary>One budget version (DIPA/RKA), editable when it is the newest.</summary>
    public static string BudgetPath(Guid id) => $"/Anggaran/{id}";

    /// <summary>The comparison of a budget version with another (its predecessor when <paramref name="other"/> is null).</summary>
    public static string ComparePath(Guid id, Guid? other = null) => other is { } o ? $"/Anggaran/{id}/Banding?dengan={o}" : $"/Anggaran/{id}/Banding";

    /// <summary>The quarter (monev) page of a work unit.</summary>
    public static string QuarterPath(Guid id, int year, int quarter) => $"/Satker/{id}/Monev?tahun={year}&tw={quarter}";

    /// <summary>The RPD and realisasi page of a work unit.</summary>
    public static string SpendingPath(Guid id, int year) => $"/Satker/{id}/Anggaran/Realisasi?tahun={year}";

    /// <summary>The official document preview of a plan; add <c>?format=pdf|xlsx|docx</c> to download.</summary>
    public static string DocumentPath(Guid id) => $"/Dokumen/Rencana/{id}";

    /// <summary>The secretariat's RAK of <see cref="Unit"/>, scheduled by month (B1–B12): the widest plan table.</summary>
    public static Task<Guid> MonthlyRakAsync(BrowserApp app) => PlanAsync(app, EntityKind.Secretariat, PlanKind.Rak);

    /// <summary>The id of a demo work unit (by default <see cref="Unit"/>).</summary>
    public static async Task<Guid> UnitAsync(BrowserApp app, string unit = Unit)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Name == unit).Select(w => w.Id).SingleAsync();
    }

    /// <summary>The budget versions of a demo work unit in <see cref="Year"/>, oldest first (the demo has DIPA Awal and Revisi 1).</summary>
    public static async Task<IReadOnlyList<Guid>> BudgetsAsync(BrowserApp app, string unit = Unit)
    {
        ArgumentNullException.ThrowIfNull(app);
        var unitId = await UnitAsync(app, unit);
        await using var db = app.Database.Context();
        var year = DemoData.Year;
        var versions = await db.BudgetVersions.Where(b => b.WorkUnitId == unitId && b.Year == year).Select(b => new { b.Id, b.Number }).ToListAsync();
        return [.. versions.OrderBy(v => v.Number).Select(v => v.Id)];
    }

    public static async Task<Guid> PlanAsync(BrowserApp app, EntityKind entity, PlanKind kind, string unit = Unit)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = app.Database.Context();
        var year = DemoData.Year;
        return await db.Plans
            .Where(p => p.Year == year && p.Entity == entity && p.Kind == kind && db.WorkUnits.Any(w => w.Id == p.WorkUnitId && w.Name == unit))
            .Select(p => p.Id)
            .SingleAsync();
    }

    /// <summary>The commission's performance agreement (PK) of <see cref="Unit"/>: what the quarter page and the LKj table measure.</summary>
    public static Task<Guid> AgreementAsync(BrowserApp app) => PlanAsync(app, EntityKind.Commission, PlanKind.Pk);

    /// <summary>The province <see cref="Unit"/> belongs to.</summary>
    public static async Task<Guid> ProvinceAsync(BrowserApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Name == Unit).Select(w => w.ParentId!.Value).SingleAsync();
    }
}
