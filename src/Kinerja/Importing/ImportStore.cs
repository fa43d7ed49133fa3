using System.Text.RegularExpressions;
using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Documents.Import;
using Kinerja.Documents.Import.Budget;
using Kinerja.Documents.Import.Plans;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Importing;

public enum StoreOutcome
{
    Stored,
    AlreadyImported,
    Refused,
}

public sealed record StoreResult(StoreOutcome Outcome, string Message, string? WorkUnit = null)
{
    /// <summary>Refused because the document's unit is new and the province it sits in is not known or not one of the 38.</summary>
    public bool ProvinceNeeded { get; init; }

    /// <summary>Refused because the satker code and the name or location name two units, and no choice was made.</summary>
    public bool UnitConflict { get; init; }
}

/// <summary>How the document's work unit was found, or that it would be created.</summary>
public enum UnitMatch
{
    SatkerCode,
    Name,
    New,

    /// <summary>The satker code names one registered unit, the document's name or location another: the user chooses.</summary>
    Conflicting,
}

/// <summary>
/// What storing one document creates, staged in the context but not yet saved: the work unit (found or new, and the
/// unit it sits under), the plans and budget versions. When the outcome is not <see cref="StoreOutcome.Stored"/> only
/// the reason is filled in.
/// </summary>
public sealed record StagedImport(ImportedDocument Document, StoreResult Result)
{
    public StoreOutcome Outcome => Result.Outcome;

    public WorkUnit? Unit { get; init; }

    public UnitMatch Match { get; init; }

    public WorkUnit? Parent { get; init; }

    public bool ParentIsNew { get; init; }

    public FiscalYear? Year { get; init; }

    public IReadOnlyList<PerformancePlan> Plans { get; init; } = [];

    public IReadOnlyList<BudgetVersion> Versions { get; init; } = [];

    /// <summary>Refused only because the document's unit is new and neither it nor the caller names the province it sits in.</summary>
    public bool ProvinceNeeded { get; init; }

    /// <summary>Storable by itself, but not stored because another document stored with it was refused.</summary>
    public bool HeldBack { get; init; }

    /// <summary>When the satker code and the name or location disagree: the unit the code names, then the one the name names, for the user to choose.</summary>
    public IReadOnlyList<string> UnitCandidates { get; init; } = [];

    /// <summary>What storing assumed beyond the document's own findings, such as a printed unit taken for a registered one of another spelling.</summary>
    public IReadOnlyList<ImportFinding> Assumptions { get; init; } = [];
}

/// <summary>
/// Stores an imported document whole or not at all: the work unit it belongs to (found by satker code or name, or
/// created when the document says where it sits), its plans and budget versions, and the record of the import, in one
/// SaveChanges. A document with reading errors, or whose plans already exist, is refused with the reason. Several
/// documents are stored together the same way: all of them in one SaveChanges, or none.
/// </summary>
public sealed partial class ImportStore(KinerjaDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The work unit the user chose for a document (by its content hash) whose satker code and name disagree: a name
    /// or satker code of one of the two candidates. Without a choice such a document is refused, never guessed.
    /// </summary>
    public IReadOnlyDictionary<string, string> UnitChoices { get; init; } = new Dictionary<string, string>();

    /// <summary>The overridable error codes (<see cref="ImportFinding.Overridable"/>) the user accepted for a document, by its content hash.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Accepted { get; init; } = new Dictionary<string, IReadOnlySet<string>>();

    public async Task<StoreResult> StoreAsync(ImportedDocument document, string? provinceHint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        db.ChangeTracker.Clear();
        var staged = await StageAsync(document, provinceHint, cancellationToken);
        if (staged.Outcome == StoreOutcome.Stored)
        {
            await db.SaveChangesAsync(cancellationToken);
            document.Findings.AddRange(staged.Assumptions);
        }

        return staged.Result;
    }

    /// <summary>What storing these documents together would create, and why any of them would be refused; nothing is saved.</summary>
    public async Task<IReadOnlyList<StagedImport>> PreviewAsync(IReadOnlyList<(ImportedDocument Document, string? ProvinceHint)> documents, CancellationToken cancellationToken = default)
    {
        var staged = await StageAllAsync(documents, cancellationToken);
        db.ChangeTracker.Clear();
        return staged;
    }

    /// <summary>
    /// Stores every document in one SaveChanges (one transaction), or none of them when any is refused: then each
    /// refused document says why, and the others are reported as not stored because of it.
    /// </summary>
    public async Task<IReadOnlyList<StagedImport>> StoreAllAsync(IReadOnlyList<(ImportedDocument Document, string? ProvinceHint)> documents, CancellationToken cancellationToken = default)
    {
        var staged = await StageAllAsync(documents, cancellationToken);
        if (staged.Any(s => s.Outcome != StoreOutcome.Stored))
        {
            db.ChangeTracker.Clear();
            return staged.Select(s => s.Outcome == StoreOutcome.Stored
                ? new StagedImport(s.Document, new StoreResult(StoreOutcome.Refused, "Tidak disimpan karena dokumen lain yang disimpan bersamanya ditolak.", s.Result.WorkUnit)) { HeldBack = true }
                : s).ToList();
        }

        await db.SaveChangesAsync(cancellationToken);
        return staged;
    }

    /// <summary>
    /// Stages the documents in order, each as if the ones before it were already stored (a second document of a new work
    /// unit finds the unit the first creates). A refused document leaves nothing staged: the accepted ones before it are
    /// staged again on a clean context.
    /// </summary>
    private async Task<List<StagedImport>> StageAllAsync(IReadOnlyList<(ImportedDocument Document, string? ProvinceHint)> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        db.ChangeTracker.Clear();
        var staged = new List<StagedImport>();
        foreach (var (document, hint) in documents)
        {
            var one = await StageAsync(document, hint, cancellationToken);
            if (one.Outcome != StoreOutcome.Stored)
            {
                db.ChangeTracker.Clear();
                for (var i = 0; i < staged.Count; i++)
                {
                    if (staged[i].Outcome == StoreOutcome.Stored)
                    {
                        staged[i] = await StageAsync(staged[i].Document, documents[i].ProvinceHint, cancellationToken);
                    }
                }
            }

            staged.Add(one);
        }

        return staged;
    }

    /// <summary>Adds to the context everything the document creates, or refuses it with the reason (possibly leaving part of it staged).</summary>
    private async Task<StagedImport> StageAsync(ImportedDocument document, string? provinceHint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        StagedImport Refuse(StoreOutcome outcome, string message, string? unit = null) => new(document, new StoreResult(outcome, message, unit));
        var accepted = Accepted.GetValueOrDefault(document.ContentHash);
        if (document.Findings.FirstOrDefault(f => f.Remedy == ErrorRemedy.Fix || (f.Remedy == ErrorRemedy.Override && accepted?.Contains(f.Code) != true)) is { } first)
        {
            return Refuse(StoreOutcome.Refused, first.Remedy == ErrorRemedy.Fix
                ? $"Tidak disimpan: dokumen memuat kesalahan yang harus diperbaiki ({first.Code}: {first.Message})."
                : $"Tidak disimpan: dokumen memuat kesalahan yang dapat diabaikan bila Anda menyetujuinya ({first.Code}: {first.Message}).");
        }

        if (document.Year is not (>= FiscalYear.First and <= FiscalYear.Last) || document.WorkUnit is null)
        {
            return Refuse(StoreOutcome.Refused, document.WorkUnit is null
                ? "Tidak disimpan: satuan kerja tidak disebut dalam dokumen."
                : "Tidak disimpan: tahun dokumen tidak ditemukan.");
        }

        if (db.ImportRecords.Local.FirstOrDefault(r => r.ContentHash == document.ContentHash) is { } staged)
        {
            return Refuse(StoreOutcome.AlreadyImported, $"Tidak disimpan: isinya sama dengan {staged.FileName} dalam unggahan ini.");
        }

        var existing = await db.ImportRecords.AsNoTracking().FirstOrDefaultAsync(r => r.ContentHash == document.ContentHash, cancellationToken);
        if (existing is not null)
        {
            // The date as the unit that holds the import lived it: an import at 23.30 WIB is not "tomorrow" in UTC terms, nor one at 07.30 WIT "yesterday".
            var holder = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Where(w => w.Id == existing.WorkUnitId)
                .Select(w => new { w.Name, w.Level, w.Province }).SingleOrDefaultAsync(cancellationToken);
            var zone = holder is null ? IndonesianTimeZone.Wib : LocalTime.ZoneOf(holder.Name, holder.Level, holder.Province);
            return Refuse(StoreOutcome.AlreadyImported, $"Sudah ada: dokumen yang sama diimpor {Kinerja.Domain.Common.IdFormat.Date(LocalTime.Date(existing.ImportedAt, zone))} dari {existing.FileName}; tidak disimpan lagi.");
        }

        var year = new FiscalYear(document.Year.Value);
        var (unit, match, problem) = await WorkUnitAsync(document.WorkUnit, UnitChoices.GetValueOrDefault(document.ContentHash), provinceHint, cancellationToken);
        if (unit is null)
        {
            var provinceNeeded = match == UnitMatch.New;
            return new StagedImport(document, new StoreResult(StoreOutcome.Refused, problem!) { ProvinceNeeded = provinceNeeded, UnitConflict = match == UnitMatch.Conflicting })
            {
                ProvinceNeeded = provinceNeeded,
                Match = match,
                UnitCandidates = match == UnitMatch.Conflicting ? Candidates(document.WorkUnit) : [],
            };
        }

        var revision = unit.Revision;
        var findings = new List<ImportFinding>();
        var assumed = new List<ImportFinding>();
        var plans = new List<PerformancePlan>();
        foreach (var imported in document.Plans)
        {
            var mapped = PlanMapper.ToPlan(imported, unit.Id, year, (entity, name) => ResponsibleUnit(unit, entity, name, assumed), findings);
            if (mapped is null)
            {
                return Refuse(StoreOutcome.Refused, "Tidak disimpan: " + findings[^1].Message, unit.Name);
            }

            if (plans.Any(p => p.Entity == imported.Entity && p.Kind == imported.Kind)
                || db.Plans.Local.Any(p => p.WorkUnitId == unit.Id && p.Year == year && p.Entity == imported.Entity && p.Kind == imported.Kind)
                || await db.Plans.AnyAsync(p => p.WorkUnitId == unit.Id && p.Year == year && p.Entity == imported.Entity && p.Kind == imported.Kind, cancellationToken))
            {
                return Refuse(StoreOutcome.Refused, $"Tidak disimpan: {PerformancePlan.Label(imported.Kind)} {(imported.Entity == EntityKind.Commission ? "KPU" : "Sekretariat")} {unit.Name} tahun {year} sudah ada.", unit.Name);
            }

            plans.Add(mapped.Plan);
        }

        var versions = new List<BudgetVersion>();
        // A PK prints its budget per program as a summary of the DIPA; the budget itself comes from the RKA or DIPA.
        if (document.Kind != DocumentKind.Pk && document.Budget is { } budget && (budget.Lines.Count > 0 || budget.Revisions.Count > 0))
        {
            if (db.BudgetVersions.Local.Any(b => b.WorkUnitId == unit.Id && b.Year == year)
                || await db.BudgetVersions.AnyAsync(b => b.WorkUnitId == unit.Id && b.Year == year, cancellationToken))
            {
                return Refuse(StoreOutcome.Refused, $"Tidak disimpan: anggaran {unit.Name} tahun {year} sudah ada; revisi dibuat di aplikasi.", unit.Name);
            }

            versions.AddRange(BudgetMapper.ToVersions(budget, unit.Id, year, findings));
            if (findings.Any(f => f.Severity == Severity.Error))
            {
                return Refuse(StoreOutcome.Refused, "Tidak disimpan: " + findings.First(f => f.Severity == Severity.Error).Message, unit.Name);
            }
        }

        var now = clock.GetUtcNow();
        var origin = $"Diimpor dari {document.File}";
        db.Plans.AddRange(plans);
        db.BudgetVersions.AddRange(versions);
        db.Add(new ImportRecord(document.ContentHash, document.File, document.Kind, year.Value, unit.Id, now, plans.Count, versions.Count));
        foreach (var plan in plans)
        {
            ChangeLog.Record(db, ChangeSubject.Plan, plan.Id, unit.Id, plan.Revision, now, origin + ".");
        }

        foreach (var version in versions)
        {
            ChangeLog.Record(db, ChangeSubject.Budget, version.Id, unit.Id, version.Revision, now, origin + ".");
        }

        if (match == UnitMatch.New)
        {
            ChangeLog.Record(db, ChangeSubject.WorkUnit, unit.Id, unit.Id, unit.Revision, now, $"Dibuat saat impor {document.File}.");
        }
        else if (unit.Revision != revision)
        {
            ChangeLog.Record(db, ChangeSubject.WorkUnit, unit.Id, unit.Id, unit.Revision, now, $"Kode satker atau unit organisasi ditambahkan dari {document.File}.");
        }

        var parent = unit.ParentId is { } parentId ? db.WorkUnits.Local.FirstOrDefault(u => u.Id == parentId) : null;
        return new StagedImport(document, new StoreResult(StoreOutcome.Stored, $"Disimpan ke {unit.Name}: {plans.Count} rencana, {versions.Count} versi anggaran.", unit.Name))
        {
            Unit = unit,
            Match = match,
            Parent = parent,
            ParentIsNew = parent is not null && db.Entry(parent).State == EntityState.Added,
            Year = year,
            Plans = plans,
            Versions = versions,
            Assumptions = assumed,
        };
    }

    /// <summary>The organisational unit a printed pelaksana names, found or added; one found under another spelling is reported, once per spelling.</summary>
    private static Guid ResponsibleUnit(WorkUnit unit, EntityKind entity, string printed, List<ImportFinding> assumed)
    {
        var name = Shorten(printed);
        var found = unit.OrganisationalUnitNamed(entity, name);
        var message = $"Unit \"{name}\" dianggap sama dengan unit \"{found.Name}\" ({(entity == EntityKind.Commission ? "KPU" : "Sekretariat")} {unit.Name}).";
        if (!string.Equals(found.Name, name, StringComparison.OrdinalIgnoreCase) && assumed.All(a => a.Message != message))
        {
            assumed.Add(new ImportFinding(Severity.Info, "ORG_UNIT_ASSUMED_SAME", message, 0));
        }

        return found.Id;
    }

    /// <summary>The work unit the document belongs to: by satker code, then by name; created when the document (or the hint) says where it sits.</summary>
    private async Task<(WorkUnit? Unit, UnitMatch Match, string? Problem)> WorkUnitAsync(ImportedWorkUnit named, string? choice, string? provinceHint, CancellationToken cancellationToken)
    {
        // The units in the database and those staged by documents before this one.
        await db.WorkUnits.LoadAsync(cancellationToken);
        var units = db.WorkUnits.Local.ToList();
        var byCode = named.SatkerCode is { } code ? units.FirstOrDefault(u => u.SatkerCode == code) : null;
        if (byCode is not null && Disagree(byCode, named))
        {
            if (choice is not null && (choice == byCode.SatkerCode || WorkUnit.SameName(choice, byCode.Name)))
            {
                return (byCode, UnitMatch.SatkerCode, null);
            }

            if (choice is null || !WorkUnit.SameName(choice, named.Name))
            {
                return (null, UnitMatch.Conflicting, $"Tidak disimpan: kode satker {byCode.SatkerCode} milik {byCode.Name}, tetapi nama{(named.Location is { } at ? $" dan lokasi ({at})" : string.Empty)} dalam dokumen menyebut {named.Name}. Pilih satuan kerja yang dimaksud: {byCode.Name} (menurut kode satker) atau {named.Name} (menurut nama dan lokasi).");
            }

            // The user chose the unit the name says: the code, which belongs to another unit, is not given to it.
            (byCode, named) = (null, named with { SatkerCode = null });
        }

        var unit = byCode ?? units.FirstOrDefault(u => WorkUnit.SameName(u.Name, named.Name));
        if (unit is not null)
        {
            if (named.SatkerCode is { } satker && unit.SatkerCode is null && units.All(u => u.SatkerCode != satker))
            {
                unit.AssignSatkerCode(satker);
            }

            return (unit, byCode is null ? UnitMatch.Name : UnitMatch.SatkerCode, null);
        }

        var nation = units.FirstOrDefault(u => u.Level == WorkUnitLevel.National);
        if (nation is null)
        {
            nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
            db.WorkUnits.Add(nation);
        }

        var level = named.Level ?? (named.Name.Contains("Provinsi", StringComparison.OrdinalIgnoreCase) ? WorkUnitLevel.Province : WorkUnitLevel.RegencyCity);
        if (level == WorkUnitLevel.Province)
        {
            unit = WorkUnit.CreateProvince(named.Name, nation, named.Province, CityOf(named.Name));
        }
        else
        {
            var provinceName = provinceHint ?? named.Province?.Name;
            if (provinceName is null)
            {
                return (null, UnitMatch.New, $"Tidak disimpan: {named.Name} belum terdaftar dan dokumen tidak menyebut provinsinya; pilih provinsinya.");
            }

            var province = ProvinceNamed(units, provinceName);
            if (province is null)
            {
                if (Provinces.Find(ProvinceCode().Replace(provinceName, string.Empty)) is not { } official)
                {
                    return (null, UnitMatch.New, $"Tidak disimpan: \"{provinceName}\" bukan nama provinsi yang dikenal; pilih provinsi tempat {named.Name} berada dari daftar 38 provinsi.");
                }

                province = WorkUnit.CreateProvince("KPU Provinsi " + official, nation, named.Province, official);
                db.WorkUnits.Add(province);
            }

            unit = WorkUnit.CreateRegencyCity(named.Name, province, named.Location, CityOf(named.Name));
        }

        if (named.SatkerCode is { } newCode)
        {
            unit.AssignSatkerCode(newCode);
        }

        db.WorkUnits.Add(unit);
        return (unit, UnitMatch.New, null);
    }

    /// <summary>The document's name or location says another unit than the registered one its satker code names.</summary>
    private static bool Disagree(WorkUnit byCode, ImportedWorkUnit named) =>
        !WorkUnit.SameName(byCode.Name, named.Name)
        || (byCode.Location is { Name.Length: > 0 } registered && named.Location is { Name.Length: > 0 } printed && !WorkUnit.SameName(registered.Name, printed.Name));

    private List<string> Candidates(ImportedWorkUnit? named) =>
        named is { SatkerCode: { } code } && db.WorkUnits.Local.FirstOrDefault(u => u.SatkerCode == code) is { } byCode ? [byCode.Name, named.Name] : [];

    /// <summary>The registered KPU Provinsi a name means: "Jawa Tengah", "Provinsi Jawa Tengah", "KPU Provinsi JAWA TENGAH", "(33) JAWA TENGAH".</summary>
    private static WorkUnit? ProvinceNamed(List<WorkUnit> units, string name)
    {
        var plain = ProvinceCode().Replace(name, string.Empty);
        var full = "KPU Provinsi " + (Provinces.Find(plain) ?? DocumentHeader.TitleCase(plain.Replace("Provinsi", string.Empty, StringComparison.OrdinalIgnoreCase).Trim()));
        return units.FirstOrDefault(u => u.Level == WorkUnitLevel.Province && WorkUnit.SameName(u.Name, full));
    }

    /// <summary>The place printed in signature blocks: the city or regency without its level ("KPU Kota Serang" → "Serang").</summary>
    private static string CityOf(string name) =>
        LevelWords().Replace(name, string.Empty).Trim() is { Length: > 0 } city ? city : name;

    /// <summary>Printed unit names are sometimes numbered ("1. Divisi Keuangan"); the number is not part of the name.</summary>
    private static string Shorten(string name) => ListNumber().Replace(name, string.Empty).Trim();

    [GeneratedRegex(@"^(?:KPU|KIP)\s+(?:Provinsi|Kabupaten|Kota)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWords();

    [GeneratedRegex(@"^\s*\(\d+\)\s*")]
    private static partial Regex ProvinceCode();

    [GeneratedRegex(@"^\d+[.)]\s*")]
    private static partial Regex ListNumber();
}
