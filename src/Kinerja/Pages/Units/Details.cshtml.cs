using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Units;

/// <summary>
/// A work unit for one year: its two entities' plans, its budget versions, the open findings, and its organisation
/// (officials, heads, organisational units), which is edited here a fragment at a time.
/// </summary>
public sealed class DetailsModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public UnitYear Data { get; private set; } = null!;

    public WorkUnit Unit => Data.Unit;

    public int Year => Data.Year.Value;

    public string? ParentName { get; private set; }

    public bool PreviousYearHasPlans { get; private set; }

    /// <summary>Last year's newest budget version, when this year has none yet: the page offers to start from its lines.</summary>
    public BudgetVersion? PreviousBudget { get; private set; }

    public IReadOnlyDictionary<Guid, IReadOnlyList<LinkedFinding>> Findings { get; private set; } = new Dictionary<Guid, IReadOnlyList<LinkedFinding>>();

    public int CrossFindingCount { get; private set; }

    public OrganisationView Organisation { get; private set; } = null!;

    /// <summary>Plans against which something is reported: they cannot be deleted.</summary>
    public IReadOnlySet<Guid> Reported { get; private set; } = new HashSet<Guid>();

    /// <summary>Plans stored with an entity or kind that is none of the defined ones (made before that was checked): listed so they can be deleted.</summary>
    public IReadOnlyList<PerformancePlan> Undefined => [.. Data.Plans.Where(p => !Enum.IsDefined(p.Entity) || !Enum.IsDefined(p.Kind))];

    public bool IsDeletable(PerformancePlan plan) => plan.Status == PlanStatus.Draft && !Reported.Contains(plan.Id);

    public async Task<IActionResult> OnGetAsync(Guid id, int? tahun, CancellationToken cancellationToken) =>
        await LoadAsync(id, tahun, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostAddOfficialAsync(Guid id, int? tahun, int rev, string? name, string? position, string? nip, CancellationToken cancellationToken) =>
        EditAsync(id, tahun, rev, OrganisationView.NewOfficial, new() { ["name"] = name, ["position"] = position, ["nip"] = nip }, unit =>
        {
            var official = unit.AddOfficial(name ?? string.Empty, position ?? string.Empty, OptionalNip(nip));
            return Task.FromResult<string?>($"Pejabat ditambahkan: {Describe(official)}.");
        }, cancellationToken);

    public Task<IActionResult> OnPostChangeOfficialAsync(Guid id, int? tahun, int rev, Guid officialId, string? name, string? position, string? nip, CancellationToken cancellationToken) =>
        EditAsync(id, tahun, rev, OrganisationView.OfficialForm(officialId), new() { ["name"] = name, ["position"] = position, ["nip"] = nip }, unit =>
        {
            var official = OfficialOf(unit, officialId);
            var before = Describe(official);
            unit.ChangeOfficial(official, name ?? string.Empty, position ?? string.Empty, OptionalNip(nip));
            var after = Describe(official);
            return Task.FromResult(before == after ? null : $"Data pejabat diubah: {before} → {after}.");
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveOfficialAsync(Guid id, int? tahun, int rev, Guid officialId, CancellationToken cancellationToken) =>
        EditAsync(id, tahun, rev, OrganisationView.OfficialForm(officialId), new(), unit =>
        {
            var official = OfficialOf(unit, officialId);
            unit.RemoveOfficial(official);
            return Task.FromResult<string?>($"Pejabat dihapus: {Describe(official)}.");
        }, cancellationToken);

    public Task<IActionResult> OnPostAddUnitAsync(Guid id, int? tahun, int rev, string? entity, string? name, CancellationToken cancellationToken) =>
        WithEntityAsync(id, tahun, entity, entity => EditAsync(id, tahun, rev, OrganisationView.NewUnit(entity), new() { ["name"] = name }, unit =>
        {
            var added = unit.AddOrganisationalUnit(entity, name ?? string.Empty);
            return Task.FromResult<string?>($"Unit organisasi {PlanLabels.Entity(entity)} ditambahkan: {added.Name}.");
        }, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRenameUnitAsync(Guid id, int? tahun, int rev, Guid unitId, string? name, CancellationToken cancellationToken) =>
        EditAsync(id, tahun, rev, OrganisationView.UnitForm(unitId), new() { ["name"] = name }, unit =>
        {
            var organisationalUnit = UnitOf(unit, unitId);
            var before = organisationalUnit.Name;
            unit.RenameOrganisationalUnit(organisationalUnit, name ?? string.Empty);
            return Task.FromResult(before == organisationalUnit.Name ? null : $"Unit organisasi diganti nama: {before} → {organisationalUnit.Name}.");
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveUnitAsync(Guid id, int? tahun, int rev, Guid unitId, CancellationToken cancellationToken) =>
        EditAsync(id, tahun, rev, OrganisationView.UnitForm(unitId), new(), async unit =>
        {
            var organisationalUnit = UnitOf(unit, unitId);
            // Actions name their pelaksana by id; removing a unit that still carries actions would leave them without one.
            var actions = await db.Set<PlanAction>().CountAsync(a => a.ResponsibleUnitId == unitId, cancellationToken);
            if (actions > 0)
            {
                throw new RuleViolationException("ORG_UNIT_IN_USE", $"{organisationalUnit.Name} masih menjadi pelaksana {actions} aksi; ganti pelaksana aksi itu lebih dahulu.");
            }

            unit.RemoveOrganisationalUnit(organisationalUnit);
            return $"Unit organisasi dihapus: {organisationalUnit.Name}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostEntityAsync(Guid id, int? tahun, int rev, string? entity, string? name, Guid? official, string? position, CancellationToken cancellationToken) =>
        WithEntityAsync(id, tahun, entity, entity => EditAsync(id, tahun, rev, OrganisationView.EntityForm(entity), new() { ["name"] = name, ["official"] = official?.ToString(), ["position"] = position }, unit =>
        {
            var changes = new List<string>();
            var current = unit.Entity(entity);
            if (!string.Equals(current.Name, name?.Trim(), StringComparison.Ordinal))
            {
                var before = current.Name;
                unit.RenameEntity(entity, name ?? string.Empty);
                changes.Add($"Nama entitas diubah: {before} → {current.Name}");
            }

            if (official is { } officialId && (officialId != current.HeadOfficialId || !string.Equals(current.HeadPosition, position?.Trim(), StringComparison.Ordinal)))
            {
                var head = OfficialOf(unit, officialId);
                unit.AppointHead(entity, head, position);
                changes.Add($"Kepala {PlanLabels.Entity(entity)} ditetapkan: {head.Name} ({current.HeadPosition})");
            }

            return Task.FromResult(changes.Count == 0 ? null : string.Join("; ", changes) + ".");
        }, cancellationToken), cancellationToken);

    /// <summary>The entity a form names (a hidden field): a value that is neither KPU nor Sekretariat is refused, not read as KPU.</summary>
    private Task<IActionResult> WithEntityAsync(Guid id, int? tahun, string? entity, Func<EntityKind, Task<IActionResult>> edit, CancellationToken cancellationToken) =>
        DefinedEnum.TryParse<EntityKind>(entity, out var kind)
            ? edit(kind)
            : RespondAsync(id, tahun, StatusCodes.Status422UnprocessableEntity, view => view with
            {
                Form = "entity",
                Errors = new Dictionary<string, string> { ["form"] = "Entitas tidak dikenal: pilih KPU atau Sekretariat." },
            }, cancellationToken);

    public Task<IActionResult> OnPostLetterheadAsync(Guid id, int? tahun, int rev, string? address, string? phone, string? fax, string? email, string? website, string? city, CancellationToken cancellationToken) =>
        EditAsync(id, tahun, rev, OrganisationView.LetterheadForm, new() { ["address"] = address, ["phone"] = phone, ["fax"] = fax, ["email"] = email, ["website"] = website, ["city"] = city }, unit =>
        {
            var before = (unit.Letterhead, unit.SignatureCity);
            unit.ChangeLetterhead(address, phone, fax, email, website, city ?? string.Empty);
            var after = unit.Letterhead;
            return Task.FromResult(before == (after, unit.SignatureCity)
                ? null
                : $"Kop surat diubah: {string.Join(" · ", new[] { after?.Address, after?.Phone, after?.Fax, after?.Email, after?.Website }.OfType<string>())}; kota penandatanganan {unit.SignatureCity}.");
        }, cancellationToken);

    private static Nip? OptionalNip(string? text) => string.IsNullOrWhiteSpace(text) ? null : Nip.Parse(text);

    private static string Describe(Official official) =>
        official.Nip is { } nip ? $"{official.Name} ({official.Position}, NIP {nip})" : $"{official.Name} ({official.Position})";

    private static Official OfficialOf(WorkUnit unit, Guid officialId) =>
        unit.Officials.SingleOrDefault(o => o.Id == officialId)
        ?? throw new RuleViolationException("OFFICIAL_UNKNOWN", "Pejabat itu tidak ada lagi; mungkin sudah dihapus.");

    private static OrganisationalUnit UnitOf(WorkUnit unit, Guid unitId) =>
        unit.OrganisationalUnits.SingleOrDefault(u => u.Id == unitId)
        ?? throw new RuleViolationException("ORG_UNIT_UNKNOWN", "Unit organisasi itu tidak ada lagi; mungkin sudah dihapus.");

    /// <summary>
    /// The one way the organisation is changed: refuse a stale revision (409, with what changed since), apply the verb,
    /// record it in the change trail, save; a broken rule is shown next to its field (422). Every refusal keeps what was typed.
    /// </summary>
    private async Task<IActionResult> EditAsync(
        Guid id,
        int? tahun,
        int rev,
        string form,
        Dictionary<string, string?> values,
        Func<WorkUnit, Task<string?>> apply,
        CancellationToken cancellationToken)
    {
        if (UnitYear.YearOf(tahun, clock) is null)
        {
            return NotFound();
        }

        var unit = await db.WorkUnits.SingleOrDefaultAsync(w => w.Id == id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        if (unit.Revision != rev)
        {
            return await ConflictAsync(id, tahun, rev, form, values, cancellationToken);
        }

        string? summary;
        try
        {
            summary = await apply(unit);
        }
        catch (RuleViolationException error)
        {
            db.ChangeTracker.Clear();
            return await RespondAsync(id, tahun, StatusCodes.Status422UnprocessableEntity, view => view with
            {
                Form = form,
                Values = values,
                Errors = new Dictionary<string, string> { [OrganisationView.FieldOf(error.Code)] = error.Message },
            }, cancellationToken);
        }

        if (summary is null)
        {
            return await RespondAsync(id, tahun, StatusCodes.Status200OK, view => view with { Saved = "Tidak ada yang berubah." }, cancellationToken);
        }

        ChangeLog.Record(db, ChangeSubject.WorkUnit, unit.Id, unit.Id, unit.Revision, clock.GetUtcNow(), summary);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await ConflictAsync(id, tahun, rev, form, values, cancellationToken);
        }

        if (!IsHtmx)
        {
            return Redirect($"/Satker/{id}?tahun={UnitYear.YearOf(tahun, clock)}#organisasi");
        }

        return await RespondAsync(id, tahun, StatusCodes.Status200OK, view => view with { Saved = summary }, cancellationToken);
    }

    private async Task<IActionResult> ConflictAsync(Guid id, int? tahun, int rev, string form, Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        var since = await ChangeLog.SinceAsync(db, id, rev, cancellationToken);
        return await RespondAsync(id, tahun, StatusCodes.Status409Conflict, view => view with
        {
            Form = form,
            Values = values,
            Conflicts = since,
        }, cancellationToken);
    }

    /// <summary>The organisation fragment for htmx, the whole page otherwise, from a fresh read of the unit.</summary>
    private async Task<IActionResult> RespondAsync(Guid id, int? tahun, int status, Func<OrganisationView, OrganisationView> shape, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, tahun, cancellationToken))
        {
            return NotFound();
        }

        Organisation = shape(Organisation);
        Response.StatusCode = status;
        return IsHtmx ? Partial("_Organisation", Organisation) : Page();
    }

    private bool IsHtmx => Request.Headers.ContainsKey("HX-Request");

    private async Task<bool> LoadAsync(Guid id, int? tahun, CancellationToken cancellationToken)
    {
        if (UnitYear.YearOf(tahun, clock) is not { } year
            || await UnitYear.LoadAsync(db, id, year, cancellationToken) is not { } data)
        {
            return false;
        }

        Data = data;
        Organisation = new OrganisationView(data.Unit, year.Value);
        ParentName = data.Unit.ParentId is { } parent
            ? await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.Id == parent).Select(w => w.Name).SingleOrDefaultAsync(cancellationToken)
            : null;
        if (year.Value > FiscalYear.First)
        {
            var previous = new FiscalYear(year.Value - 1);
            PreviousYearHasPlans = await db.Plans.AnyAsync(p => p.WorkUnitId == id && p.Year == previous, cancellationToken);
            PreviousBudget = data.Budgets.Count == 0 ? await BudgetQueries.LatestAsync(db, id, previous, cancellationToken) : null;
        }

        Reported = await PlanQueries.ReportedAsync(db, id, year, cancellationToken);
        var budget = data.LatestBudget;
        Findings = data.Plans.ToDictionary(
            p => p.Id,
            p => (IReadOnlyList<LinkedFinding>)[.. PlanChecks.Run(p, budget).Select(f => new LinkedFinding(f, FindingLinks.Href(p, f.ElementId)))]);
        CrossFindingCount = CrossChecks.Run(data.Plans, budget).Count(f => f.Finding.Severity != Severity.Info);
        return true;
    }
}

/// <summary>
/// The organisation fragment: the unit as stored, and for the one form that was just sent, what was typed, the message
/// per field, or the changes that made it stale.
/// </summary>
public sealed record OrganisationView(WorkUnit Unit, int Year)
{
    public const string NewOfficial = "official-new";

    public const string LetterheadForm = "letterhead";

    public string? Form { get; init; }

    public IReadOnlyDictionary<string, string?> Values { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<ChangeEntry> Conflicts { get; init; } = [];

    public string? Saved { get; init; }

    public static string OfficialForm(Guid officialId) => $"official-{officialId}";

    public static string NewUnit(EntityKind entity) => $"unit-new-{entity}".ToLowerInvariant();

    public static string UnitForm(Guid unitId) => $"unit-{unitId}";

    public static string EntityForm(EntityKind entity) => $"entity-{entity}".ToLowerInvariant();

    /// <summary>The field a broken rule is about; "form" for rules about the whole change.</summary>
    public static string FieldOf(string code) => code switch
    {
        "NIP_INVALID" or "OFFICIAL_DUPLICATE_NIP" => "nip",
        "OFFICIAL_NAME_INVALID" or "ORG_UNIT_INVALID" or "ORG_UNIT_DUPLICATE" or "ENTITY_NAME_INVALID" => "name",
        "OFFICIAL_POSITION_INVALID" => "position",
        "LETTERHEAD_ADDRESS_INVALID" => "address",
        "LETTERHEAD_PHONE_INVALID" => "phone",
        "LETTERHEAD_FAX_INVALID" => "fax",
        "LETTERHEAD_EMAIL_INVALID" => "email",
        "LETTERHEAD_WEBSITE_INVALID" => "website",
        "SIGNATURE_CITY_INVALID" => "city",
        _ => "form",
    };

    /// <summary>What the field shows: what was typed into this form when it was sent back, the stored value otherwise.</summary>
    public string? Value(string form, string field, string? stored) =>
        Form == form && Values.TryGetValue(field, out var typed) ? typed : stored;

    public string? Error(string form, string field) =>
        Form == form && Errors.TryGetValue(field, out var message) ? message : null;

    public bool HasInput(string form) => Form == form && (Errors.Count > 0 || Conflicts.Count > 0);
}
