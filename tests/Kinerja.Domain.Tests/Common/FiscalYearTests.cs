using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class FiscalYearTests
{
    [Theory]
    [InlineData(FiscalYear.First)]
    [InlineData(2018)]
    [InlineData(2023)]
    [InlineData(FiscalYear.Last)]
    public void Years_in_range_are_accepted(int value)
    {
        var year = new FiscalYear(value);

        Assert.Equal(value, year.Value);
        Assert.Equal(value.ToString(System.Globalization.CultureInfo.InvariantCulture), year.ToString());
    }

    [Theory]
    [InlineData(2009)]
    [InlineData(2101)]
    [InlineData(0)]
    [InlineData(2109 * 10)]
    public void Years_out_of_range_are_rejected(int value)
    {
        var error = Assert.Throws<RuleViolationException>(() => new FiscalYear(value));

        Assert.Equal("YEAR_INVALID", error.Code);
    }

    [Fact]
    public void Next_and_comparison_follow_the_calendar()
    {
        var year = new FiscalYear(2022);

        Assert.Equal(new FiscalYear(2023), year.Next());
        Assert.True(year < year.Next());
        Assert.True(year.Next() >= year);
        Assert.Equal(-1, year.CompareTo(new FiscalYear(2023)));
    }

    [Fact]
    public void Next_of_the_last_year_is_rejected()
    {
        var error = Assert.Throws<RuleViolationException>(() => new FiscalYear(FiscalYear.Last).Next());

        Assert.Equal("YEAR_INVALID", error.Code);
    }
}
