using Kinerja.Budgeting;
using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Budgets;

public enum LineFormMode
{
    Edit,
    Add,
    Remove,
}

/// <summary>The one line form open on the page, with what the user typed and what was wrong with it, field by field.</summary>
public sealed class LineForm
{
    public required LineFormMode Mode { get; init; }

    /// <summary>The line edited or removed; for a new line, the line it goes under (null: a new program).</summary>
    public Guid? LineId { get; init; }

    public string? Code { get; init; }

    public string? Title { get; init; }

    public string? Volume { get; init; }

    public string? Baseline { get; init; }

    public string? NewInitiative { get; init; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    public string? ErrorOf(string field) => Errors.GetValueOrDefault(field);
}

/// <summary>A line as the tree shows it: its depth, its amounts as the version computes them, how many lines hang below it, what the checks found on it.</summary>
public sealed record BudgetRow(BudgetLine Line, int Depth, BudgetAmounts Amounts, int Descendants, IReadOnlyList<Finding> Findings)
{
    public bool IsLeaf => Descendants == 0;
}

/// <summary>One budget version: its tree and checks, inline editing of the newest version, and making the next revision.</summary>
public sealed class DetailsModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public const string FormId = "form-baris";

    public BudgetVersion Version { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    /// <summary>The unit's time zone: the change list shows its local time.</summary>
    public IndonesianTimeZone Zone { get; private set; }

    /// <summary>Every version of this unit's budget for the year, oldest first.</summary>
    public IReadOnlyList<BudgetVersionLink> Versions { get; private set; } = [];

    public BudgetVersionLink Newest => Versions[^1];

    /// <summary>Only the newest version may change; the ones before it are the record of what was approved.</summary>
    public bool IsNewest => Newest.Id == Version.Id;

    public IReadOnlyList<BudgetRow> Rows { get; private set; } = [];

    public BudgetAmounts Totals { get; private set; }

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public LineForm? Form { get; private set; }

    /// <summary>The row after which the new-line form sits: the last line of its parent's branch (null: at the end, for a new program).</summary>
    public Guid? AddFormAfter { get; private set; }

    public string? RevisionDipaNumber { get; private set; }

    public string? RevisionDipaDate { get; private set; }

    public Dictionary<string, string> RevisionErrors { get; } = new(StringComparer.Ordinal);

    public string? ConflictMessage { get; private set; }

    public IReadOnlyList<ChangeEntry> ConflictChanges { get; private set; } = [];

    public string? Notice { get; private set; }

    /// <summary>The row whose Ubah button takes the focus after a save, so that the keyboard stays where the user was.</summary>
    public Guid? FocusLineId { get; private set; }

    public string SelfUrl => Url.Page("/Budgets/Details", new { id = Version.Id })!;

    /// <summary>Where Batal and Escape go: the plain page, with the focus back on the line the form was about.</summary>
    public string CancelUrl => Form?.LineId is { } lineId ? $"{SelfUrl}?fokus={lineId}" : SelfUrl;

    public string HandlerUrl(string handler) => Url.Page("/Budgets/Details", handler, new { id = Version.Id })!;

    private bool IsHtmx => Request.Headers["HX-Request"] == "true" && !Request.Headers.ContainsKey("HX-Boosted");

    /// <param name="id">The version.</param>
    /// <param name="ubah">A line to open for editing.</param>
    /// <param name="tambah">A line to add a child line under, or <c>program</c> for a new program.</param>
    /// <param name="hapus">A line to confirm the removal of.</param>
    /// <param name="fokus">A line whose Ubah button takes the focus: where a cancelled form returns the keyboard to.</param>
    /// <param name="cancellationToken">Ends the request.</param>
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? ubah, string? tambah, Guid? hapus, Guid? fokus, CancellationToken cancellationToken)
    {
        var version = await BudgetVersionQueries.LoadAsync(db, id, tracked: false, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        await ShowAsync(version, cancellationToken);
        if (IsNewest)
        {
            OpenForm(ubah, tambah, hapus);
            FocusLineId = fokus;
        }

        return Respond(StatusCodes.Status200OK);
    }

    public Task<IActionResult> OnPostSaveLineAsync(
        Guid id, Guid lineId, int rev, string? title, string? volume, string? baseline, string? newInitiative, CancellationToken cancellationToken)
    {
        var form = new LineForm { Mode = LineFormMode.Edit, LineId = lineId, Title = title, Volume = volume, Baseline = baseline, NewInitiative = newInitiative };
        return WriteAsync(id, rev, form, version => SaveLine(version, form), cancellationToken);
    }

    public Task<IActionResult> OnPostAddLineAsync(
        Guid id, Guid? parentId, int rev, string? code, string? title, string? volume, string? baseline, string? newInitiative, CancellationToken cancellationToken)
    {
        var form = new LineForm { Mode = LineFormMode.Add, LineId = parentId, Code = code, Title = title, Volume = volume, Baseline = baseline, NewInitiative = newInitiative };
        return WriteAsync(id, rev, form, version => AddLine(version, form), cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveLineAsync(Guid id, Guid lineId, int rev, CancellationToken cancellationToken)
    {
        var form = new LineForm { Mode = LineFormMode.Remove, LineId = lineId };
        return WriteAsync(id, rev, form, version => RemoveLine(version, lineId), cancellationToken);
    }

    public async Task<IActionResult> OnPostReviseAsync(Guid id, int rev, string? dipaNumber, string? dipaDate, CancellationToken cancellationToken)
    {
        var version = await BudgetVersionQueries.LoadAsync(db, id, tracked: true, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        await ShowAsync(version, cancellationToken);
        RevisionDipaNumber = dipaNumber;
        RevisionDipaDate = dipaDate;
        if (!IsNewest)
        {
            return await HistoryAsync(rev, cancellationToken);
        }

        if (version.Revision != rev)
        {
            return await ConflictAsync(version, rev, null, cancellationToken);
        }

        DateOnly? date = null;
        try
        {
            date = DateInput.Read(dipaDate) ?? throw new RuleViolationException(DateInput.Invalid, "Tanggal DIPA revisi wajib diisi.");
        }
        catch (RuleViolationException e)
        {
            RevisionErrors["dipaDate"] = e.Message;
        }

        BudgetVersion? next = null;
        if (date is not null)
        {
            try
            {
                next = version.Revise(string.IsNullOrWhiteSpace(dipaNumber) ? null : dipaNumber, date);
            }
            catch (RuleViolationException e)
            {
                RevisionErrors["dipaNumber"] = e.Message;
            }
        }

        if (next is null)
        {
            return Respond(StatusCodes.Status422UnprocessableEntity);
        }

        db.BudgetVersions.Add(next);
        var dipa = $"{next.DipaNumber ?? "tanpa nomor DIPA"}, tanggal {IdFormat.Date(date!.Value)}";
        ChangeLog.Record(db, ChangeSubject.Budget, version.Id, version.WorkUnitId, version.Revision, clock.GetUtcNow(), $"{next.Label} dibuat dari versi ini ({dipa}); versi ini menjadi riwayat.");
        ChangeLog.Record(db, ChangeSubject.Budget, next.Id, next.WorkUnitId, next.Revision, clock.GetUtcNow(), $"{next.Label} dibuat dari {version.Label} ({dipa}).");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone changed this version or made the next revision first (the unit/year/number index refuses a second one).
            if (!await ShowStoredAsync(id, cancellationToken))
            {
                return NotFound();
            }

            return IsNewest ? await ConflictAsync(Version, rev, null, cancellationToken) : await HistoryAsync(rev, cancellationToken);
        }

        return Redirect(Url.Page("/Budgets/Details", new { id = next.Id })!);
    }

    public string? FieldId(string field) => field switch
    {
        "form" => null,
        _ => "f-" + field,
    };

    public string SeverityLabel(Severity severity) => severity switch
    {
        Severity.Error => "Kesalahan",
        Severity.Warning => "Peringatan",
        _ => "Catatan",
    };

    /// <summary>Where a finding's link goes: its row, or the summary for findings about the whole version.</summary>
    public string FindingAnchor(Finding finding) =>
        finding.ElementId is { } elementId && Rows.Any(r => r.Line.Id == elementId) ? $"#baris-{elementId}" : "#ringkasan";

    public string HistoryMessage() =>
        $"{Version.Label} sudah menjadi riwayat: versi terbaru anggaran ini adalah {Newest.Label}. Versi lama hanya dapat dibaca; perubahan dibuat pada versi terbaru.";

    private static string FieldOf(string ruleCode) => ruleCode switch
    {
        "BUDGET_CODE_INVALID" or "BUDGET_CODE_DUPLICATE" or "BUDGET_TREE" => "code",
        "BUDGET_LINE_INVALID" => "title",
        "VOLUME_INVALID" => "volume",
        "BUDGET_AMOUNT_NEGATIVE" or Rupiah.TooLarge => "baseline",
        _ => "form",
    };

    private static T? Read<T>(LineForm form, string field, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (RuleViolationException e)
        {
            form.Errors.TryAdd(field, e.Message);
            return default;
        }
    }

    private static Volume? ReadVolume(string? text) => string.IsNullOrWhiteSpace(text) ? null : Domain.Budgeting.Volume.Parse(text);

    private static Applied? SaveLine(BudgetVersion version, LineForm form)
    {
        var line = version.Lines.Single(l => l.Id == form.LineId);
        var isLeaf = !version.ChildrenOf(line).Any();
        var volume = Read(form, "volume", () => ReadVolume(form.Volume));
        var baseline = isLeaf ? Read(form, "baseline", () => RupiahInput.Read(form.Baseline)) : line.Baseline;
        var newInitiative = isLeaf ? Read(form, "newInitiative", () => RupiahInput.Read(form.NewInitiative)) : line.NewInitiative;
        if (form.Errors.Count > 0)
        {
            return null;
        }

        var changes = new List<string>();
        var (oldTitle, oldVolume, oldBaseline, oldNewInitiative) = (line.Title, line.Volume, line.Baseline, line.NewInitiative);
        if ((form.Title?.Trim() ?? string.Empty) != line.Title || volume != line.Volume)
        {
            version.ChangeLine(line, form.Title ?? string.Empty, volume);
            if (oldTitle != line.Title)
            {
                changes.Add($"uraian \"{oldTitle}\" → \"{line.Title}\"");
            }

            if (oldVolume != line.Volume)
            {
                changes.Add($"volume {BudgetFormat.Volume(oldVolume)} → {BudgetFormat.Volume(line.Volume)}");
            }
        }

        if (baseline != oldBaseline || newInitiative != oldNewInitiative)
        {
            // Amounts typed in replace whatever jumlah a document once printed for the line: the total is now computed.
            version.ChangeAmounts(line, baseline, newInitiative);
            if (baseline != oldBaseline)
            {
                changes.Add($"angka dasar {BudgetFormat.Amount(oldBaseline)} → {BudgetFormat.Amount(baseline)}");
            }

            if (newInitiative != oldNewInitiative)
            {
                changes.Add($"inisiatif baru {BudgetFormat.Amount(oldNewInitiative)} → {BudgetFormat.Amount(newInitiative)}");
            }
        }

        var summary = changes.Count == 0 ? null : $"Baris {line.Code} diubah: {string.Join("; ", changes)}.";
        return new Applied(summary, line.Id, changes.Count == 0 ? $"Baris {line.Code} tidak berubah." : $"Perubahan baris {line.Code} disimpan.");
    }

    private static Applied? AddLine(BudgetVersion version, LineForm form)
    {
        var parent = form.LineId is { } parentId ? version.Lines.Single(l => l.Id == parentId) : null;
        var code = Read(form, "code", () => string.IsNullOrWhiteSpace(form.Code)
            ? throw new RuleViolationException("BUDGET_CODE_INVALID", $"Kode wajib diisi (contoh: {BudgetFormat.ChildCodeExample(parent)}).")
            : BudgetCode.Parse(form.Code));
        var volume = Read(form, "volume", () => ReadVolume(form.Volume));
        var baseline = Read(form, "baseline", () => RupiahInput.Read(form.Baseline));
        var newInitiative = Read(form, "newInitiative", () => RupiahInput.Read(form.NewInitiative));
        if (form.Errors.Count > 0)
        {
            return null;
        }

        var line = version.AddLine(parent, code, form.Title ?? string.Empty, volume, baseline, newInitiative);
        var where = parent is null ? "sebagai program baru" : $"di bawah {parent.Code}";
        return new Applied(
            $"Baris {line.Code} \"{line.Title}\" ditambahkan {where}; jumlah {IdFormat.Rupiah(version.AmountsOf(line).Total.Value)}.",
            line.Id,
            $"Baris {line.Code} ditambahkan {where}.");
    }

    private static Applied RemoveLine(BudgetVersion version, Guid lineId)
    {
        var line = version.Lines.Single(l => l.Id == lineId);
        var below = CountBelow(version, line);
        var total = version.AmountsOf(line).Total;
        version.RemoveLine(line);
        var branch = below == 0 ? string.Empty : $" beserta {below} rincian di bawahnya";
        return new Applied(
            $"Baris {line.Code} \"{line.Title}\"{branch} dihapus; jumlah {IdFormat.Rupiah(total.Value)}.",
            null,
            $"Baris {line.Code}{branch} dihapus.");
    }

    private static int CountBelow(BudgetVersion version, BudgetLine line) =>
        version.ChildrenOf(line).Sum(child => 1 + CountBelow(version, child));

    /// <summary>
    /// The one way a line form is saved: refuse history and stale revisions (409, with what changed since), show rule
    /// violations next to their fields (422, everything typed kept), otherwise record the change with it and save.
    /// </summary>
    private async Task<IActionResult> WriteAsync(Guid id, int rev, LineForm form, Func<BudgetVersion, Applied?> apply, CancellationToken cancellationToken)
    {
        var version = await BudgetVersionQueries.LoadAsync(db, id, tracked: true, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        await ShowAsync(version, cancellationToken);
        if (!IsNewest)
        {
            return await HistoryAsync(rev, cancellationToken);
        }

        if (version.Revision != rev)
        {
            return await ConflictAsync(version, rev, form, cancellationToken);
        }

        if (form.LineId is { } lineId && version.Lines.All(l => l.Id != lineId))
        {
            return NotFound();
        }

        Applied? applied;
        try
        {
            applied = apply(version);
        }
        catch (RuleViolationException e)
        {
            form.Errors.TryAdd(FieldOf(e.Code), e.Message);
            applied = null;
        }

        if (applied is null)
        {
            // A verb may have changed the tracked version before a later one refused: show the stored state, not a half-applied one.
            await ShowStoredAsync(id, cancellationToken);
            SetForm(form);
            return Respond(StatusCodes.Status422UnprocessableEntity);
        }

        if (applied.Summary is not null)
        {
            ChangeLog.Record(db, ChangeSubject.Budget, version.Id, version.WorkUnitId, version.Revision, clock.GetUtcNow(), applied.Summary);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return await ShowStoredAsync(id, cancellationToken) ? await ConflictAsync(Version, rev, form, cancellationToken) : NotFound();
            }
        }

        if (!IsHtmx)
        {
            var anchor = applied.Focus is { } focus ? $"#baris-{focus}" : string.Empty;
            return Redirect(SelfUrl + anchor);
        }

        Show(version);
        Notice = applied.Notice;
        FocusLineId = applied.Focus;
        return Respond(StatusCodes.Status200OK);
    }

    /// <summary>After a refused or failed save: forget what the context tracked and show the version as stored; false when it is gone.</summary>
    private async Task<bool> ShowStoredAsync(Guid id, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var stored = await BudgetVersionQueries.LoadAsync(db, id, tracked: false, cancellationToken);
        if (stored is null)
        {
            return false;
        }

        await ShowAsync(stored, cancellationToken);
        return true;
    }

    private async Task<IActionResult> HistoryAsync(int rev, CancellationToken cancellationToken)
    {
        ConflictMessage = HistoryMessage();
        ConflictChanges = await ChangeLog.SinceAsync(db, Version.Id, rev, cancellationToken);
        return Respond(StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult> ConflictAsync(BudgetVersion current, int rev, LineForm? form, CancellationToken cancellationToken)
    {
        ConflictChanges = await ChangeLog.SinceAsync(db, current.Id, rev, cancellationToken);
        var lineGone = form?.LineId is { } lineId && current.Lines.All(l => l.Id != lineId);
        ConflictMessage = $"Anggaran ini sudah diubah oleh {ChangeLog.Who(ConflictChanges)} sejak Anda membukanya, jadi perubahan Anda belum disimpan."
            + (lineGone
                ? " Baris yang Anda ubah sudah tidak ada."
                : " Yang Anda ketik masih ada di bawah: periksa perubahan berikut, lalu simpan lagi bila masih perlu.");
        if (form is not null && !lineGone)
        {
            SetForm(form);
        }

        return Respond(StatusCodes.Status409Conflict);
    }

    private IActionResult Respond(int status)
    {
        // The same address answers with the whole page or, to htmx, with the budget part only.
        Response.Headers.Vary = "HX-Request";
        if (IsHtmx)
        {
            var partial = Partial("_Budget", this);
            partial.StatusCode = status;
            return partial;
        }

        var page = Page();
        page.StatusCode = status;
        return page;
    }

    private async Task ShowAsync(BudgetVersion version, CancellationToken cancellationToken)
    {
        var unit = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.Id == version.WorkUnitId)
            .Select(w => new { w.Name, w.Level, w.Province }).SingleOrDefaultAsync(cancellationToken);
        UnitName = unit?.Name ?? string.Empty;
        Zone = unit is null ? IndonesianTimeZone.Wib : LocalTime.ZoneOf(unit.Name, unit.Level, unit.Province);
        Versions = await BudgetVersionQueries.VersionsAsync(db, version.WorkUnitId, version.Year, cancellationToken);
        Show(version);
    }

    private void Show(BudgetVersion version)
    {
        Version = version;
        Findings = BudgetChecks.Run(version);
        var findingsByLine = Findings.Where(f => f.ElementId is not null).ToLookup(f => f.ElementId!.Value);
        var parents = version.Lines.ToDictionary(l => l.Id, l => l.ParentId);
        var depths = new Dictionary<Guid, int>();
        var below = version.Lines.ToDictionary(l => l.Id, _ => 0);
        foreach (var line in version.Lines)
        {
            // Lines come depth-first, so a parent's depth is known before its children's.
            depths[line.Id] = line.ParentId is { } parentId ? depths[parentId] + 1 : 0;
            for (var ancestor = line.ParentId; ancestor is { } a; ancestor = parents[a])
            {
                below[a]++;
            }
        }

        Rows = version.Lines.Select(l => new BudgetRow(l, depths[l.Id], version.AmountsOf(l), below[l.Id], [.. findingsByLine[l.Id]])).ToList();
        Totals = version.Programs.Aggregate(default(BudgetAmounts), (sum, program) => sum + version.AmountsOf(program));
    }

    private void OpenForm(Guid? edit, string? add, Guid? remove)
    {
        if (edit is { } editId && Rows.FirstOrDefault(r => r.Line.Id == editId) is { } edited)
        {
            var line = edited.Line;
            SetForm(new LineForm
            {
                Mode = LineFormMode.Edit,
                LineId = line.Id,
                Title = line.Title,
                Volume = BudgetFormat.VolumeInput(line.Volume),
                Baseline = BudgetFormat.AmountInput(line.Baseline),
                NewInitiative = BudgetFormat.AmountInput(line.NewInitiative),
            });
        }
        else if (add == "program")
        {
            SetForm(new LineForm { Mode = LineFormMode.Add });
        }
        else if (Guid.TryParse(add, out var parentId) && Rows.Any(r => r.Line.Id == parentId && r.Line.Level != BudgetLevel.Component))
        {
            SetForm(new LineForm { Mode = LineFormMode.Add, LineId = parentId });
        }
        else if (remove is { } removeId && Rows.Any(r => r.Line.Id == removeId))
        {
            SetForm(new LineForm { Mode = LineFormMode.Remove, LineId = removeId });
        }
    }

    private void SetForm(LineForm form)
    {
        Form = form;
        AddFormAfter = null;
        if (form is { Mode: LineFormMode.Add, LineId: { } parentId })
        {
            var parent = Rows.Single(r => r.Line.Id == parentId);
            var index = Rows.ToList().IndexOf(parent);
            AddFormAfter = Rows[index + parent.Descendants].Line.Id;
        }
    }

    private sealed record Applied(string? Summary, Guid? Focus, string Notice);
}
