using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Plans;

/// <summary>Starts a plan: an empty one of a kind (<c>/Rencana/Baru</c>), or next year's plans from this year's (<c>/Rencana/TahunBerikut</c>).</summary>
public sealed class NewModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public string Problem { get; private set; } = string.Empty;

    public Guid? WorkUnitId { get; private set; }

    public int? Year { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Index");

    public Task<IActionResult> OnPostAsync(string what, Guid workUnitId, int year, int fromYear, string? entity, string? kind, string? scheduleStyle, CancellationToken cancellationToken) =>
        what == "TahunBerikut"
            ? NextYearAsync(workUnitId, fromYear, cancellationToken)
            : CreateAsync(workUnitId, year, entity, kind, scheduleStyle, cancellationToken);

    private async Task<IActionResult> CreateAsync(Guid workUnitId, int year, string? entity, string? kind, string? scheduleStyle, CancellationToken cancellationToken)
    {
        WorkUnitId = workUnitId;
        Year = year;
        var unit = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().SingleOrDefaultAsync(w => w.Id == workUnitId, cancellationToken);
        if (unit is null)
        {
            return Refuse("Satuan kerja tidak ditemukan atau di luar lingkup Anda.");
        }

        if (year is < FiscalYear.First or > FiscalYear.Last
            || !DefinedEnum.TryParse<EntityKind>(entity, out var entityKind)
            || !DefinedEnum.TryParse<PlanKind>(kind, out var planKind))
        {
            return Refuse("Tahun, entitas atau jenis rencana tidak valid.");
        }

        var fiscalYear = new FiscalYear(year);
        if (await db.Plans.AnyAsync(p => p.WorkUnitId == workUnitId && p.Year == fiscalYear && p.Entity == entityKind && p.Kind == planKind, cancellationToken))
        {
            return Refuse($"{PlanLabels.Title(entityKind, planKind, fiscalYear)} sudah ada.");
        }

        PerformancePlan plan;
        try
        {
            var style = DefinedEnum.Read(scheduleStyle, ScheduleStyle.None, "PLAN_SCHEDULE_STYLE", "Jadwal rencana aksi dipilih per triwulan atau per bulan.");
            plan = PerformancePlan.Create(workUnitId, entityKind, fiscalYear, planKind, style);
        }
        catch (RuleViolationException violation)
        {
            return Refuse(violation.Message);
        }

        db.Plans.Add(plan);
        ChangeLog.Record(db, ChangeSubject.Plan, plan.Id, workUnitId, plan.Revision, clock.GetUtcNow(), $"{PlanLabels.Title(entityKind, planKind, fiscalYear)} dibuat.");
        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Rencana/{plan.Id}");
    }

    /// <summary>
    /// Every plan of the unit for <paramref name="fromYear"/> that next year does not have yet, copied into next year. A PK
    /// reported last year keeps its reporting frequency: its new report starts by quarter or by month as last year's did,
    /// rather than as the RAK's schedule would start a unit that never reported.
    /// </summary>
    private async Task<IActionResult> NextYearAsync(Guid workUnitId, int fromYear, CancellationToken cancellationToken)
    {
        WorkUnitId = workUnitId;
        Year = fromYear;
        if (fromYear is < FiscalYear.First or >= FiscalYear.Last)
        {
            return Refuse("Tahun asal tidak valid.");
        }

        var from = new FiscalYear(fromYear);
        var to = new FiscalYear(fromYear + 1);
        var plans = await PlanQueries.Loaded(db).AsNoTracking().Where(p => p.WorkUnitId == workUnitId && p.Year == from).ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return Refuse($"Satuan kerja ini tidak memiliki rencana tahun {fromYear} untuk disalin.");
        }

        var existing = await db.Plans.AsNoTracking().Where(p => p.WorkUnitId == workUnitId && p.Year == to).Select(p => new { p.Entity, p.Kind }).ToListAsync(cancellationToken);
        var pairs = plans.Where(p => !existing.Any(e => e.Entity == p.Entity && e.Kind == p.Kind)).Select(p => (Source: p, Copy: p.CopyTo(to))).ToList();
        var copies = pairs.Select(p => p.Copy).ToList();
        if (copies.Count == 0)
        {
            return Refuse($"Semua rencana tahun {fromYear} sudah ada pada tahun {fromYear + 1}.");
        }

        var now = clock.GetUtcNow();
        foreach (var copy in copies)
        {
            db.Plans.Add(copy);
            ChangeLog.Record(db, ChangeSubject.Plan, copy.Id, workUnitId, copy.Revision, now, $"{PlanLabels.Title(copy.Entity, copy.Kind, to)} disalin dari tahun {from}.");
        }

        var agreements = pairs.Where(p => p.Source.Kind == PlanKind.Pk).ToDictionary(p => p.Source.Id, p => p.Copy);
        var sources = agreements.Keys.ToList();
        var styles = await db.Reports.AsNoTracking().Where(r => sources.Contains(r.PlanId)).Select(r => new { r.PlanId, r.PeriodStyle }).ToListAsync(cancellationToken);
        foreach (var style in styles)
        {
            db.Reports.Add(PerformanceReport.For(agreements[style.PlanId], style.PeriodStyle));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Redirect($"/Satker/{workUnitId}?tahun={to}");
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }
}
