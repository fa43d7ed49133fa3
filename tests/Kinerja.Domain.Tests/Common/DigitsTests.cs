using System.Text;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Common;

public class DigitsTests
{
    /// <summary>The zero of each script; the other nine follow it in Unicode. Javanese and Balinese are Indonesian scripts.</summary>
    public static TheoryData<string, int> Scripts => new()
    {
        { "fullwidth", 0xFF10 },
        { "Arabic-Indic", 0x0660 },
        { "extended Arabic-Indic", 0x06F0 },
        { "Devanagari", 0x0966 },
        { "Thai", 0x0E50 },
        { "Balinese", 0x1B50 },
        { "Javanese", 0xA9D0 },
        { "mathematical bold (outside the BMP)", 0x1D7CE },
    };

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Every_decimal_digit_reads_as_its_value(string script, int zero)
    {
        Assert.Equal("0123456789", Digits.ToAscii(Written("0123456789", zero)));
        Assert.Equal("Rp 1.250.000,-", Digits.ToAscii(Written("Rp 1.250.000,-", zero)));
        Assert.NotEmpty(script);
    }

    [Theory]
    [InlineData("")]
    [InlineData("97,5 %")]
    [InlineData("Laporan Kinerja")]
    [InlineData("\u00B2\u2153\u2164")]
    [InlineData("\uD800 lone high and low \uDC00")]
    public void Text_without_other_digits_is_kept_as_it_is(string text)
    {
        Assert.Equal(text, Digits.ToAscii(text));
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Targets_read_the_same_in_every_script(string script, int zero)
    {
        foreach (var text in new[] { "97,5%", "100 %", "80–90%", "4 lap", "36 Pegawai", "3,4", "1.250", "6 kec. 29 kel" })
        {
            var other = Target.Parse(Written(text, zero));
            var ascii = Target.Parse(text);

            Assert.True(ascii.Kind == other.Kind, $"{script}: {text}");
            Assert.Equal(ascii.Value, other.Value);
            Assert.Equal(ascii.Upper, other.Upper);
            Assert.Equal(ascii.Display(), other.Display());
            Assert.Equal(Written(text, zero), other.Text);
        }
    }

    [Theory]
    [MemberData(nameof(Scripts))]
    public void Volumes_amounts_nips_periods_and_codes_read_the_same_in_every_script(string script, int zero)
    {
        Assert.Equal(Volume.Parse("2,5 Paket"), Volume.Parse(Written("2,5 Paket", zero)));
        Assert.Equal(Rupiah.Parse("Rp. 1.646.458.000,-"), Rupiah.Parse(Written("Rp. 1.646.458.000,-", zero)));
        Assert.Equal(RupiahInput.Read("1.250.000"), RupiahInput.Read(Written("1.250.000", zero)));
        Assert.Equal(Nip.Parse("19660202 198712 1 007"), Nip.Parse(Written("19660202 198712 1 007", zero)));
        Assert.Null(Nip.Problem(Written("196602021987121007", zero)));
        Assert.Equal(Period.Parse("B12"), Period.Parse(Written("B12", zero)));
        Assert.Equal(BudgetCode.Parse("3355.EBA.994"), BudgetCode.Parse(Written("3355.EBA.994", zero)));
        Assert.Equal(Realisation.Parse("39/40").Number, Realisation.Parse(Written("39/40", zero)).Number);
        Assert.NotEmpty(script);
    }

    [Fact]
    public void A_number_past_the_range_of_a_decimal_is_a_rule_not_an_exception()
    {
        var huge = new string('9', 30);

        Assert.Equal(Target.NumberTooLarge, Assert.Throws<RuleViolationException>(() => Target.Parse(huge + " %")).Code);
        Assert.Equal(Target.NumberTooLarge, Assert.Throws<RuleViolationException>(() => Target.Parse(huge + " Laporan")).Code);
        Assert.False(Volume.TryParse(huge + " Laporan", out _));
        Assert.Equal("VOLUME_INVALID", Assert.Throws<RuleViolationException>(() => Volume.Parse(huge + " Laporan")).Code);
        Assert.False(Rupiah.TryParse(huge, out _));
    }

    /// <summary>The text with its ASCII digits written in the script whose zero is <paramref name="zero"/>.</summary>
    private static string Written(string text, int zero)
    {
        var written = new StringBuilder();
        foreach (var c in text)
        {
            written.Append(char.IsAsciiDigit(c) ? char.ConvertFromUtf32(zero + (c - '0')) : c.ToString());
        }

        return written.ToString();
    }
}
