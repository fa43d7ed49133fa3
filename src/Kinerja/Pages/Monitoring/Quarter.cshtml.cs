using System.Globalization;
using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;
using Kinerja.Monitoring;
using Kinerja.Pages.Units;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kinerja.Pages.Monitoring;

/// <summary>The state of one editable row after a post: what was typed, the error or conflict, and the new revision.</summary>
public sealed record RowState(IReadOnlyDictionary<string, string?> Values, string? Error, IReadOnlyList<ChangeEntry>? Conflict, string? Saved)
{
    public static readonly RowState Clean = new(new Dictionary<string, string?>(), null, null, null);

    public string? Value(string key) => Values.TryGetValue(key, out var v) ? v : null;
}

/// <summary>The model of the indicator row fragment.</summary>
public sealed record IndicatorRowView(QuarterView View, EntitySection Section, IndicatorRow Row, RowState State);

/// <summary>The model of the action row fragment.</summary>
public sealed record ActionRowView(QuarterView View, EntitySection Section, ActionRow Row, RowState State, Period? Edited);

/// <summary>
/// The quarter (triwulan) of one work unit: every PK indicator with its realisation and year-to-date capaian, the RAK actions'
/// progress, the budget against its RPD, and the early warnings. Realisations and progress are saved a row at a time (htmx);
/// evidence is uploaded with a plain form.
/// </summary>
[OutputCache(PolicyName = QuarterPageCache.PolicyName)]
[RequestSizeLimit(Evidence.MaxBytes + (1024 * 1024))] // a bukti dukung over its limit still reaches the page, which says the limit by the field
public sealed class QuarterModel(KinerjaDbContext db, TimeProvider clock, IMemoryCache stamps) : PageModel
{
    public QuarterView View { get; private set; } = null!;

    /// <summary>Row states after a failed post of a whole-page form (evidence), keyed by indicator id.</summary>
    public Dictionary<Guid, RowState> States { get; } = [];

    public bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    public async Task<IActionResult> OnGetAsync(Guid id, int? tahun, int? tw, int? bulan, CancellationToken cancellationToken) =>
        await LoadAsync(id, tahun, tw, bulan, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetEvidenceAsync(Guid id, Guid evidenceId, CancellationToken cancellationToken)
    {
        var file = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && e.WorkUnitId == id, cancellationToken);
        // Named again on the way out: files kept before names were made safe may still carry paths or control characters.
        return file is null ? NotFound() : File(file.Content, file.ContentType, SafeFileName.From(file.FileName, Evidence.MaxNameLength) is { Length: > 0 } name ? name : "bukti-dukung");
    }

    public async Task<IActionResult> OnPostRealisationAsync(
        Guid id, int? tahun, int? tw, int? bulan, Guid planId, Guid indicatorId, int rev,
        string? realisasi, string? pembilang, string? penyebut, string? kendala, string? tindakLanjut,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?>
        {
            ["realisasi"] = realisasi, ["pembilang"] = pembilang, ["penyebut"] = penyebut, ["kendala"] = kendala, ["tindakLanjut"] = tindakLanjut,
        };
        return await EditAsync(id, tahun, tw, bulan, planId, rev, values, (report, plan, period) =>
        {
            var indicator = plan.Indicators.SingleOrDefault(i => i.Id == indicatorId)
                ?? throw new RuleViolationException("REPORT_INDICATOR_UNKNOWN", "Indikator itu tidak ada dalam Perjanjian Kinerja ini.");
            var before = report.Find(indicatorId, period)?.Text ?? string.Empty;
            report.Record(plan, indicatorId, period, realisasi, Number(pembilang, "Pembilang"), Number(penyebut, "Penyebut"), kendala, tindakLanjut);
            var after = report.Find(indicatorId, period)!.Text;
            return before == after
                ? $"Kendala/tindak lanjut {period} indikator \"{ChangeLog.Quote(indicator.Text)}\" diperbarui."
                : $"Realisasi {period} indikator \"{ChangeLog.Quote(indicator.Text)}\": \"{before}\" → \"{after}\".";
        }, (view, section, state) =>
            section.Rows.SingleOrDefault(r => r.Indicator.Id == indicatorId) is { } row
                ? Partial("_IndicatorRow", new IndicatorRowView(view, section, row, state))
                : NotFound(), cancellationToken);
    }

    public async Task<IActionResult> OnPostActionAsync(
        Guid id, int? tahun, int? tw, int? bulan, Guid planId, Guid actionId, string? periode, int rev, string? status, string? nilai,
        CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string?> { ["status"] = status, ["nilai"] = nilai };
        Period? edited = null;
        return await EditAsync(id, tahun, tw, bulan, planId, rev, values, async (report, plan, _) =>
        {
            edited = Period.Parse(periode ?? string.Empty);
            var rak = await db.Plans.AsNoTracking().Include(p => p.Goals).ThenInclude(g => g.Indicators).ThenInclude(i => i.Actions).AsSplitQuery()
                .SingleOrDefaultAsync(p => p.WorkUnitId == plan.WorkUnitId && p.Year == plan.Year && p.Entity == plan.Entity && p.Kind == PlanKind.Rak, cancellationToken)
                ?? throw new RuleViolationException("REPORT_RAK_MISSING", "Rencana Aksi Kinerja entitas ini belum ada.");
            var progress = report.RecordAction(rak, actionId, edited.Value, DefinedEnum.Read(status, ActionStatus.NotStarted, "ACTION_STATUS_UNKNOWN", "Status kemajuan aksi tidak dikenal; pilih dari daftar."), nilai);
            var action = rak.Actions.Single(a => a.Id == actionId);
            return $"Kemajuan aksi \"{ChangeLog.Quote(action.Name)}\" {edited}: {progress.Display()}.";
        }, (view, section, state) =>
            section.Actions.SingleOrDefault(a => a.Action.Id == actionId) is { } row
                ? Partial("_ActionRow", new ActionRowView(view, section, row, state, edited))
                : NotFound(), cancellationToken);
    }

    public async Task<IActionResult> OnPostEvidenceAsync(Guid id, int? tahun, int? tw, int? bulan, Guid planId, Guid indicatorId, int rev, IFormFile? berkas, CancellationToken cancellationToken)
    {
        byte[] content = [];
        if (berkas is not null)
        {
            // The request body limit (the page's, above) bounds what is read; the domain refuses anything above 5 MB with its message.
            await using var stream = berkas.OpenReadStream();
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, cancellationToken);
            content = buffer.ToArray();
        }

        var result = await EditAsync(id, tahun, tw, bulan, planId, rev, new Dictionary<string, string?> { ["form"] = "evidence" }, async (report, plan, period) =>
        {
            var held = await HeldAsync(report, indicatorId, period, cancellationToken);
            var evidence = report.Attach(plan, indicatorId, period, berkas?.FileName ?? string.Empty, content, clock.GetUtcNow(), held);
            db.Evidence.Add(evidence);
            var indicator = plan.Indicators.Single(i => i.Id == indicatorId);
            return $"Bukti dukung {period} indikator \"{ChangeLog.Quote(indicator.Text)}\" diunggah: {evidence.FileName}.";
        }, (view, section, state) =>
        {
            States[indicatorId] = state;
            return Page();
        }, cancellationToken, fullPage: true);
        return result;
    }

    /// <summary>Removes a bukti dukung of a report that may still be changed (<see cref="PerformanceReport.MayRemoveEvidence"/>).</summary>
    public async Task<IActionResult> OnPostRemoveEvidenceAsync(Guid id, int? tahun, int? tw, int? bulan, Guid planId, Guid evidenceId, int rev, CancellationToken cancellationToken)
    {
        if (!await db.Evidence.AnyAsync(e => e.Id == evidenceId && e.WorkUnitId == id, cancellationToken))
        {
            return NotFound();
        }

        Guid? indicatorId = null;
        return await EditAsync(id, tahun, tw, bulan, planId, rev, new Dictionary<string, string?> { ["form"] = "evidence" }, async (report, plan, _) =>
        {
            var evidence = await db.Evidence.SingleOrDefaultAsync(e => e.Id == evidenceId && e.ReportId == report.Id, cancellationToken)
                ?? throw new RuleViolationException("EVIDENCE_UNKNOWN", "Bukti dukung itu tidak ada lagi dalam laporan ini.");
            indicatorId = evidence.IndicatorId;
            report.RemoveEvidence(evidence);
            db.Evidence.Remove(evidence);
            var indicator = plan.Indicators.SingleOrDefault(i => i.Id == evidence.IndicatorId);
            return $"Bukti dukung {evidence.Period} indikator \"{ChangeLog.Quote(indicator?.Text ?? string.Empty)}\" dihapus: {evidence.FileName}.";
        }, (view, section, state) =>
        {
            if (indicatorId is { } shown)
            {
                States[shown] = state;
            }

            return Page();
        }, cancellationToken, fullPage: true);
    }

    private async Task<EvidenceHoldings> HeldAsync(PerformanceReport report, Guid indicatorId, Period period, CancellationToken cancellationToken)
    {
        var reportIds = await db.Reports.AsNoTracking().Where(r => r.WorkUnitId == report.WorkUnitId && r.Year == report.Year).Select(r => r.Id).ToListAsync(cancellationToken);
        var kept = await db.Evidence.AsNoTracking().Where(e => reportIds.Contains(e.ReportId))
            .Select(e => new { e.ReportId, e.IndicatorId, e.Period, e.Size }).ToListAsync(cancellationToken);
        EvidenceHeld Held(IEnumerable<int> sizes) => new(sizes.Count(), sizes.Sum(s => (long)s));
        return new EvidenceHoldings(
            Held(kept.Where(e => e.ReportId == report.Id && e.IndicatorId == indicatorId && e.Period == period).Select(e => e.Size)),
            Held(kept.Where(e => e.ReportId == report.Id).Select(e => e.Size)),
            Held(kept.Select(e => e.Size)));
    }

    private static decimal? Number(string? text, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = Digits.ToAscii(text).Trim().Replace(".", string.Empty, StringComparison.Ordinal).Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RuleViolationException("REALISATION_FRACTION", $"{what} \"{text}\" bukan angka.");
    }

    private Task<IActionResult> EditAsync(
        Guid id, int? tahun, int? tw, int? bulan, Guid planId, int rev, Dictionary<string, string?> values,
        Func<PerformanceReport, PerformancePlan, Period, string> apply,
        Func<QuarterView, EntitySection, RowState, IActionResult> respond,
        CancellationToken cancellationToken,
        bool fullPage = false) =>
        EditAsync(id, tahun, tw, bulan, planId, rev, values, (r, p, period) => Task.FromResult(apply(r, p, period)), respond, cancellationToken, fullPage);

    /// <summary>
    /// The one way a report changes: refuse a stale revision (409, with what changed since), apply the verb, record it in the change
    /// trail, save; a broken rule is shown in the row (422). Every refusal keeps what was typed. The report is made on the first save.
    /// </summary>
    private async Task<IActionResult> EditAsync(
        Guid id, int? tahun, int? tw, int? bulan, Guid planId, int rev, Dictionary<string, string?> values,
        Func<PerformanceReport, PerformancePlan, Period, Task<string>> apply,
        Func<QuarterView, EntitySection, RowState, IActionResult> respond,
        CancellationToken cancellationToken,
        bool fullPage = false)
    {
        if (UnitYear.YearOf(tahun, clock) is not { } year || QuarterOf(tw) is not { } quarter || !QuarterView.IsMonthOf(quarter, bulan))
        {
            return NotFound();
        }

        var plan = await db.Plans.AsNoTracking().Include(p => p.Goals).ThenInclude(g => g.Indicators).AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == planId && p.WorkUnitId == id && p.Year == year && p.Kind == PlanKind.Pk, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        var report = await db.Reports.SingleOrDefaultAsync(r => r.PlanId == planId, cancellationToken);
        if ((report?.Revision ?? 0) != rev)
        {
            return await RespondAsync(id, year, quarter, bulan, planId, StatusCodes.Status409Conflict, values, null, report is null ? [] : await ChangeLog.SinceAsync(db, report.Id, rev, cancellationToken), null, respond, cancellationToken);
        }

        if (report is null)
        {
            // The first realisation starts the report, by month when the entity's RAK is scheduled by month.
            var rakStyle = await db.Plans.AsNoTracking()
                .Where(p => p.WorkUnitId == plan.WorkUnitId && p.Year == plan.Year && p.Entity == plan.Entity && p.Kind == PlanKind.Rak)
                .Select(p => (ScheduleStyle?)p.ScheduleStyle).SingleOrDefaultAsync(cancellationToken);
            report = PerformanceReport.For(plan, QuarterView.StyleFor(rakStyle));
            db.Reports.Add(report);
        }

        string summary;
        try
        {
            summary = await apply(report, plan, QuarterView.PeriodOf(report.PeriodStyle, quarter, bulan));
        }
        catch (RuleViolationException error)
        {
            db.ChangeTracker.Clear();
            return await RespondAsync(id, year, quarter, bulan, planId, StatusCodes.Status422UnprocessableEntity, values, error.Message, null, null, respond, cancellationToken);
        }

        ChangeLog.Record(db, ChangeSubject.Report, report.Id, report.WorkUnitId, report.Revision, clock.GetUtcNow(), summary);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            MonitoringStamp.Forget(stamps, id, year, planId);
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or a second first save of the same report (unique plan): both mean someone else saved first.
            db.ChangeTracker.Clear();
            var current = await db.Reports.AsNoTracking().SingleOrDefaultAsync(r => r.PlanId == planId, cancellationToken);
            return await RespondAsync(id, year, quarter, bulan, planId, StatusCodes.Status409Conflict, values, null, current is null ? [] : await ChangeLog.SinceAsync(db, current.Id, rev, cancellationToken), null, respond, cancellationToken);
        }

        if (!IsHtmx || fullPage)
        {
            return Redirect($"/Satker/{id}/Monev?tahun={year}&tw={quarter}{(bulan is { } month ? $"&bulan={month}" : string.Empty)}");
        }

        return await RespondAsync(id, year, quarter, bulan, planId, StatusCodes.Status200OK, new Dictionary<string, string?>(), null, null, summary, respond, cancellationToken);
    }

    private async Task<IActionResult> RespondAsync(
        Guid id, FiscalYear year, int quarter, int? month, Guid planId, int status, Dictionary<string, string?> values, string? error, IReadOnlyList<ChangeEntry>? conflict, string? saved,
        Func<QuarterView, EntitySection, RowState, IActionResult> respond, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        View = (await QuarterView.LoadAsync(db, id, year, quarter, month, cancellationToken))!;
        var section = View.Sections.Single(s => s.Plan.Id == planId);
        Response.StatusCode = status;
        var conflictMessage = conflict is null ? null : $"Laporan ini sudah diubah oleh {ChangeLog.Who(conflict)} sejak halaman dibuka; isian Anda belum disimpan. Periksa perubahan di bawah lalu simpan lagi bila perlu.";
        return respond(View, section, new RowState(values, error ?? conflictMessage, conflict, saved));
    }

    private async Task<bool> LoadAsync(Guid id, int? tahun, int? tw, int? bulan, CancellationToken cancellationToken)
    {
        if (UnitYear.YearOf(tahun, clock) is not { } year || QuarterOf(tw) is not { } quarter || !QuarterView.IsMonthOf(quarter, bulan))
        {
            return false;
        }

        var view = await QuarterView.LoadAsync(db, id, year, quarter, bulan, cancellationToken);
        if (view is null)
        {
            return false;
        }

        View = view;
        return true;
    }

    /// <summary>The quarter asked for, or the one before the current quarter (the one being reported); null when out of 1–4.</summary>
    private int? QuarterOf(int? tw)
    {
        var quarter = tw ?? Math.Max(1, ((clock.GetLocalNow().Month - 1) / 3));
        return quarter is >= 1 and <= 4 ? quarter : null;
    }
}
