using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Budgeting;

public class BudgetVersionTests
{
    [Fact]
    public void An_activity_must_sit_under_a_program()
    {
        var budget = NewBudget();

        var error = Assert.Throws<RuleViolationException>(() => budget.AddLine(null, Code("3355"), "Kegiatan tanpa program"));

        Assert.Equal("BUDGET_TREE", error.Code);
        Assert.Empty(budget.Lines);
    }

    [Theory]
    [InlineData("076.01.01", "3355.003")]
    [InlineData("076.01.01", "076.01.06")]
    [InlineData("3356", "3355.003")]
    [InlineData("3355", "3355.EBA.994")]
    [InlineData("3355", "3355.003.051")]
    [InlineData("3355.003", "3356.003.051")]
    public void A_line_must_sit_directly_under_its_parent(string parentCode, string childCode)
    {
        var budget = NewBudget();
        var program = budget.AddLine(null, Code("076.01.01"), "Program dukungan manajemen");
        var parent = Code(parentCode) == program.Code
            ? program
            : AddPath(budget, program, parentCode);

        var error = Assert.Throws<RuleViolationException>(() => budget.AddLine(parent, Code(childCode), "Baris uji"));

        Assert.Equal("BUDGET_TREE", error.Code);
        Assert.Null(budget.Find(Code(childCode)));
    }

    [Theory]
    [InlineData("3355", "3355.003")]
    [InlineData("3355", "3355.EBA")]
    [InlineData("3355.EBA", "3355.EBA.994")]
    [InlineData("3355.003", "3355.003.051")]
    public void A_line_directly_under_its_parent_is_accepted(string parentCode, string childCode)
    {
        var budget = NewBudget();
        var program = budget.AddLine(null, Code("076.01.WA"), "Program dukungan manajemen");
        var parent = AddPath(budget, program, parentCode);

        var line = budget.AddLine(parent, Code(childCode), "Baris uji");

        Assert.Equal(parent.Id, line.ParentId);
        Assert.Same(line, budget.Find(Code(childCode)));
    }

    [Fact]
    public void A_code_appears_once_per_version()
    {
        var budget = NewBudget();
        var program = budget.AddLine(null, Code("076.01.01"), "Program dukungan manajemen");
        budget.AddLine(program, Code("3355"), "Kegiatan satu");

        var error = Assert.Throws<RuleViolationException>(() => budget.AddLine(program, Code("3355"), "Kegiatan satu lagi"));

        Assert.Equal("BUDGET_CODE_DUPLICATE", error.Code);
        Assert.Equal(2, budget.Lines.Count);
    }

    [Fact]
    public void A_parent_from_another_version_is_refused()
    {
        var budget = NewBudget();
        var other = NewBudget();
        var foreignProgram = other.AddLine(null, Code("076.01.01"), "Program versi lain");

        var error = Assert.Throws<RuleViolationException>(() => budget.AddLine(foreignProgram, Code("3355"), "Kegiatan"));

        Assert.Equal("BUDGET_TREE", error.Code);
    }

    [Fact]
    public void Negative_amounts_are_refused()
    {
        var budget = NewBudget();

        var error = Assert.Throws<RuleViolationException>(() => budget.AddLine(null, Code("076.01.01"), "Program", baseline: new Rupiah(-1)));

        Assert.Equal("BUDGET_AMOUNT_NEGATIVE", error.Code);
    }

    [Fact]
    public void Lines_are_kept_in_printed_depth_first_order()
    {
        var budget = NewBudget();
        var p1 = budget.AddLine(null, Code("076.01.01"), "Program satu");
        var a1 = budget.AddLine(p1, Code("3355"), "Kegiatan satu");
        budget.AddLine(null, Code("076.01.06"), "Program dua");
        budget.AddLine(a1, Code("3355.003"), "Output satu");
        budget.AddLine(p1, Code("3356"), "Kegiatan dua");

        string[] expected = ["076.01.01", "3355", "3355.003", "3356", "076.01.06"];
        Assert.Equal(expected, budget.Lines.Select(l => l.Code.Value).ToArray());
        Assert.Equal(Enumerable.Range(0, 5), budget.Lines.Select(l => l.Position));
        Assert.Equal(2, budget.DepthOf(budget.Find(Code("3355.003"))!));
    }

    [Fact]
    public void AmountsOf_sums_the_children_and_Total_sums_the_programs()
    {
        var (budget, program, activity, _) = SmallTree();
        var second = budget.AddLine(null, Code("076.01.06"), "Program dua", baseline: new Rupiah(7_000_000));

        Assert.Equal(new BudgetAmounts(new Rupiah(30_000_000), new Rupiah(5_000_000)), budget.AmountsOf(activity));
        Assert.Equal(new Rupiah(35_000_000), budget.AmountsOf(program).Total);
        Assert.Equal(new Rupiah(7_000_000), budget.AmountsOf(second).Total);
        Assert.Equal(new Rupiah(42_000_000), budget.Total);
        Assert.Equal([program, second], budget.Programs.ToArray());
    }

    [Fact]
    public void Outputs_lists_the_output_lines_only()
    {
        var (budget, _, _, output) = SmallTree();
        var component = budget.AddLine(output, Code("3355.003.051"), "Komponen", baseline: new Rupiah(1));

        string[] expected = ["3355.003", "3355.004"];
        Assert.Equal(expected, budget.Outputs.Select(o => o.Code.Value).ToArray());
        Assert.DoesNotContain(component, budget.Outputs);
    }

    [Fact]
    public void RemoveLine_removes_the_branch()
    {
        var (budget, program, activity, _) = SmallTree();

        budget.RemoveLine(activity);

        Assert.Equal([program], budget.Lines.ToArray());
        Assert.Equal(Rupiah.Zero, budget.Total);
    }

    [Fact]
    public void Revise_copies_every_line_with_new_ids()
    {
        var (original, _, _, output) = SmallTree();
        original.AddStatement(output, StatementKind.OutputIndicator, "01", "Jumlah laporan yang tersusun");
        original.StateCeiling(new Rupiah(35_000_000));

        var revision = original.Revise("SP DIPA-076.01.2.000000/2022", new DateOnly(2022, 6, 1));

        Assert.Equal(1, revision.Number);
        Assert.Equal("Revisi ke-1", revision.Label);
        Assert.Equal("DIPA Awal", original.Label);
        Assert.Equal(original.Id, revision.PreviousVersionId);
        Assert.NotEqual(original.Id, revision.Id);
        Assert.Equal(original.WorkUnitId, revision.WorkUnitId);
        Assert.Equal(original.Year, revision.Year);
        Assert.Null(revision.StatedCeiling);
        Assert.Equal(original.Lines.Count, revision.Lines.Count);
        Assert.Empty(original.Lines.Select(l => l.Id).Intersect(revision.Lines.Select(l => l.Id)));
        for (var i = 0; i < original.Lines.Count; i++)
        {
            var was = original.Lines[i];
            var copy = revision.Lines[i];
            Assert.Equal(was.Code, copy.Code);
            Assert.Equal(was.Title, copy.Title);
            Assert.Equal(was.Volume, copy.Volume);
            Assert.Equal(was.Baseline, copy.Baseline);
            Assert.Equal(was.NewInitiative, copy.NewInitiative);
            Assert.Equal(was.StatedTotal, copy.StatedTotal);
            Assert.Equal(was.Statements, copy.Statements);
            Assert.Equal(was.Position, copy.Position);
            var wasParent = original.Lines.SingleOrDefault(l => l.Id == was.ParentId)?.Code;
            var copyParent = revision.Lines.SingleOrDefault(l => l.Id == copy.ParentId)?.Code;
            Assert.Equal(wasParent, copyParent);
            Assert.Equal(was.ParentId is null, copy.ParentId is null);
        }

        Assert.Equal(original.Total, revision.Total);
    }

    [Fact]
    public void CarryTo_starts_next_years_DIPA_Awal_as_a_draft_with_every_line_and_leaves_this_version_as_it_was()
    {
        var (original, _, _, output) = SmallTree();
        original.AddStatement(output, StatementKind.OutputIndicator, "01", "Jumlah laporan yang tersusun");
        original.StateCeiling(new Rupiah(35_000_000));
        var revision = original.Revise("SP DIPA-076.01.2.000000/2022", new DateOnly(2022, 6, 1));
        var before = revision.Revision;

        var next = revision.CarryTo(new FiscalYear(revision.Year.Value + 1));

        Assert.Equal((0, "DIPA Awal", revision.Year.Value + 1), (next.Number, next.Label, next.Year.Value));
        Assert.Equal((null, null, null, null), (next.DipaNumber, next.DipaDate, next.StatedCeiling, next.PreviousVersionId));
        Assert.Equal(revision.Lines.Select(l => (l.Code, l.Title, l.Volume, l.Baseline, l.NewInitiative, l.Statements.Count)), next.Lines.Select(l => (l.Code, l.Title, l.Volume, l.Baseline, l.NewInitiative, l.Statements.Count)));
        Assert.Empty(revision.Lines.Select(l => l.Id).Intersect(next.Lines.Select(l => l.Id)));
        Assert.Equal(revision.Total, next.Total);
        Assert.Equal(before, revision.Revision);
        Assert.Equal("BUDGET_COPY_SAME_YEAR", Assert.Throws<RuleViolationException>(() => revision.CarryTo(revision.Year)).Code);
    }

    [Fact]
    public void Revise_counts_as_a_change_of_the_version_it_was_made_from()
    {
        var (original, _, _, _) = SmallTree();
        var before = original.Revision;

        var revision = original.Revise(null, null);

        Assert.Equal(before + 1, original.Revision);
        Assert.Equal(0, revision.Revision);
    }

    [Fact]
    public void Revise_twice_counts_the_revisions_and_keeps_the_dipa_number()
    {
        var original = BudgetVersion.CreateOriginal(Guid.NewGuid(), new FiscalYear(2022), "SP DIPA-076.01.2.111111/2022", new DateOnly(2021, 11, 24));

        var second = original.Revise(null, null).Revise(null, new DateOnly(2022, 9, 1));

        Assert.Equal(2, second.Number);
        Assert.Equal("Revisi ke-2", second.Label);
        Assert.Equal("SP DIPA-076.01.2.111111/2022", second.DipaNumber);
        Assert.Equal(new DateOnly(2022, 9, 1), second.DipaDate);
    }

    [Fact]
    public void Changing_a_revision_leaves_the_original_untouched()
    {
        var (original, program, activity, output) = SmallTree();
        var revision = original.Revise(null, null);
        var revisedOutput = revision.Find(output.Code)!;
        var revisedActivity = revision.Find(activity.Code)!;

        revision.ChangeAmounts(revisedOutput, new Rupiah(99_000_000), null);
        revision.ChangeLine(revisedOutput, "Uraian baru", Volume.Parse("2 Laporan"));
        revision.AddStatement(revisedOutput, StatementKind.OutputIndicator, null, "Indikator baru");
        revision.AddLine(revisedActivity, Code("3355.009"), "Output baru", baseline: new Rupiah(1_000_000));
        revision.RemoveLine(revision.Find(Code("3355.004"))!);

        Assert.Equal(new Rupiah(20_000_000), output.Baseline);
        Assert.Equal("Laporan data", output.Title);
        Assert.Equal(Volume.Parse("1.00 Laporan"), output.Volume);
        Assert.Empty(output.Statements);
        Assert.Equal(4, original.Lines.Count);
        Assert.NotNull(original.Find(Code("3355.004")));
        Assert.Null(original.Find(Code("3355.009")));
        Assert.Equal(new Rupiah(35_000_000), original.AmountsOf(program).Total);
        Assert.Equal(new Rupiah(100_000_000), revision.Total);
    }

    [Fact]
    public void A_line_of_another_version_cannot_be_changed_through_this_one()
    {
        var (original, _, _, output) = SmallTree();
        var revision = original.Revise(null, null);

        var error = Assert.Throws<RuleViolationException>(() => revision.ChangeAmounts(output, new Rupiah(1), null));

        Assert.Equal("BUDGET_TREE", error.Code);
        Assert.Equal(new Rupiah(20_000_000), output.Baseline);
    }

    internal static BudgetCode Code(string text) => BudgetCode.Parse(text);

    internal static BudgetVersion NewBudget() => BudgetVersion.CreateOriginal(Guid.NewGuid(), new FiscalYear(2022));

    /// <summary>Program 076.01.01 → activity 3355 → outputs 3355.003 (20 jt + 5 jt) and 3355.004 (10 jt).</summary>
    internal static (BudgetVersion Budget, BudgetLine Program, BudgetLine Activity, BudgetLine Output) SmallTree()
    {
        var budget = NewBudget();
        var program = budget.AddLine(null, Code("076.01.01"), "Program dukungan manajemen");
        var activity = budget.AddLine(program, Code("3355"), "Kegiatan pengelolaan data");
        var output = budget.AddLine(activity, Code("3355.003"), "Laporan data", Volume.Parse("1.00 Laporan"), new Rupiah(20_000_000), new Rupiah(5_000_000));
        budget.AddLine(activity, Code("3355.004"), "Laporan keuangan", Volume.Parse("3.00 Laporan"), new Rupiah(10_000_000));
        return (budget, program, activity, output);
    }

    private static BudgetLine AddPath(BudgetVersion budget, BudgetLine program, string code)
    {
        var target = Code(code);
        var chain = new List<BudgetCode>();
        for (BudgetCode? c = target; c is { } current; c = current.Parent)
        {
            chain.Insert(0, current);
        }

        var parent = program;
        foreach (var link in chain)
        {
            parent = budget.Find(link) ?? budget.AddLine(parent, link, "Baris " + link.Value);
        }

        return parent;
    }
}
