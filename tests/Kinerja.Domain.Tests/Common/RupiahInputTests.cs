using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class RupiahInputTests
{
    [Theory]
    [InlineData("1.250.000", 1_250_000L)]
    [InlineData("Rp 1.250.000", 1_250_000L)]
    [InlineData("Rp1.250.000", 1_250_000L)]
    [InlineData("rp. 1.250.000,-", 1_250_000L)]
    [InlineData("1250000", 1_250_000L)]
    [InlineData(" 1.250.000,00 ", 1_250_000L)]
    [InlineData("0", 0L)]
    public void Read_takes_whole_amounts_as_people_type_them(string text, long expected)
    {
        Assert.Equal(new Rupiah(expected), RupiahInput.Read(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_field_is_no_amount(string? text)
    {
        Assert.Null(RupiahInput.Read(text));
    }

    [Theory]
    [InlineData("-1.250.000", RupiahInput.Negative)]
    [InlineData("Rp -5", RupiahInput.Negative)]
    [InlineData("\u22125.000", RupiahInput.Negative)]
    [InlineData("1.250.000,50", RupiahInput.Fraction)]
    [InlineData("1250,5", RupiahInput.Fraction)]
    [InlineData("Rp 1.250,75", RupiahInput.Fraction)]
    [InlineData("1250.5", RupiahInput.Fraction)]
    [InlineData("satu juta", RupiahInput.Invalid)]
    [InlineData("1.25.000", RupiahInput.Invalid)]
    [InlineData("12 000", RupiahInput.Invalid)]
    public void Read_names_the_rule_a_typed_amount_breaks(string text, string code)
    {
        var error = Assert.Throws<RuleViolationException>(() => RupiahInput.Read(text));

        Assert.Equal(code, error.Code);
        Assert.Contains(text.Trim(), error.Message, StringComparison.Ordinal);
    }
}
