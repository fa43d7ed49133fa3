using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class RupiahTests
{
    [Theory]
    [InlineData("3,002,300,000", 3_002_300_000L)]
    [InlineData("3.178.163.000", 3_178_163_000L)]
    [InlineData("Rp. 1.646.458.000,-", 1_646_458_000L)]
    [InlineData("Rp 4.451.669.000", 4_451_669_000L)]
    [InlineData("1.159.691.000,00", 1_159_691_000L)]
    [InlineData("1159691000", 1_159_691_000L)]
    [InlineData("29,295,000", 29_295_000L)]
    [InlineData(" 73,820,000 ", 73_820_000L)]
    [InlineData("0", 0L)]
    public void TryParse_reads_printed_amounts(string text, long expected)
    {
        Assert.True(Rupiah.TryParse(text, out var amount));
        Assert.Equal(new Rupiah(expected), amount);
        Assert.Equal(new Rupiah(expected), Rupiah.Parse(text));
    }

    [Theory]
    [InlineData("12,34")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("1.2.3")]
    [InlineData("1234.567")]
    [InlineData("1.000,5")]
    [InlineData("99999999999999999999")]
    public void TryParse_rejects_what_is_not_an_amount(string? text)
    {
        Assert.False(Rupiah.TryParse(text, out var amount));
        Assert.Equal(Rupiah.Zero, amount);
    }

    [Fact]
    public void Parse_of_an_invalid_amount_names_the_rule()
    {
        var error = Assert.Throws<RuleViolationException>(() => Rupiah.Parse("12,34"));

        Assert.Equal("RUPIAH_INVALID", error.Code);
    }

    [Fact]
    public void Arithmetic_adds_subtracts_and_sums()
    {
        var a = new Rupiah(1_646_458_000);
        var b = new Rupiah(2_777_477_000);

        Assert.Equal(new Rupiah(4_423_935_000), a + b);
        Assert.Equal(new Rupiah(27_734_000), new Rupiah(4_451_669_000) - (a + b));
        Assert.Equal(new Rupiah(4_423_935_000), Rupiah.Sum([a, b]));
        Assert.Equal(Rupiah.Zero, Rupiah.Sum([]));
        Assert.True(a < b);
    }

    [Fact]
    public void Arithmetic_saturates_instead_of_wrapping_or_throwing()
    {
        var max = new Rupiah(long.MaxValue);
        var min = new Rupiah(long.MinValue);

        Assert.Equal(max, max + new Rupiah(1));
        Assert.Equal(new Rupiah(-long.MaxValue), min - new Rupiah(1));
        Assert.Equal(max, Rupiah.Sum([max, max, new Rupiah(-5)]));
        Assert.Equal(new Rupiah(long.MaxValue - 5), Rupiah.Sum([max, new Rupiah(1), new Rupiah(-6)]));
        Assert.Equal(long.MaxValue, Math.Abs((min - max).Value));
    }

    [Fact]
    public void ToString_groups_the_indonesian_way()
    {
        Assert.Equal("1.159.691.000", new Rupiah(1_159_691_000).ToString());
    }
}
