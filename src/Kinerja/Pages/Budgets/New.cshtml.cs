using System.Globalization;
using Kinerja.Budgeting;
using Kinerja.Changes;
using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Planning;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Pages.Budgets;

/// <summary>
/// Starts a work unit's budget for a year: an empty DIPA Awal, or (<c>dari=tahun-sebelumnya</c>) one holding the lines of
/// the previous year's newest version; refused when the year already has one.
/// </summary>
public sealed class NewModel(KinerjaDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<WorkUnitNode> Units { get; private set; } = [];

    public string? WorkUnitId { get; private set; }

    public string? Year { get; private set; }

    public string? DipaNumber { get; private set; }

    public string? DipaDate { get; private set; }

    public Dictionary<string, string> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>The newest version of the budget that already exists for the unit and year asked for.</summary>
    public BudgetVersionLink? Existing { get; private set; }

    public async Task OnGetAsync(Guid? workUnitId, int? year, CancellationToken cancellationToken)
    {
        Units = await WorkUnitQueries.TreeAsync(db, cancellationToken);
        WorkUnitId = workUnitId?.ToString();
        Year = (year ?? clock.GetUtcNow().Year).ToString(CultureInfo.InvariantCulture);
    }

    public async Task<IActionResult> OnPostAsync(string? workUnitId, string? year, string? dipaNumber, string? dipaDate, string? dari, CancellationToken cancellationToken)
    {
        (WorkUnitId, Year, DipaNumber, DipaDate) = (workUnitId, year, dipaNumber, dipaDate);
        Units = await WorkUnitQueries.TreeAsync(db, cancellationToken);

        var unitId = Guid.TryParse(workUnitId, out var parsed) && Units.Any(u => u.Id == parsed) ? parsed : (Guid?)null;
        if (unitId is null)
        {
            Errors["workUnitId"] = "Pilih satuan kerja.";
        }

        FiscalYear? fiscalYear = null;
        try
        {
            fiscalYear = int.TryParse(Digits.ToAsciiOrNull(year)?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? new FiscalYear(value)
                : throw new RuleViolationException("YEAR_INVALID", "Tahun anggaran diisi dengan empat angka, misalnya 2026.");
        }
        catch (RuleViolationException e)
        {
            Errors["year"] = e.Message;
        }

        DateOnly? date = null;
        try
        {
            date = DateInput.Read(dipaDate);
        }
        catch (RuleViolationException e)
        {
            Errors["dipaDate"] = e.Message;
        }

        if (Errors.Count > 0)
        {
            return Refuse(StatusCodes.Status422UnprocessableEntity);
        }

        if (await ExistingAsync(unitId!.Value, fiscalYear!.Value, cancellationToken))
        {
            return Refuse(StatusCodes.Status409Conflict);
        }

        BudgetVersion budget;
        string? origin = null;
        try
        {
            if (dari == "tahun-sebelumnya")
            {
                var previous = fiscalYear!.Value.Value > FiscalYear.First
                    ? await BudgetQueries.LatestAsync(db, unitId!.Value, new FiscalYear(fiscalYear.Value.Value - 1), cancellationToken)
                    : null;
                if (previous is null)
                {
                    Errors["year"] = $"Tahun {fiscalYear.Value.Value - 1} belum memiliki anggaran untuk disalin.";
                    return Refuse(StatusCodes.Status422UnprocessableEntity);
                }

                budget = previous.CarryTo(fiscalYear.Value);
                origin = $"disalin dari {previous.Label} tahun {previous.Year} ({budget.Lines.Count} baris, pagu {IdFormat.Rupiah(budget.Total.Value)})";
            }
            else
            {
                budget = BudgetVersion.CreateOriginal(unitId!.Value, fiscalYear!.Value, dipaNumber, date);
            }
        }
        catch (RuleViolationException e)
        {
            Errors["dipaNumber"] = e.Message;
            return Refuse(StatusCodes.Status422UnprocessableEntity);
        }

        db.BudgetVersions.Add(budget);
        var dipa = budget.DipaNumber is null ? "belum bernomor DIPA" : $"DIPA {budget.DipaNumber}";
        ChangeLog.Record(db, ChangeSubject.Budget, budget.Id, budget.WorkUnitId, budget.Revision, clock.GetUtcNow(), $"{budget.Label} tahun {budget.Year} dibuat{(origin is null ? string.Empty : ", " + origin)}, {dipa}.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone else may have started this budget a moment earlier: the unit/year/number index refuses the second one.
            db.ChangeTracker.Clear();
            if (await ExistingAsync(unitId.Value, fiscalYear.Value, cancellationToken))
            {
                return Refuse(StatusCodes.Status409Conflict);
            }

            throw;
        }

        return Redirect(Url.Page("/Budgets/Details", new { id = budget.Id })!);
    }

    private async Task<bool> ExistingAsync(Guid unitId, FiscalYear year, CancellationToken cancellationToken)
    {
        var versions = await BudgetVersionQueries.VersionsAsync(db, unitId, year, cancellationToken);
        if (versions.Count == 0)
        {
            return false;
        }

        Existing = versions[^1];
        var unitName = Units.First(u => u.Id == unitId).Name;
        Errors["workUnitId"] = $"Anggaran {unitName} tahun {year} sudah ada ({Existing.Label}); DIPA Awal hanya dibuat sekali. Ubah versi terbarunya atau buat revisi di sana.";
        return true;
    }

    private PageResult Refuse(int status)
    {
        var page = Page();
        page.StatusCode = status;
        return page;
    }
}
