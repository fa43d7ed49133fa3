using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Planning;

public class PeriodTests
{
    [Theory]
    [InlineData("T1", ScheduleStyle.Quarterly, 1)]
    [InlineData("T4", ScheduleStyle.Quarterly, 4)]
    [InlineData("t2", ScheduleStyle.Quarterly, 2)]
    [InlineData("B1", ScheduleStyle.Monthly, 1)]
    [InlineData("B12", ScheduleStyle.Monthly, 12)]
    [InlineData(" b7 ", ScheduleStyle.Monthly, 7)]
    public void Parse_reads_quarters_and_months(string code, ScheduleStyle style, int number)
    {
        var period = Period.Parse(code);

        Assert.Equal(style, period.Style);
        Assert.Equal(number, period.Number);
        Assert.Equal(code.Trim().ToUpperInvariant(), period.Code);
    }

    [Theory]
    [InlineData("T5")]
    [InlineData("T0")]
    [InlineData("B0")]
    [InlineData("B13")]
    [InlineData("X1")]
    [InlineData("T")]
    [InlineData("T+1")]
    [InlineData("")]
    public void Parse_rejects_what_is_not_a_period(string code)
    {
        var error = Assert.Throws<RuleViolationException>(() => Period.Parse(code));

        Assert.Equal("PERIOD_INVALID", error.Code);
    }

    [Theory]
    [InlineData("B1", "T1")]
    [InlineData("B3", "T1")]
    [InlineData("B4", "T2")]
    [InlineData("B6", "T2")]
    [InlineData("B7", "T3")]
    [InlineData("B10", "T4")]
    [InlineData("B12", "T4")]
    [InlineData("T3", "T3")]
    public void QuarterOf_gives_the_quarter_a_month_falls_in(string period, string quarter)
    {
        Assert.Equal(Period.Parse(quarter), Period.Parse(period).QuarterOf());
    }

    [Fact]
    public void All_lists_four_quarters_or_twelve_months_in_order()
    {
        string[] quarters = ["T1", "T2", "T3", "T4"];
        Assert.Equal(quarters, Period.All(ScheduleStyle.Quarterly).Select(p => p.Code));
        Assert.Equal(12, Period.All(ScheduleStyle.Monthly).Count);
        Assert.Equal("B12", Period.All(ScheduleStyle.Monthly)[^1].Code);
        Assert.Empty(Period.All(ScheduleStyle.None));
    }
}
