using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using static Kinerja.Domain.Tests.Budgeting.BudgetVersionTests;

namespace Kinerja.Domain.Tests.Budgeting;

public class BudgetComparisonTests
{
    [Fact]
    public void An_unchanged_revision_has_no_changes()
    {
        var (original, _, _, _) = SmallTree();

        Assert.Empty(BudgetComparison.Compare(original, original.Revise(null, null)));
    }

    [Fact]
    public void Compare_lists_added_removed_and_changed_codes_in_code_order()
    {
        var (original, _, _, _) = SmallTree();
        var revision = original.Revise(null, null);
        var activity = revision.Find(Code("3355"))!;
        revision.ChangeAmounts(revision.Find(Code("3355.003"))!, new Rupiah(32_000_000), new Rupiah(5_000_000));
        revision.RemoveLine(revision.Find(Code("3355.004"))!);
        revision.AddLine(activity, Code("3355.005"), "Laporan baru", baseline: new Rupiah(8_000_000));

        var changes = BudgetComparison.Compare(original, revision);

        BudgetChange[] expected =
        [
            new(Code("076.01.01"), "Program dukungan manajemen", BudgetChangeKind.Changed, new Rupiah(35_000_000), new Rupiah(45_000_000)),
            new(Code("3355"), "Kegiatan pengelolaan data", BudgetChangeKind.Changed, new Rupiah(35_000_000), new Rupiah(45_000_000)),
            new(Code("3355.003"), "Laporan data", BudgetChangeKind.Changed, new Rupiah(25_000_000), new Rupiah(37_000_000)),
            new(Code("3355.004"), "Laporan keuangan", BudgetChangeKind.Removed, new Rupiah(10_000_000), Rupiah.Zero),
            new(Code("3355.005"), "Laporan baru", BudgetChangeKind.Added, Rupiah.Zero, new Rupiah(8_000_000)),
        ];
        Assert.Equal(expected, changes);
        Assert.Equal(new Rupiah(10_000_000), changes[0].Difference);
        Assert.Equal(new Rupiah(12_000_000), changes[2].Difference);
        Assert.Equal(new Rupiah(-10_000_000), changes[3].Difference);
        Assert.Equal(new Rupiah(8_000_000), changes[4].Difference);
    }

    [Fact]
    public void A_new_title_or_volume_with_the_same_amount_is_a_change()
    {
        var (original, _, _, _) = SmallTree();
        var revision = original.Revise(null, null);
        revision.ChangeLine(revision.Find(Code("3355.003"))!, "Laporan data pemilih", Volume.Parse("1.00 Laporan"));
        revision.ChangeLine(revision.Find(Code("3355.004"))!, "Laporan keuangan", Volume.Parse("4.00 Laporan"));

        var changes = BudgetComparison.Compare(original, revision);

        Assert.Equal(["3355.003", "3355.004"], changes.Select(c => c.Code.Value).ToArray());
        Assert.All(changes, c => Assert.Equal(BudgetChangeKind.Changed, c.Kind));
        Assert.All(changes, c => Assert.Equal(Rupiah.Zero, c.Difference));
        Assert.Equal("Laporan data pemilih", changes[0].Title);
    }

    [Fact]
    public void The_probolinggo_style_revision_raises_the_total()
    {
        var original = NewBudget();
        original.AddLine(null, Code("076.01.WA"), "Program dukungan manajemen", baseline: new Rupiah(3_178_163_000));
        var revision = original.Revise(null, null);
        revision.ChangeAmounts(revision.Find(Code("076.01.WA"))!, new Rupiah(4_451_669_000), null);

        var change = Assert.Single(BudgetComparison.Compare(original, revision));

        Assert.Equal(BudgetChangeKind.Changed, change.Kind);
        Assert.Equal(new Rupiah(1_273_506_000), change.Difference);
    }

    [Fact]
    public void TotalDifference_is_what_the_revision_added_to_the_whole_budget()
    {
        var (original, _, _, _) = SmallTree();
        var revision = original.Revise(null, null);
        revision.ChangeAmounts(revision.Find(Code("3355.003"))!, new Rupiah(32_000_000), new Rupiah(5_000_000));
        revision.RemoveLine(revision.Find(Code("3355.004"))!);

        Assert.Equal(new Rupiah(2_000_000), BudgetComparison.TotalDifference(original, revision));
        Assert.Equal(new Rupiah(-2_000_000), BudgetComparison.TotalDifference(revision, original));
    }

    [Fact]
    public void Versions_of_different_budgets_are_not_compared()
    {
        var (serang, _, _, _) = SmallTree();
        var (lebak, _, _, _) = SmallTree();
        var nextYear = BudgetVersion.CreateOriginal(serang.WorkUnitId, new FiscalYear(2023));

        var otherUnit = Assert.Throws<RuleViolationException>(() => BudgetComparison.Compare(serang, lebak));
        var otherYear = Assert.Throws<RuleViolationException>(() => BudgetComparison.Compare(serang, nextYear));

        Assert.Equal(BudgetComparison.SameBudgetRequired, otherUnit.Code);
        Assert.Equal(BudgetComparison.SameBudgetRequired, otherYear.Code);
    }
}
