using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Budgeting;

public class VolumeTests
{
    [Theory]
    [InlineData("1.00 Laporan", "1", "Laporan", "1 Laporan")]
    [InlineData("3.00 Laporan", "3", "Laporan", "3 Laporan")]
    [InlineData("2,5 Paket", "2.5", "Paket", "2,5 Paket")]
    [InlineData("12 Bulan Layanan", "12", "Bulan Layanan", "12 Bulan Layanan")]
    public void Parse_reads_quantity_and_unit(string text, string quantity, string unit, string display)
    {
        var volume = Volume.Parse(text);

        Assert.Equal(decimal.Parse(quantity, System.Globalization.CultureInfo.InvariantCulture), volume.Quantity);
        Assert.Equal(unit, volume.Unit);
        Assert.Equal(display, volume.Display());
        Assert.Equal(volume, Volume.Parse(volume.ToString()));
    }

    [Fact]
    public void One_laporan_prints_without_decimals()
    {
        var volume = Volume.Parse("1.00 Laporan");

        Assert.Equal(1m, volume.Quantity);
        Assert.Equal("Laporan", volume.Unit);
        Assert.Equal("1 Laporan", volume.ToString());
    }

    [Theory]
    [InlineData("Laporan")]
    [InlineData("1.00")]
    [InlineData("")]
    [InlineData("-1 Laporan")]
    public void Parse_rejects_what_is_not_a_volume(string text)
    {
        Assert.False(Volume.TryParse(text, out _));
        Assert.Equal("VOLUME_INVALID", Assert.Throws<RuleViolationException>(() => Volume.Parse(text)).Code);
    }

    [Fact]
    public void A_negative_quantity_is_refused()
    {
        Assert.Equal("VOLUME_INVALID", Assert.Throws<RuleViolationException>(() => new Volume(-1m, "Laporan")).Code);
    }
}
