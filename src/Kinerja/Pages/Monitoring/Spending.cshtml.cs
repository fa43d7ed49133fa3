using Kinerja.Budgeting;
using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Organisation;
using Kinerja.Monitoring;
using Kinerja.Pages.Units;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kinerja.Pages.Monitoring;

/// <summary>
/// One budget output (RO) of the newest budget version with its pagu, its RPD for the twelve months and what was spent in each
/// month (null: not reported; Rp 0 is a month with no spending).
/// </summary>
public sealed record SpendingRow(BudgetCode Code, string Title, Rupiah Ceiling, IReadOnlyList<Rupiah> Planned, IReadOnlyList<Rupiah?> Realised)
{
    public Rupiah PlannedTotal => Rupiah.Sum(Planned);

    public Rupiah RealisedTotal => Rupiah.Sum(Realised.OfType<Rupiah>());

    /// <summary>Pagu minus the RPD total: positive is pagu not yet planned, negative is RPD above the pagu.</summary>
    public Rupiah Unplanned => Ceiling - PlannedTotal;

    public bool IsOverCeiling => PlannedTotal > Ceiling;

    /// <summary>Penyerapan: realisation reported so far over the pagu, in percent; null without a pagu.</summary>
    public decimal? Absorption => BudgetPerformance.Absorption(RealisedTotal, Ceiling);

    /// <summary>The id of the row group, also the anchor a save returns to.</summary>
    public string Anchor => SpendingModel.AnchorOf(Code);
}

/// <summary>The one row form open on the page: the output, the 24 amounts as typed and what was wrong with them, field by field.</summary>
public sealed class SpendingForm
{
    public required BudgetCode Code { get; init; }

    /// <summary>Keyed by <see cref="SpendingModel.PlanField"/> and <see cref="SpendingModel.RealisedField"/>.</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? Value(string field) => Values.GetValueOrDefault(field);

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);
}

/// <summary>
/// The rencana penarikan dana (RPD) and realisasi anggaran of one work unit for one year: every output of the newest budget
/// version with its twelve months, edited a row at a time (htmx, or a plain form post and redirect). A save posts the revision
/// of the <see cref="BudgetRealisation"/> it was drawn from: a stale one is refused (409) with what changed since, an amount
/// that cannot be read is refused (422) next to its field, and nothing is stored in either case. The aggregate is made on the
/// first save; every save is written to the change trail.
/// </summary>
public sealed class SpendingModel(KinerjaDbContext db, TimeProvider clock, IMemoryCache stamps) : PageModel
{
    public WorkUnit Unit { get; private set; } = null!;

    public FiscalYear Year { get; private set; }

    /// <summary>The version the outputs and their pagu come from: the newest of the year; null when the unit has no budget for it.</summary>
    public BudgetVersion? Budget { get; private set; }

    /// <summary>The revision of the stored realisation (0 before the first save): what a row form posts back.</summary>
    public int Revision { get; private set; }

    public IReadOnlyList<SpendingRow> Rows { get; private set; } = [];

    /// <summary>Outputs with RPD or realisation recorded that the newest budget version no longer has.</summary>
    public IReadOnlyList<BudgetCode> Orphans { get; private set; } = [];

    public SpendingForm? Form { get; private set; }

    public string? Notice { get; private set; }

    public string? ConflictMessage { get; private set; }

    public IReadOnlyList<ChangeEntry> ConflictChanges { get; private set; } = [];

    /// <summary>The row whose Ubah button takes the focus: the one just saved or cancelled, so the keyboard stays where it was.</summary>
    public BudgetCode? Focus { get; private set; }

    public Rupiah Ceiling => Rupiah.Sum(Rows.Select(r => r.Ceiling));

    public Rupiah PlannedTotal => Rupiah.Sum(Rows.Select(r => r.PlannedTotal));

    public Rupiah RealisedTotal => Rupiah.Sum(Rows.Select(r => r.RealisedTotal));

    public decimal? Absorption => BudgetPerformance.Absorption(RealisedTotal, Ceiling);

    public Rupiah PlannedIn(int month) => Rupiah.Sum(Rows.Select(r => r.Planned[month - 1]));

    /// <summary>What the outputs spent in a month; null when no output has reported it.</summary>
    public Rupiah? RealisedIn(int month)
    {
        var reported = Rows.Select(r => r.Realised[month - 1]).OfType<Rupiah>().ToList();
        return reported.Count == 0 ? null : Rupiah.Sum(reported);
    }

    public string SelfUrl => $"/Satker/{Unit.Id}/Anggaran/Realisasi?tahun={Year.Value}";

    public string SaveUrl => Url.Page("/Monitoring/Spending", "Save", new { id = Unit.Id, tahun = Year.Value })!;

    public string EditUrl(SpendingRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return $"{SelfUrl}&ubah={Uri.EscapeDataString(row.Code.Value)}";
    }

    /// <summary>Where Batal and Escape go: the plain page, with the focus back on the row the form was about.</summary>
    public string CancelUrl => Form is { } form ? $"{SelfUrl}&fokus={Uri.EscapeDataString(form.Code.Value)}" : SelfUrl;

    private bool IsHtmx => Request.Headers["HX-Request"] == "true" && !Request.Headers.ContainsKey("HX-Boosted");

    public static string PlanField(int month) => "rpd" + month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string RealisedField(int month) => "realisasi" + month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string AnchorOf(BudgetCode code) => "ro-" + code.Value.Replace('.', '-');

    /// <param name="id">The work unit.</param>
    /// <param name="tahun">The year; this year when left out.</param>
    /// <param name="ubah">The code of an output to open for editing.</param>
    /// <param name="fokus">The code of an output whose Ubah button takes the focus: where a cancelled form returns the keyboard to.</param>
    /// <param name="cancellationToken">Ends the request.</param>
    public async Task<IActionResult> OnGetAsync(Guid id, int? tahun, string? ubah, string? fokus, CancellationToken cancellationToken)
    {
        if (UnitYear.YearOf(tahun, clock) is not { } year || !await ShowAsync(id, year, cancellationToken))
        {
            return NotFound();
        }

        if (RowOf(ubah) is { } edited)
        {
            Form = FormOf(edited);
        }
        else if (RowOf(fokus) is { } focused)
        {
            Focus = focused.Code;
        }

        return Respond(StatusCodes.Status200OK);
    }

    /// <summary>
    /// Saves one output's row: the twelve RPD amounts (blank is Rp 0) and the twelve realisation amounts (blank is not reported).
    /// The only place the realisation is written.
    /// </summary>
    public async Task<IActionResult> OnPostSaveAsync(Guid id, int? tahun, string? kode, int rev, CancellationToken cancellationToken)
    {
        if (UnitYear.YearOf(tahun, clock) is not { } year || !BudgetCode.TryParse(kode, out var code))
        {
            return NotFound();
        }

        var form = new SpendingForm { Code = code };
        var posted = Request.HasFormContentType ? Request.Form : null;
        for (var month = 1; month <= 12; month++)
        {
            form.Values[PlanField(month)] = posted?[PlanField(month)].ToString();
            form.Values[RealisedField(month)] = posted?[RealisedField(month)].ToString();
        }

        return await SaveAsync(id, year, rev, form, cancellationToken);
    }

    /// <summary>
    /// The one way the realisation changes: refuse a stale revision (409, with what changed since), refuse amounts that cannot be
    /// read (422, every typed value kept next to its field), otherwise apply the verbs, record the change with them and save.
    /// </summary>
    private async Task<IActionResult> SaveAsync(Guid id, FiscalYear year, int rev, SpendingForm form, CancellationToken cancellationToken)
    {
        var realisation = await LoadAsync(id, year, tracked: true, cancellationToken);
        if (realisation is null)
        {
            return NotFound();
        }

        var stored = realisation.Realisation;
        var row = Rows.SingleOrDefault(r => r.Code == form.Code);
        if (row is null)
        {
            return NotFound();
        }

        if (Revision != rev)
        {
            return await ConflictAsync(stored, rev, form, cancellationToken);
        }

        var planned = new Rupiah[12];
        var realised = new Rupiah?[12];
        for (var month = 1; month <= 12; month++)
        {
            var name = IdFormat.MonthName(month);
            planned[month - 1] = Read(form, PlanField(month), $"RPD {name}") ?? Rupiah.Zero;
            realised[month - 1] = Read(form, RealisedField(month), $"Realisasi {name}");
        }

        if (form.Errors.Count > 0)
        {
            Form = form;
            return Respond(StatusCodes.Status422UnprocessableEntity);
        }

        var changes = new List<string>();
        for (var month = 1; month <= 12; month++)
        {
            if (planned[month - 1] != row.Planned[month - 1])
            {
                changes.Add($"RPD {IdFormat.MonthName(month)} {IdFormat.Rupiah(row.Planned[month - 1].Value)} → {IdFormat.Rupiah(planned[month - 1].Value)}");
            }
        }

        for (var month = 1; month <= 12; month++)
        {
            if (realised[month - 1] != row.Realised[month - 1])
            {
                changes.Add($"realisasi {IdFormat.MonthName(month)} {Amount(row.Realised[month - 1])} → {Amount(realised[month - 1])}");
            }
        }

        if (changes.Count == 0)
        {
            return Saved(id, year, row.Code, $"RPD dan realisasi {row.Code} tidak berubah.");
        }

        if (stored is null)
        {
            stored = BudgetRealisation.Start(id, year);
            db.BudgetRealisations.Add(stored);
        }

        try
        {
            if (!planned.SequenceEqual(row.Planned))
            {
                stored.Plan(row.Code, planned);
            }

            for (var month = 1; month <= 12; month++)
            {
                if (realised[month - 1] != row.Realised[month - 1])
                {
                    stored.Realise(row.Code, month, realised[month - 1]);
                }
            }
        }
        catch (RuleViolationException error)
        {
            // The verbs may have changed the tracked aggregate before one refused: show the stored state, not a half-applied one.
            form.Errors["form"] = error.Message;
            await LoadAsync(id, year, tracked: false, cancellationToken);
            Form = form;
            return Respond(StatusCodes.Status422UnprocessableEntity);
        }

        var summary = $"RPD dan realisasi {row.Code} \"{ChangeLog.Quote(row.Title)}\" {Year.Value}: {string.Join("; ", changes)}.";
        ChangeLog.Record(db, ChangeSubject.BudgetRealisation, stored.Id, stored.WorkUnitId, stored.Revision, clock.GetUtcNow(), summary);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await MonitoringStamp.ForgetYearAsync(db, stamps, id, year, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrency conflict, or a second first save of the same unit and year (unique index): someone else saved first.
            var current = await LoadAsync(id, year, tracked: false, cancellationToken);
            return current is null ? NotFound() : await ConflictAsync(current.Realisation, rev, form, cancellationToken);
        }

        Show(Budget, stored);
        return Saved(id, year, row.Code, $"RPD dan realisasi {row.Code} disimpan.");
    }

    private IActionResult Saved(Guid id, FiscalYear year, BudgetCode code, string notice)
    {
        if (!IsHtmx)
        {
            return Redirect($"/Satker/{id}/Anggaran/Realisasi?tahun={year.Value}#{AnchorOf(code)}");
        }

        Notice = notice;
        Focus = code;
        return Respond(StatusCodes.Status200OK);
    }

    private async Task<IActionResult> ConflictAsync(BudgetRealisation? current, int rev, SpendingForm form, CancellationToken cancellationToken)
    {
        ConflictChanges = current is null ? [] : await ChangeLog.SinceAsync(db, current.Id, rev, cancellationToken);
        ConflictMessage = $"RPD dan realisasi anggaran ini sudah diubah oleh {ChangeLog.Who(ConflictChanges)} sejak Anda membukanya, jadi isian Anda belum disimpan."
            + " Yang Anda ketik masih ada di bawah: periksa perubahan berikut, lalu simpan lagi bila masih perlu.";
        Form = form;
        return Respond(StatusCodes.Status409Conflict);
    }

    private static Rupiah? Read(SpendingForm form, string field, string label)
    {
        try
        {
            return RupiahInput.Read(form.Value(field));
        }
        catch (RuleViolationException error)
        {
            form.Errors[field] = $"{label}: {error.Message}";
            return null;
        }
    }

    private static string Amount(Rupiah? amount) => amount is { } value ? IdFormat.Rupiah(value.Value) : "belum dilaporkan";

    private SpendingRow? RowOf(string? code) =>
        BudgetCode.TryParse(code, out var parsed) ? Rows.SingleOrDefault(r => r.Code == parsed) : null;

    private static SpendingForm FormOf(SpendingRow row)
    {
        var form = new SpendingForm { Code = row.Code };
        for (var month = 1; month <= 12; month++)
        {
            form.Values[PlanField(month)] = IdFormat.Whole(row.Planned[month - 1].Value);
            form.Values[RealisedField(month)] = BudgetFormat.AmountInput(row.Realised[month - 1]);
        }

        return form;
    }

    private async Task<bool> ShowAsync(Guid id, FiscalYear year, CancellationToken cancellationToken) =>
        await LoadAsync(id, year, tracked: false, cancellationToken) is not null;

    /// <summary>
    /// Reads the unit, the newest budget version and the realisation and shows them; null when the unit is not there (or not
    /// visible), otherwise the realisation as stored (itself null before the first save).
    /// </summary>
    private async Task<Stored?> LoadAsync(Guid id, FiscalYear year, bool tracked, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var unit = await db.WorkUnits.AsNoTracking().SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (unit is null)
        {
            return null;
        }

        Unit = unit;
        Year = year;
        var budget = await BudgetQueries.LatestAsync(db, id, year, cancellationToken);
        var query = tracked ? db.BudgetRealisations : db.BudgetRealisations.AsNoTracking();
        var realisation = await query.SingleOrDefaultAsync(r => r.WorkUnitId == id && r.Year == year, cancellationToken);
        Show(budget, realisation);
        return new Stored(realisation);
    }

    private void Show(BudgetVersion? budget, BudgetRealisation? realisation)
    {
        Budget = budget;
        Revision = realisation?.Revision ?? 0;
        var months = (realisation?.Months ?? []).ToLookup(m => m.Code);
        Rows = [.. (budget?.Outputs ?? []).Select(output =>
        {
            var byMonth = months[output.Code].ToDictionary(m => m.Month);
            return new SpendingRow(
                output.Code,
                output.Title,
                budget!.AmountsOf(output).Total,
                [.. Enumerable.Range(1, 12).Select(m => byMonth.TryGetValue(m, out var x) ? x.Planned : Rupiah.Zero)],
                [.. Enumerable.Range(1, 12).Select(m => byMonth.TryGetValue(m, out var x) ? x.Realised : null)]);
        })];
        var known = Rows.Select(r => r.Code).ToHashSet();
        Orphans = [.. (realisation?.Codes ?? []).Where(c => !known.Contains(c))];
    }

    private IActionResult Respond(int status)
    {
        // The same address answers with the whole page or, to htmx, with the table part only.
        Response.Headers.Vary = "HX-Request";
        if (IsHtmx)
        {
            var partial = Partial("_Spending", this);
            partial.StatusCode = status;
            return partial;
        }

        var page = Page();
        page.StatusCode = status;
        return page;
    }

    /// <summary>The realisation as read for a request: null before the first save.</summary>
    private sealed record Stored(BudgetRealisation? Realisation);
}
