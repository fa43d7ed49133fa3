using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class IdFormatTests
{
    [Theory]
    [InlineData(1_159_691_000L, "1.159.691.000")]
    [InlineData(73_820_000L, "73.820.000")]
    [InlineData(999L, "999")]
    [InlineData(0L, "0")]
    [InlineData(-27_734_000L, "-27.734.000")]
    public void Whole_groups_thousands_with_dots(long value, string expected)
    {
        Assert.Equal(expected, IdFormat.Whole(value));
    }

    [Theory]
    [InlineData("97.5", "97,5%")]
    [InlineData("100", "100%")]
    [InlineData("87.93", "87,93%")]
    [InlineData("107.142857", "107,14%")]
    [InlineData("1234.5", "1.234,5%")]
    public void Percent_uses_a_decimal_comma_and_no_trailing_zeros(string value, string expected)
    {
        Assert.Equal(expected, IdFormat.Percent(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Percent_of_97_5_is_97_comma_5()
    {
        Assert.Equal("97,5%", IdFormat.Percent(97.5m));
    }

    [Fact]
    public void Rupiah_prints_the_currency_sign()
    {
        Assert.Equal("Rp 4.451.669.000", IdFormat.Rupiah(4_451_669_000));
    }

    [Theory]
    [InlineData(2018, 1, 5, "5 Januari 2018")]
    [InlineData(2020, 1, 31, "31 Januari 2020")]
    [InlineData(2022, 8, 17, "17 Agustus 2022")]
    [InlineData(2023, 12, 1, "1 Desember 2023")]
    public void Date_writes_the_indonesian_month(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, IdFormat.Date(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData("januari", 1)]
    [InlineData("Januari", 1)]
    [InlineData(" MEI ", 5)]
    [InlineData("Agustus", 8)]
    [InlineData("desember", 12)]
    [InlineData("January", 0)]
    [InlineData("", 0)]
    public void MonthNumber_finds_indonesian_month_names(string name, int expected)
    {
        Assert.Equal(expected, IdFormat.MonthNumber(name));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void MonthName_outside_1_to_12_throws(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => IdFormat.MonthName(month));
    }
}
