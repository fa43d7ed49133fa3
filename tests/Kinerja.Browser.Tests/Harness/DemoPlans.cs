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

    /// <summary>The read-only plan page. (The plan editor will take over /Rencana/{id}: change it here.)</summary>
    public static string PlanPath(Guid id) => $"/Rencana/{id}";

    /// <summary>The official document preview of a plan; add <c>?format=pdf|xlsx|docx</c> to download.</summary>
    public static string DocumentPath(Guid id) => $"/Dokumen/Rencana/{id}";

    /// <summary>The secretariat's RAK of <see cref="Unit"/>, scheduled by month (B1–B12): the widest plan table.</summary>
    public static Task<Guid> MonthlyRakAsync(BrowserApp app) => PlanAsync(app, EntityKind.Secretariat, PlanKind.Rak);

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
}
