using System.Text.RegularExpressions;
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

public sealed record StoreResult(StoreOutcome Outcome, string Message, string? WorkUnit = null);

/// <summary>
/// Stores an imported document whole or not at all: the work unit it belongs to (found by satker code or name, or
/// created when the document says where it sits), its plans and budget versions, and the record of the import, in one
/// SaveChanges. A document with reading errors, or whose plans already exist, is refused with the reason.
/// </summary>
public sealed partial class ImportStore(KinerjaDbContext db, TimeProvider clock)
{
    public async Task<StoreResult> StoreAsync(ImportedDocument document, string? provinceHint = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        db.ChangeTracker.Clear();
        if (document.HasErrors)
        {
            var first = document.Findings.First(f => f.Severity == Severity.Error);
            return new StoreResult(StoreOutcome.Refused, $"Tidak disimpan: dokumen memuat kesalahan ({first.Code}: {first.Message}).");
        }

        if (document.Year is not (>= FiscalYear.First and <= FiscalYear.Last) || document.WorkUnit is null)
        {
            return new StoreResult(StoreOutcome.Refused, document.WorkUnit is null
                ? "Tidak disimpan: satuan kerja tidak disebut dalam dokumen."
                : "Tidak disimpan: tahun dokumen tidak ditemukan.");
        }

        var existing = await db.Set<ImportRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.ContentHash == document.ContentHash, cancellationToken);
        if (existing is not null)
        {
            return new StoreResult(StoreOutcome.AlreadyImported, $"Sudah ada: dokumen yang sama diimpor {Kinerja.Domain.Common.IdFormat.Date(DateOnly.FromDateTime(existing.ImportedAt.UtcDateTime))} dari {existing.FileName}; tidak disimpan lagi.");
        }

        var year = new FiscalYear(document.Year.Value);
        var (unit, problem) = await WorkUnitAsync(document.WorkUnit, provinceHint, cancellationToken);
        if (unit is null)
        {
            return new StoreResult(StoreOutcome.Refused, problem!);
        }

        var findings = new List<ImportFinding>();
        var plans = new List<PerformancePlan>();
        foreach (var imported in document.Plans)
        {
            var mapped = PlanMapper.ToPlan(imported, unit.Id, year, (entity, name) => unit.OrganisationalUnitNamed(entity, Shorten(name)).Id, findings);
            if (mapped is null)
            {
                return new StoreResult(StoreOutcome.Refused, "Tidak disimpan: " + findings[^1].Message, unit.Name);
            }

            if (await db.Plans.AnyAsync(p => p.WorkUnitId == unit.Id && p.Year == year && p.Entity == imported.Entity && p.Kind == imported.Kind, cancellationToken)
                || plans.Any(p => p.Entity == imported.Entity && p.Kind == imported.Kind))
            {
                return new StoreResult(StoreOutcome.Refused, $"Tidak disimpan: {PerformancePlan.Label(imported.Kind)} {(imported.Entity == EntityKind.Commission ? "KPU" : "Sekretariat")} {unit.Name} tahun {year} sudah ada.", unit.Name);
            }

            plans.Add(mapped.Plan);
        }

        var versions = new List<BudgetVersion>();
        // A PK prints its budget per program as a summary of the DIPA; the budget itself comes from the RKA or DIPA.
        if (document.Kind != DocumentKind.Pk && document.Budget is { } budget && (budget.Lines.Count > 0 || budget.Revisions.Count > 0))
        {
            if (await db.BudgetVersions.AnyAsync(b => b.WorkUnitId == unit.Id && b.Year == year, cancellationToken))
            {
                return new StoreResult(StoreOutcome.Refused, $"Tidak disimpan: anggaran {unit.Name} tahun {year} sudah ada; revisi dibuat di aplikasi.", unit.Name);
            }

            versions.AddRange(BudgetMapper.ToVersions(budget, unit.Id, year, findings));
            if (findings.Any(f => f.Severity == Severity.Error))
            {
                return new StoreResult(StoreOutcome.Refused, "Tidak disimpan: " + findings.First(f => f.Severity == Severity.Error).Message, unit.Name);
            }
        }

        db.Plans.AddRange(plans);
        db.BudgetVersions.AddRange(versions);
        db.Add(new ImportRecord(document.ContentHash, document.File, document.Kind, year.Value, unit.Id, clock.GetUtcNow(), plans.Count, versions.Count));
        await db.SaveChangesAsync(cancellationToken);
        return new StoreResult(StoreOutcome.Stored, $"Disimpan ke {unit.Name}: {plans.Count} rencana, {versions.Count} versi anggaran.", unit.Name);
    }

    /// <summary>The work unit the document belongs to: by satker code, then by name; created when the document (or the hint) says where it sits.</summary>
    private async Task<(WorkUnit? Unit, string? Problem)> WorkUnitAsync(ImportedWorkUnit named, string? provinceHint, CancellationToken cancellationToken)
    {
        var units = await db.WorkUnits.ToListAsync(cancellationToken);
        var unit = (named.SatkerCode is { } code ? units.FirstOrDefault(u => u.SatkerCode == code) : null)
            ?? units.FirstOrDefault(u => WorkUnit.SameName(u.Name, named.Name));
        if (unit is not null)
        {
            if (named.SatkerCode is { } satker && unit.SatkerCode is null && units.All(u => u.SatkerCode != satker))
            {
                unit.AssignSatkerCode(satker);
            }

            return (unit, null);
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
                return (null, $"Tidak disimpan: {named.Name} belum terdaftar dan dokumen tidak menyebut provinsinya; daftarkan dahulu atau ulangi dengan --province \"Nama Provinsi\".");
            }

            var provinceFull = "KPU Provinsi " + DocumentHeader.TitleCase(provinceName.Replace("Provinsi", string.Empty, StringComparison.OrdinalIgnoreCase).Trim());
            var province = units.FirstOrDefault(u => u.Level == WorkUnitLevel.Province && WorkUnit.SameName(u.Name, provinceFull));
            if (province is null)
            {
                province = WorkUnit.CreateProvince(provinceFull, nation, named.Province, CityOf(provinceFull));
                db.WorkUnits.Add(province);
            }

            unit = WorkUnit.CreateRegencyCity(named.Name, province, named.Location, CityOf(named.Name));
        }

        if (named.SatkerCode is { } newCode)
        {
            unit.AssignSatkerCode(newCode);
        }

        db.WorkUnits.Add(unit);
        return (unit, null);
    }

    /// <summary>The place printed in signature blocks: the city or regency without its level ("KPU Kota Serang" → "Serang").</summary>
    private static string CityOf(string name) =>
        LevelWords().Replace(name, string.Empty).Trim() is { Length: > 0 } city ? city : name;

    /// <summary>Printed unit names are sometimes numbered ("1. Divisi Keuangan"); the number is not part of the name.</summary>
    private static string Shorten(string name) => ListNumber().Replace(name, string.Empty).Trim();

    [GeneratedRegex(@"^(?:KPU|KIP)\s+(?:Provinsi|Kabupaten|Kota)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LevelWords();

    [GeneratedRegex(@"^\d+[.)]\s*")]
    private static partial Regex ListNumber();
}
