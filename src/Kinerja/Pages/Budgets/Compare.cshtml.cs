using Kinerja.Budgeting;
using Kinerja.Data;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Kinerja.Pages.Budgets;

/// <summary>What changed between two versions of one work unit's budget for a year, the older one always first.</summary>
public sealed class CompareModel(KinerjaDbContext db) : PageModel
{
    public BudgetVersion Version { get; private set; } = null!;

    public string UnitName { get; private set; } = string.Empty;

    public IReadOnlyList<BudgetVersionLink> Versions { get; private set; } = [];

    public Guid? OtherId { get; private set; }

    public BudgetVersion? Before { get; private set; }

    public BudgetVersion? After { get; private set; }

    public IReadOnlyList<BudgetChange> Changes { get; private set; } = [];

    public string? Problem { get; private set; }

    // dari is the picker's first version: a different one moves the comparison to that version's own address.
    public async Task<IActionResult> OnGetAsync(Guid id, Guid? dengan, Guid? dari, CancellationToken cancellationToken)
    {
        if (dari is { } from && from != id)
        {
            return Redirect(Url.Page("/Budgets/Compare", new { id = from, dengan })!);
        }

        var version = await BudgetVersionQueries.LoadAsync(db, id, tracked: false, cancellationToken);
        if (version is null)
        {
            return NotFound();
        }

        Version = version;
        UnitName = await BudgetVersionQueries.UnitNameAsync(db, version.WorkUnitId, cancellationToken) ?? string.Empty;
        Versions = await BudgetVersionQueries.VersionsAsync(db, version.WorkUnitId, version.Year, cancellationToken);
        OtherId = dengan ?? DefaultPartner(version);
        if (OtherId is not { } otherId)
        {
            Problem = $"Anggaran {UnitName} tahun {version.Year} baru memiliki satu versi; belum ada yang dapat dibandingkan.";
            return Page();
        }

        var other = await BudgetVersionQueries.LoadAsync(db, otherId, tracked: false, cancellationToken);
        if (other is null)
        {
            return NotFound();
        }

        var (before, after) = other.Number < version.Number ? (other, version) : (version, other);
        try
        {
            Changes = BudgetComparison.Compare(before, after);
        }
        catch (RuleViolationException e)
        {
            Problem = e.Message;
            var refused = Page();
            refused.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return refused;
        }

        (Before, After) = (before, after);
        return Page();
    }

    /// <summary>The version before this one; for the original DIPA, the revision after it.</summary>
    private Guid? DefaultPartner(BudgetVersion version) =>
        version.PreviousVersionId is { } previous && Versions.Any(v => v.Id == previous)
            ? previous
            : Versions.Where(v => v.Id != version.Id).OrderBy(v => Math.Abs(v.Number - version.Number)).Select(v => (Guid?)v.Id).FirstOrDefault();

    public static string KindLabel(BudgetChangeKind kind) => kind switch
    {
        BudgetChangeKind.Added => "Ditambahkan",
        BudgetChangeKind.Removed => "Dihapus",
        _ => "Diubah",
    };

    /// <summary>What else changed on a line that is in both versions: its title, volume and the split of its amounts.</summary>
    public IEnumerable<string> Details(BudgetChange change)
    {
        if (change.Kind != BudgetChangeKind.Changed || Before?.Find(change.Code) is not { } was || After?.Find(change.Code) is not { } now)
        {
            yield break;
        }

        if (was.Title != now.Title)
        {
            yield return $"Uraian: \"{was.Title}\" → \"{now.Title}\"";
        }

        if (was.Volume != now.Volume)
        {
            yield return $"Volume: {BudgetFormat.Volume(was.Volume)} → {BudgetFormat.Volume(now.Volume)}";
        }

        var (old, @new) = (Before.AmountsOf(was), After.AmountsOf(now));
        if (old.Baseline != @new.Baseline)
        {
            yield return $"Angka dasar: {IdFormat.Whole(old.Baseline.Value)} → {IdFormat.Whole(@new.Baseline.Value)}";
        }

        if (old.NewInitiative != @new.NewInitiative)
        {
            yield return $"Inisiatif baru: {IdFormat.Whole(old.NewInitiative.Value)} → {IdFormat.Whole(@new.NewInitiative.Value)}";
        }
    }

    public static string Trend(Rupiah difference) => difference.Value switch
    {
        > 0 => "up",
        < 0 => "down",
        _ => string.Empty,
    };
}
