using Kinerja.Domain.Common;

namespace Kinerja.Domain.Budgeting;

public enum BudgetChangeKind
{
    Added,
    Removed,
    Changed,
}

/// <summary>How one code differs between two versions: its totals before and after (zero where it did not exist).</summary>
public sealed record BudgetChange(BudgetCode Code, string Title, BudgetChangeKind Kind, Rupiah Before, Rupiah After)
{
    public Rupiah Difference => After - Before;
}

public static class BudgetComparison
{
    /// <summary>Two versions of different work units or years have no common history to compare.</summary>
    public const string SameBudgetRequired = "BUDGET_COMPARE_OTHER_BUDGET";

    /// <summary>How much the whole budget grew (positive) or shrank from <paramref name="before"/> to <paramref name="after"/>.</summary>
    public static Rupiah TotalDifference(BudgetVersion before, BudgetVersion after) => after.Total - before.Total;

    /// <summary>Every code whose presence, title or total differs from <paramref name="before"/> to <paramref name="after"/>, in code order.</summary>
    public static IReadOnlyList<BudgetChange> Compare(BudgetVersion before, BudgetVersion after)
    {
        Rule.Require(
            before.WorkUnitId == after.WorkUnitId && before.Year == after.Year,
            SameBudgetRequired,
            $"Hanya versi anggaran satuan kerja dan tahun yang sama yang dapat dibandingkan ({before.Label} {before.Year} dan {after.Label} {after.Year} berasal dari anggaran yang berbeda).");
        var old = before.Lines.ToDictionary(l => l.Code);
        var now = after.Lines.ToDictionary(l => l.Code);
        var changes = new List<BudgetChange>();
        foreach (var code in old.Keys.Union(now.Keys).Order())
        {
            var was = old.GetValueOrDefault(code);
            var isNow = now.GetValueOrDefault(code);
            var beforeTotal = was is null ? Rupiah.Zero : before.AmountsOf(was).Total;
            var afterTotal = isNow is null ? Rupiah.Zero : after.AmountsOf(isNow).Total;
            if (was is null)
            {
                changes.Add(new BudgetChange(code, isNow!.Title, BudgetChangeKind.Added, beforeTotal, afterTotal));
            }
            else if (isNow is null)
            {
                changes.Add(new BudgetChange(code, was.Title, BudgetChangeKind.Removed, beforeTotal, afterTotal));
            }
            else if (beforeTotal != afterTotal || was.Title != isNow.Title || was.Volume != isNow.Volume)
            {
                changes.Add(new BudgetChange(code, isNow.Title, BudgetChangeKind.Changed, beforeTotal, afterTotal));
            }
        }

        return changes;
    }
}
