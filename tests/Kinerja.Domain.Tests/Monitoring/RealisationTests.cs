using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Monitoring;

public class RealisationTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_is_not_reported(string? text)
    {
        var realisation = Realisation.Parse(text);

        Assert.Equal(RealisationKind.NotReported, realisation.Kind);
        Assert.Null(realisation.Reading);
        Assert.Null(realisation.Number);
        Assert.Equal(string.Empty, realisation.Display());
    }

    [Theory]
    [InlineData("n/a")]
    [InlineData("N/A")]
    [InlineData("n.a.")]
    [InlineData("NA")]
    [InlineData("tidak berlaku")]
    [InlineData("Tdk berlaku")]
    public void Not_applicable_spellings_are_not_applicable(string text)
    {
        var realisation = Realisation.Parse(text);

        Assert.Equal(RealisationKind.NotApplicable, realisation.Kind);
        Assert.Equal(text, realisation.Text);
        Assert.Equal("n/a", realisation.Display());
    }

    [Theory]
    [InlineData("0", TargetKind.Index, 0)]
    [InlineData("0%", TargetKind.Percentage, 0)]
    [InlineData("97,5 %", TargetKind.Percentage, 97.5)]
    [InlineData("97.5 %", TargetKind.Percentage, 97.5)]
    [InlineData("4 lap", TargetKind.Quantity, 4)]
    [InlineData("3,4", TargetKind.Index, 3.4)]
    public void Numbers_read_as_in_targets(string text, TargetKind kind, decimal number)
    {
        var realisation = Realisation.Parse(text);

        Assert.Equal(RealisationKind.Value, realisation.Kind);
        Assert.Equal(kind, realisation.Reading!.Value.Kind);
        Assert.Equal(number, realisation.Number);
        Assert.True(realisation.IsNumeric);
        Assert.Equal(text, realisation.Text);
    }

    [Theory]
    [InlineData("WTP", TargetKind.AuditOpinion, "WTP")]
    [InlineData("BB", TargetKind.Grade, "BB")]
    [InlineData("6 kec. 29 kel", TargetKind.CompoundCount, "6 kec. 29 kel")]
    [InlineData("-", TargetKind.Text, "-")]
    [InlineData("sudah dilaksanakan", TargetKind.Text, "sudah dilaksanakan")]
    public void Other_values_read_as_in_targets(string text, TargetKind kind, string display)
    {
        var realisation = Realisation.Parse(text);

        Assert.Equal(RealisationKind.Value, realisation.Kind);
        Assert.Equal(kind, realisation.Reading!.Value.Kind);
        Assert.False(realisation.IsNumeric);
        Assert.Equal(display, realisation.Display());
    }

    [Fact]
    public void Blank_zero_and_not_applicable_are_three_different_things()
    {
        var kinds = new[] { Realisation.Parse(""), Realisation.Parse("0"), Realisation.Parse("n/a") };

        Assert.Equal([RealisationKind.NotReported, RealisationKind.Value, RealisationKind.NotApplicable], kinds.Select(r => r.Kind));
        Assert.Equal(3, kinds.Distinct().Count());
        Assert.Equal(0m, kinds[1].Number);
    }

    [Theory]
    [InlineData("39/40", 39, 40, 97.5)]
    [InlineData("39 dari 40", 39, 40, 97.5)]
    [InlineData("3 / 4", 3, 4, 75)]
    [InlineData("1,5/2", 1.5, 2, 75)]
    public void Fractions_keep_numerator_and_denominator(string text, decimal numerator, decimal denominator, decimal percent)
    {
        var realisation = Realisation.Parse(text);

        Assert.Equal(RealisationKind.Value, realisation.Kind);
        Assert.Equal(TargetKind.Percentage, realisation.Reading!.Value.Kind);
        Assert.Equal(percent, realisation.Number);
        Assert.Equal(numerator, realisation.Numerator);
        Assert.Equal(denominator, realisation.Denominator);
        Assert.True(realisation.HasFraction);
    }

    [Fact]
    public void Zero_over_zero_is_not_applicable_but_keeps_its_zeros()
    {
        var realisation = Realisation.Fraction(0, 0);

        Assert.Equal(RealisationKind.NotApplicable, realisation.Kind);
        Assert.Equal(0m, realisation.Numerator);
        Assert.Equal(0m, realisation.Denominator);
    }

    [Theory]
    [InlineData(3, 0, "REALISATION_FRACTION")]
    [InlineData(-1, 4, "REALISATION_NEGATIVE")]
    public void Impossible_fractions_are_refused(decimal numerator, decimal denominator, string code)
    {
        var error = Assert.Throws<RuleViolationException>(() => Realisation.Fraction(numerator, denominator));

        Assert.Equal(code, error.Code);
    }

    [Theory]
    [InlineData(1234.5, TargetKind.Quantity, "lap", "1.234,5 lap")]
    [InlineData(97.5, TargetKind.Percentage, null, "97,5%")]
    [InlineData(3.4, TargetKind.Index, null, "3,4")]
    [InlineData(0.1234567, TargetKind.Index, null, "0,12")]
    public void Of_builds_a_value_that_reads_back_exactly(decimal value, TargetKind kind, string? unit, string display)
    {
        var realisation = Realisation.Of(value, kind, unit);

        Assert.Equal(kind, realisation.Reading!.Value.Kind);
        Assert.Equal(value, realisation.Number);
        Assert.Equal(display, realisation.Display());
    }

    [Fact]
    public void Of_refuses_a_negative_value()
    {
        Assert.Equal("REALISATION_NEGATIVE", Assert.Throws<RuleViolationException>(() => Realisation.Of(-1m)).Code);
    }

    [Fact]
    public void Period_realisation_reads_period_and_value()
    {
        var reported = PeriodRealisation.Parse("T2", "97,5%");

        Assert.Equal(Period.Quarter(2), reported.Period);
        Assert.Equal(97.5m, reported.Value.Number);
    }
}
