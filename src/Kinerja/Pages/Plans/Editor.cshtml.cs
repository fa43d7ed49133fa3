using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Kinerja.Pages.Plans;

/// <summary>
/// The plan editor: the plan as one table that reads like the document, every row editable in place. Every change
/// starts from the revision the user saw; a change to a plan that moved on since is refused and shows what changed.
/// </summary>
[OutputCache(PolicyName = PlanEditorCache.PolicyName)]
public sealed class EditorModel(KinerjaDbContext db, TimeProvider clock, IMemoryCache stamps) : PageModel
{
    private const int RecentChangeCount = 8;

    // Encodes only what HTML needs encoded, so "■" and Indonesian text stay as they are.
    private static readonly System.Text.Encodings.Web.HtmlEncoder CellEncoder = System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    public PerformancePlan Plan { get; private set; } = null!;

    public WorkUnit Unit { get; private set; } = null!;

    public string EntityName { get; private set; } = string.Empty;

    public BudgetVersion? Budget { get; private set; }

    public IReadOnlyList<EditorRow> Rows { get; private set; } = [];

    public IReadOnlyList<OrganisationalUnit> ResponsibleUnits { get; private set; } = [];

    public IReadOnlyDictionary<Guid, string> UnitNames { get; private set; } = new Dictionary<Guid, string>();

    public IReadOnlyList<BudgetLine> BudgetOutputs { get; private set; } = [];

    public IReadOnlyList<Finding> Findings { get; private set; } = [];

    public IReadOnlyList<ChangeEntry> RecentChanges { get; private set; } = [];

    /// <summary>Rows open for editing when the editor is drawn: a refused row keeps what was typed; after "Enter" a fresh row waits.</summary>
    public Dictionary<string, RowForm> OpenRows { get; } = [];

    public string? Notice { get; private set; }

    public IReadOnlyList<ChangeEntry> ConflictChanges { get; private set; } = [];

    public bool IsRak => Plan.Kind == PlanKind.Rak;

    public bool IsEditable => Plan.Status == PlanStatus.Draft;

    /// <summary>A draft against which nothing is reported may be deleted (<see cref="PerformancePlan.EnsureDeletable"/>).</summary>
    public bool IsDeletable { get; private set; }

    public IReadOnlyList<Period> Periods => Period.All(Plan.ScheduleStyle);

    /// <summary>Columns of the table: number, description, target, the RAK's unit, output, ceiling and periods, and the row's buttons.</summary>
    public int ColumnCount => 4 + (IsRak ? 3 + Periods.Count : 0);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        await LoadAsync(plan, cancellationToken);
        return Page();
    }

    /// <summary>The whole editor fragment, as after a save (used by "Muat ulang").</summary>
    public async Task<IActionResult> OnGetEditorAsync(Guid id, CancellationToken cancellationToken)
    {
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        await LoadAsync(plan, cancellationToken);
        return Partial("_Editor", this);
    }

    /// <summary>One row in edit form: an existing element, or a blank one under <paramref name="parentId"/>.</summary>
    public async Task<IActionResult> OnGetRowAsync(Guid id, string element, Guid? elementId, Guid? parentId, CancellationToken cancellationToken)
    {
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        if (plan is null || Anchors.Parse(element) is not { } kind)
        {
            return NotFound();
        }

        await LoadAsync(plan, cancellationToken);
        RowForm? form = kind switch
        {
            _ when elementId is null => new RowForm { Element = kind, ParentId = parentId, Revision = plan.Revision },
            RowElement.Goal => plan.Goals.FirstOrDefault(g => g.Id == elementId) is { } goal ? RowForm.For(goal, plan.Revision) : null,
            RowElement.Indicator => plan.Indicators.FirstOrDefault(i => i.Id == elementId) is { } indicator ? RowForm.For(indicator, plan.Revision) : null,
            _ => plan.Actions.FirstOrDefault(a => a.Id == elementId) is { } action ? RowForm.For(action, plan.Revision) : null,
        };
        return form is null ? NotFound() : Partial("_EditRow", new EditRowView(this, form, Focus: true));
    }

    /// <summary>One row as it reads, for "Batal" on an existing row.</summary>
    public async Task<IActionResult> OnGetViewRowAsync(Guid id, Guid elementId, CancellationToken cancellationToken)
    {
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        await LoadAsync(plan, cancellationToken);
        var row = Rows.FirstOrDefault(r => r.Id == elementId);
        return row is null ? NotFound() : Partial("_Row", new RowView(this, row));
    }

    /// <summary>How a target text is understood, shown beside the field as the user types.</summary>
    public async Task<IActionResult> OnGetTargetAsync(Guid id, string? target, CancellationToken cancellationToken)
    {
        if (!await db.Plans.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return NotFound();
        }

        return Content(System.Net.WebUtility.HtmlEncode(RowForm.Hint(target)), "text/html; charset=utf-8");
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string element, CancellationToken cancellationToken)
    {
        if (Anchors.Parse(element) is not { } kind)
        {
            return NotFound();
        }

        var form = RowForm.Read(Request.Form, kind);
        var (plan, refusal) = await OpenForChangeAsync(id, form.Revision, cancellationToken);
        if (plan is null)
        {
            return refusal is null ? NotFound() : await RefuseRowAsync(id, form, refusal, cancellationToken);
        }

        ResponsibleUnits = ResponsibleUnitsOf(await UnitOfAsync(plan, cancellationToken), plan);
        string summary;
        try
        {
            form.RequireText();
            form.RequireListedChoices();
            summary = Apply(plan, form);
        }
        catch (RuleViolationException violation)
        {
            form.NoteViolation(violation);
            summary = string.Empty;
        }

        if (form.Errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return await RefuseRowAsync(id, form, null, cancellationToken);
        }

        var saved = await SaveAsync(plan, summary, cancellationToken);
        if (saved is not null)
        {
            return await RefuseRowAsync(id, form, saved, cancellationToken);
        }

        if (form.IsNew && form.Continue)
        {
            OpenRows[$"new-{Anchors.Code(kind)}-{form.ParentId}"] = new RowForm { Element = kind, ParentId = form.ParentId, Revision = plan.Revision };
        }

        return await EditorAfterChangeAsync(plan, cancellationToken);
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, string element, Guid elementId, int rev, CancellationToken cancellationToken)
    {
        // What the reports hold is read before the change, so a reported element is refused like any other rule.
        var reported = await PlanQueries.ReportedElementsAsync(db, id, cancellationToken);
        return await ChangeAsync(id, rev, plan =>
        {
            switch (Anchors.Parse(element))
            {
                case RowElement.Goal:
                    var goal = plan.Goals.FirstOrDefault(g => g.Id == elementId) ?? throw Gone();
                    plan.RemoveGoal(goal, reported);
                    return $"Sasaran \"{Brief(goal.Statement)}\" dihapus beserta indikator dan aksinya.";
                case RowElement.Indicator:
                    var indicator = plan.Indicators.FirstOrDefault(i => i.Id == elementId) ?? throw Gone();
                    plan.RemoveIndicator(indicator, reported);
                    return $"Indikator \"{Brief(indicator.Text)}\" dihapus beserta aksinya.";
                default:
                    var action = plan.Actions.FirstOrDefault(a => a.Id == elementId) ?? throw Gone();
                    plan.RemoveAction(action, reported);
                    return $"Aksi \"{Brief(action.Name)}\" dihapus.";
            }
        }, cancellationToken);
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, string element, Guid elementId, int by, int rev, CancellationToken cancellationToken) =>
        ChangeAsync(id, rev, plan =>
        {
            var where = by < 0 ? "ke atas" : "ke bawah";
            switch (Anchors.Parse(element))
            {
                case RowElement.Goal:
                    var goal = plan.Goals.FirstOrDefault(g => g.Id == elementId) ?? throw Gone();
                    plan.MoveGoal(goal, goal.Position + by);
                    return $"Sasaran \"{Brief(goal.Statement)}\" dipindah {where}.";
                case RowElement.Indicator:
                    var indicator = plan.Indicators.FirstOrDefault(i => i.Id == elementId) ?? throw Gone();
                    plan.MoveIndicator(indicator, indicator.Position + by);
                    return $"Indikator \"{Brief(indicator.Text)}\" dipindah {where}.";
                default:
                    var action = plan.Actions.FirstOrDefault(a => a.Id == elementId) ?? throw Gone();
                    plan.MoveAction(action, action.Position + by);
                    return $"Aksi \"{Brief(action.Name)}\" dipindah {where}.";
            }
        }, cancellationToken);

    /// <summary>Marks or clears one period of an action's schedule.</summary>
    public Task<IActionResult> OnPostToggleAsync(Guid id, Guid elementId, string period, int rev, CancellationToken cancellationToken) =>
        ChangeAsync(id, rev, plan =>
        {
            var action = plan.Actions.FirstOrDefault(a => a.Id == elementId) ?? throw Gone();
            var when = Period.Parse(period);
            if (action.IsScheduledIn(when))
            {
                plan.Unschedule(action, when);
                return $"Jadwal {when.Code} aksi \"{Brief(action.Name)}\" dihapus.";
            }

            plan.Schedule(action, when);
            return $"Aksi \"{Brief(action.Name)}\" dijadwalkan pada {when.Code}.";
        }, cancellationToken);

    // One handler per act, so that each is decided on its own (Access/EndpointAccess): submitting and withdrawing are the
    // operator's, approving is the Pimpinan's.
    public Task<IActionResult> OnPostSubmitAsync(Guid id, int rev, CancellationToken cancellationToken) =>
        ChangeAsync(id, rev, plan =>
        {
            plan.Submit();
            return "Rencana diajukan.";
        }, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, int rev, CancellationToken cancellationToken) =>
        ChangeAsync(id, rev, plan =>
        {
            plan.Approve();
            return "Rencana disetujui.";
        }, cancellationToken);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, int rev, CancellationToken cancellationToken) =>
        ChangeAsync(id, rev, plan =>
        {
            plan.ReturnToDraft();
            return "Rencana dikembalikan ke draf.";
        }, cancellationToken);

    /// <summary>Signs the plan in the name of one of the unit's officials.</summary>
    public async Task<IActionResult> OnPostSignAsync(Guid id, Guid? official, string? place, string? date, int rev, CancellationToken cancellationToken)
    {
        var unit = await db.WorkUnits.AsNoTracking().SingleOrDefaultAsync(w => db.Plans.Any(p => p.Id == id && p.WorkUnitId == w.Id), cancellationToken);
        var signer = unit?.Officials.FirstOrDefault(o => o.Id == official);
        if (signer is null || string.IsNullOrWhiteSpace(place) || !DateOnly.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var day))
        {
            return await RefuseAsync(id, "Tanda tangan belum lengkap: pilih pejabat, isi tempat dan tanggal.", [], cancellationToken);
        }

        return await ChangeAsync(id, rev, plan =>
        {
            var entity = unit!.Entity(plan.Entity);
            plan.Sign(new SignatureBlock(place, day, signer.Id == entity.HeadOfficialId ? entity.HeadPosition : signer.Position, signer.Name, signer.Nip));
            return $"Rencana ditandatangani oleh {signer.Name}, {place.Trim()}, {IdFormat.Date(day)}.";
        }, cancellationToken);
    }

    /// <summary>Deletes a draft against which nothing is reported (an empty plan, or one created by mistake) and says so in the change trail.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(Guid id, int rev, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await OpenForChangeAsync(id, rev, cancellationToken);
        if (plan is null)
        {
            return refusal is null ? NotFound() : await RefuseAsync(id, refusal.Message, refusal.Changes, cancellationToken, wholePage: !IsHtmx);
        }

        try
        {
            plan.EnsureDeletable((await PlanQueries.ReportedAsync(db, plan.WorkUnitId, plan.Year, cancellationToken)).Contains(plan.Id));
        }
        catch (RuleViolationException violation)
        {
            return await RefuseAsync(id, violation.Message, [], cancellationToken, wholePage: !IsHtmx);
        }

        db.Plans.Remove(plan);
        ChangeLog.Record(db, ChangeSubject.Plan, plan.Id, plan.WorkUnitId, plan.Revision + 1, clock.GetUtcNow(), $"{PlanLabels.Title(plan.Entity, plan.Kind, plan.Year)} dihapus.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var conflict = await ConflictAsync(id, rev, cancellationToken);
            return await RefuseAsync(id, conflict.Message, conflict.Changes, cancellationToken, wholePage: !IsHtmx);
        }

        PlanEditorCache.Forget(stamps, plan.Id);
        Kinerja.Monitoring.MonitoringStamp.Forget(stamps, plan.WorkUnitId, plan.Year, plan.Id);
        return Redirect($"/Satker/{plan.WorkUnitId}?tahun={plan.Year}");
    }

    public string Brief(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "…");

    /// <summary>
    /// An action's schedule cells, written compactly: a 60-row monthly RAK has 720 of them. In a draft each is a toggle
    /// button (its period in <c>value</c>, the shared listener in editor.js posts it); otherwise the mark or value.
    /// </summary>
    public IHtmlContent ScheduleCells(PlanAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var html = new System.Text.StringBuilder(Periods.Count * 64);
        foreach (var period in Periods)
        {
            var entry = action.Schedule.FirstOrDefault(e => e.Period == period);
            var shown = entry is null ? string.Empty : CellEncoder.Encode(entry.Value ?? "■");
            html.Append(entry is null ? "<td>" : "<td class=\"on\">");
            if (IsEditable)
            {
                html.Append("<button value=\"").Append(period.Code)
                    .Append("\" aria-pressed=\"").Append(entry is null ? "false" : "true")
                    .Append("\" aria-label=\"").Append(period.Code)
                    // A value is read with its period (axe: the visible text is part of the name); the mark "■" is not text.
                    .Append(entry?.Value is null ? string.Empty : " " + shown).Append("\">").Append(shown).Append("</button>");
            }
            else if (entry is not null)
            {
                html.Append(shown).Append("<span class=\"sr-only\"> dijadwalkan ").Append(period.Code).Append("</span>");
            }

            html.Append("</td>");
        }

        return new HtmlString(html.ToString());
    }

    /// <summary>The head of the plan's entity, whom the signature form offers first; none for a plan stored with an undefined entity.</summary>
    public Guid? HeadOfficialId => OwnEntity?.HeadOfficialId;

    private AccountabilityEntity? OwnEntity => Unit.Entities.FirstOrDefault(e => e.Kind == Plan.Entity);

    public string AnchorOf(Guid rowId) => Rows.First(r => r.Id == rowId).Anchor;

    public string? UnitName(Guid? unitId) => unitId is { } id && UnitNames.TryGetValue(id, out var name) ? name : null;

    public string? OutputTitle(BudgetCode? code) => code is { } c ? Budget?.Find(c)?.Title : null;

    private async Task<IActionResult> ChangeAsync(Guid id, int rev, Func<PerformancePlan, string> change, CancellationToken cancellationToken)
    {
        var (plan, refusal) = await OpenForChangeAsync(id, rev, cancellationToken);
        if (plan is null)
        {
            return refusal is null ? NotFound() : await RefuseAsync(id, refusal.Message, refusal.Changes, cancellationToken);
        }

        string summary;
        try
        {
            summary = change(plan);
        }
        catch (RuleViolationException violation)
        {
            db.ChangeTracker.Clear();
            return await RefuseAsync(id, violation.Message, [], cancellationToken);
        }

        var saved = await SaveAsync(plan, summary, cancellationToken);
        return saved is null ? await EditorAfterChangeAsync(plan, cancellationToken) : await RefuseAsync(id, saved.Message, saved.Changes, cancellationToken);
    }

    /// <summary>The plan, tracked, when the user's revision is still the current one; otherwise why not.</summary>
    private async Task<(PerformancePlan? Plan, Refusal? Refusal)> OpenForChangeAsync(Guid id, int rev, CancellationToken cancellationToken)
    {
        var plan = await PlanQueries.Loaded(db).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return (null, null);
        }

        if (plan.Revision != rev)
        {
            return (null, await ConflictAsync(id, rev, cancellationToken));
        }

        return (plan, null);
    }

    private async Task<Refusal?> SaveAsync(PerformancePlan plan, string summary, CancellationToken cancellationToken)
    {
        ChangeLog.Record(db, ChangeSubject.Plan, plan.Id, plan.WorkUnitId, plan.Revision, clock.GetUtcNow(), summary);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            PlanEditorCache.Forget(stamps, plan.Id);
            Kinerja.Monitoring.MonitoringStamp.Forget(stamps, plan.WorkUnitId, plan.Year, plan.Id);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            var seen = db.Entry(plan).Property(p => p.Revision).OriginalValue;
            db.ChangeTracker.Clear();
            return await ConflictAsync(plan.Id, seen, cancellationToken);
        }
    }

    private async Task<Refusal> ConflictAsync(Guid id, int rev, CancellationToken cancellationToken)
    {
        var changes = await ChangeLog.SinceAsync(db, id, rev, cancellationToken);
        return new Refusal(
            $"Rencana ini sudah diubah oleh {ChangeLog.Who(changes)} sejak halaman Anda dibuka. Perubahan Anda belum disimpan; periksa perubahan di bawah, lalu simpan lagi bila masih perlu.",
            changes,
            IsConflict: true);
    }

    /// <summary>The editor drawn from the plan just saved: it is what the database now holds, so it is not read again.</summary>
    private async Task<IActionResult> EditorAfterChangeAsync(PerformancePlan plan, CancellationToken cancellationToken)
    {
        await LoadAsync(plan, cancellationToken);
        Response.Headers["HX-Retarget"] = "#plan-editor";
        Response.Headers["HX-Reswap"] = "outerHTML";
        return Partial("_Editor", this);
    }

    /// <summary>A refused row comes back as typed, with the reason beside the field, or what changed in the meantime.</summary>
    private async Task<IActionResult> RefuseRowAsync(Guid id, RowForm form, Refusal? refusal, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        await LoadAsync(plan!, cancellationToken);
        if (refusal is not null)
        {
            ConflictChanges = refusal.Changes;
            form.Errors["row"] = refusal.Message;

            // Saving again from this row, now that its owner has seen what changed, applies to the current revision.
            form.Revision = plan!.Revision;
        }

        Response.StatusCode = refusal?.IsConflict == true ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Partial("_EditRow", new EditRowView(this, form, Focus: true));
    }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    private async Task<IActionResult> RefuseAsync(Guid id, string message, IReadOnlyList<ChangeEntry> changes, CancellationToken cancellationToken, bool wholePage = false)
    {
        db.ChangeTracker.Clear();
        var plan = await PlanQueries.FindAsync(db, id, cancellationToken);
        if (plan is null)
        {
            return NotFound();
        }

        await LoadAsync(plan, cancellationToken);
        Notice = message;
        ConflictChanges = changes;
        Response.StatusCode = changes.Count > 0 ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        if (wholePage)
        {
            return Page();
        }

        Response.Headers["HX-Retarget"] = "#plan-editor";
        Response.Headers["HX-Reswap"] = "outerHTML";
        return Partial("_Editor", this);
    }

    private string Apply(PerformancePlan plan, RowForm form)
    {
        switch (form.Element)
        {
            case RowElement.Goal:
            {
                var code = form.ParsedCode(form.Code, "code");
                if (form.Errors.Count > 0)
                {
                    return string.Empty;
                }

                if (form.ElementId is { } goalId)
                {
                    var goal = plan.Goals.FirstOrDefault(g => g.Id == goalId) ?? throw Gone();
                    var before = goal.Statement;
                    plan.ChangeGoal(goal, form.Text, form.ParsedLevel(), code);
                    return $"Sasaran \"{Brief(before)}\" diubah menjadi \"{Brief(goal.Statement)}\".";
                }

                var added = plan.AddGoal(form.Text, form.ParsedLevel(), code);
                return $"Sasaran baru: \"{Brief(added.Statement)}\".";
            }

            case RowElement.Indicator:
            {
                var target = Target.From(form.Target);
                if (form.ElementId is { } indicatorId)
                {
                    var indicator = plan.Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw Gone();
                    var before = indicator.Target?.Text ?? "–";
                    plan.ChangeIndicator(indicator, form.Text, target, form.ParsedDirection(), form.Code);
                    return before == (indicator.Target?.Text ?? "–")
                        ? $"Indikator \"{Brief(indicator.Text)}\" diubah."
                        : $"Target indikator \"{Brief(indicator.Text)}\" diubah: {before} → {indicator.Target?.Text ?? "–"}.";
                }

                var goal = plan.Goals.FirstOrDefault(g => g.Id == form.ParentId) ?? throw Gone();
                var added = plan.AddIndicator(goal, form.Text, target, form.ParsedDirection(), form.Code);
                return $"Indikator baru pada sasaran {goal.Position + 1}: \"{Brief(added.Text)}\".";
            }

            default:
            {
                var ceiling = form.ParsedCeiling();
                var output = form.ParsedCode(form.Output, "output");
                var unit = form.ParsedUnit([.. ResponsibleUnits.Select(u => u.Id)]);
                if (form.Errors.Count > 0)
                {
                    return string.Empty;
                }

                var target = Target.From(form.Target);
                PlanAction action;
                string summary;
                if (form.ElementId is { } actionId)
                {
                    action = plan.Actions.FirstOrDefault(a => a.Id == actionId) ?? throw Gone();
                    var before = action.BudgetCeiling;
                    plan.ChangeAction(action, form.Text, target, unit, ceiling, output);
                    summary = before == ceiling
                        ? $"Aksi \"{Brief(action.Name)}\" diubah."
                        : $"Pagu aksi \"{Brief(action.Name)}\" diubah: {Money(before)} → {Money(ceiling)}.";
                }
                else
                {
                    var indicator = plan.Indicators.FirstOrDefault(i => i.Id == form.ParentId) ?? throw Gone();
                    action = plan.AddAction(indicator, form.Text, target, unit, ceiling, output);
                    summary = $"Aksi baru: \"{Brief(action.Name)}\".";
                }

                foreach (var (period, scheduled, value) in form.ParsedSchedule(plan.ScheduleStyle))
                {
                    var current = action.Schedule.FirstOrDefault(e => e.Period == period);
                    if (!scheduled && current is not null)
                    {
                        plan.Unschedule(action, period);
                    }
                    else if (scheduled && (current is null || current.Value != value))
                    {
                        plan.Schedule(action, period, value);
                    }
                }

                return summary;
            }
        }
    }

    private static string Money(Rupiah? amount) => amount is { } value ? IdFormat.Rupiah(value.Value) : "–";

    private static RuleViolationException Gone() => new("PLAN_ELEMENT_GONE", "Baris itu sudah dihapus dari rencana ini; muat ulang halaman.");

    private static IReadOnlyList<OrganisationalUnit> ResponsibleUnitsOf(WorkUnit unit, PerformancePlan plan) =>
        [.. unit.OrganisationalUnits.Where(u => u.Entity == plan.Entity).OrderBy(u => u.Name, StringComparer.Ordinal)];

    /// <summary>The plan's work unit, read once per request.</summary>
    private async Task<WorkUnit> UnitOfAsync(PerformancePlan plan, CancellationToken cancellationToken) =>
        Unit is { } loaded && loaded.Id == plan.WorkUnitId
            ? loaded
            : Unit = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == plan.WorkUnitId, cancellationToken);

    private async Task LoadAsync(PerformancePlan plan, CancellationToken cancellationToken)
    {
        Plan = plan;
        await UnitOfAsync(plan, cancellationToken);
        Budget = await BudgetQueries.LatestAsync(db, plan.WorkUnitId, plan.Year, cancellationToken);
        EntityName = OwnEntity?.Name ?? PlanLabels.Entity(plan.Entity);
        ResponsibleUnits = ResponsibleUnitsOf(Unit, plan);
        UnitNames = Unit.OrganisationalUnits.ToDictionary(u => u.Id, u => u.Name);
        BudgetOutputs = Budget is null ? [] : [.. Budget.Lines.Where(l => l.Level is BudgetLevel.Output or BudgetLevel.Component)];
        Rows = EditorRows.Of(plan);
        Findings = PlanChecks.Run(plan, Budget);
        RecentChanges = await ChangeLog.LatestAsync(db, plan.Id, RecentChangeCount, cancellationToken);
        IsDeletable = plan.Status == PlanStatus.Draft && !(await PlanQueries.ReportedAsync(db, plan.WorkUnitId, plan.Year, cancellationToken)).Contains(plan.Id);
    }

    private sealed record Refusal(string Message, IReadOnlyList<ChangeEntry> Changes, bool IsConflict = false);
}

/// <summary>A row to draw in view form.</summary>
public sealed record RowView(EditorModel Editor, EditorRow Row);

/// <summary>A row to draw in edit form, with what was typed and any refusal.</summary>
public sealed record EditRowView(EditorModel Editor, RowForm Form, bool Focus);
