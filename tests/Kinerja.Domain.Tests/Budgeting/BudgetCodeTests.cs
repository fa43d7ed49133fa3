using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Budgeting;

public class BudgetCodeTests
{
    [Theory]
    [InlineData("076.01.01", BudgetLevel.Program)]
    [InlineData("076.01.06", BudgetLevel.Program)]
    [InlineData("076.01.WA", BudgetLevel.Program)]
    [InlineData("076.01.CQ", BudgetLevel.Program)]
    [InlineData("3355", BudgetLevel.Activity)]
    [InlineData("3355.EBA", BudgetLevel.OutputClass)]
    [InlineData("3355.003", BudgetLevel.Output)]
    [InlineData("3355.EBA.994", BudgetLevel.Output)]
    [InlineData("3355.003.051", BudgetLevel.Component)]
    [InlineData("3355.EBA.994.051", BudgetLevel.Component)]
    public void TryParse_reads_the_level_from_the_shape(string text, BudgetLevel level)
    {
        Assert.True(BudgetCode.TryParse(text, out var code));
        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("(3355.003)", "3355.003")]
    [InlineData(" 3355.eba.994 ", "3355.EBA.994")]
    [InlineData("[076.01.wa]", "076.01.WA")]
    public void TryParse_normalises_brackets_case_and_spaces(string text, string value)
    {
        Assert.Equal(value, BudgetCode.Parse(text).Value);
        Assert.Equal(BudgetCode.Parse(value), BudgetCode.Parse(text));
    }

    [Theory]
    [InlineData("3355.003", "3355")]
    [InlineData("3355.EBA", "3355")]
    [InlineData("3355.EBA.994", "3355.EBA")]
    [InlineData("3355.003.051", "3355.003")]
    [InlineData("3355.EBA.994.051", "3355.EBA.994")]
    public void Parent_is_the_code_one_level_up(string text, string parent)
    {
        var code = BudgetCode.Parse(text);

        Assert.Equal(BudgetCode.Parse(parent), code.Parent);
        Assert.True(BudgetCode.Parse(parent).IsParentOf(code));
    }

    [Theory]
    [InlineData("076.01.01")]
    [InlineData("3355")]
    public void Programs_and_activities_have_no_parent_in_their_code(string text)
    {
        Assert.Null(BudgetCode.Parse(text).Parent);
    }

    [Theory]
    [InlineData("3356", "3355.003")]
    [InlineData("3355", "3355.EBA.994")]
    [InlineData("3355", "3355.003.051")]
    [InlineData("076.01.01", "3355")]
    public void IsParentOf_only_holds_one_level_down_in_the_same_branch(string parent, string child)
    {
        Assert.False(BudgetCode.Parse(parent).IsParentOf(BudgetCode.Parse(child)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("076")]
    [InlineData("076.01")]
    [InlineData("076.1.01")]
    [InlineData("335")]
    [InlineData("33555")]
    [InlineData("3355.03")]
    [InlineData("3355.EB")]
    [InlineData("3355.EBA.99")]
    [InlineData("3355.003.51")]
    [InlineData("3355-003")]
    [InlineData("abc")]
    public void TryParse_rejects_what_is_not_a_code(string? text)
    {
        Assert.False(BudgetCode.TryParse(text, out _));
    }

    [Fact]
    public void Parse_of_an_invalid_code_names_the_rule()
    {
        var error = Assert.Throws<RuleViolationException>(() => BudgetCode.Parse("3355.03"));

        Assert.Equal("BUDGET_CODE_INVALID", error.Code);
    }

    [Fact]
    public void Codes_sort_in_code_order()
    {
        string[] codes = ["3355.003", "076.01.01", "3356", "3355"];

        var sorted = codes.Select(BudgetCode.Parse).Order().Select(c => c.Value).ToArray();

        string[] expected = ["076.01.01", "3355", "3355.003", "3356"];
        Assert.Equal(expected, sorted);
    }
}
