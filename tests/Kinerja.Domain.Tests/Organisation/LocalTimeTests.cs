using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Organisation;

public sealed class LocalTimeTests
{
    [Theory]
    [InlineData("BANTEN", IndonesianTimeZone.Wib)]
    [InlineData("Aceh", IndonesianTimeZone.Wib)]
    [InlineData("DKI JAKARTA", IndonesianTimeZone.Wib)]
    [InlineData("Daerah Istimewa Yogyakarta", IndonesianTimeZone.Wib)]
    [InlineData("Kalimantan Barat", IndonesianTimeZone.Wib)]
    [InlineData("KALIMANTAN TENGAH", IndonesianTimeZone.Wib)]
    [InlineData("Kalimantan Selatan", IndonesianTimeZone.Wita)]
    [InlineData("Kalimantan Utara", IndonesianTimeZone.Wita)]
    [InlineData("BALI", IndonesianTimeZone.Wita)]
    [InlineData("Nusa Tenggara Timur", IndonesianTimeZone.Wita)]
    [InlineData("KPU Provinsi Sulawesi Selatan", IndonesianTimeZone.Wita)]
    [InlineData("Gorontalo", IndonesianTimeZone.Wita)]
    [InlineData("MALUKU UTARA", IndonesianTimeZone.Wit)]
    [InlineData("Provinsi Papua Barat Daya", IndonesianTimeZone.Wit)]
    [InlineData("Papua Pegunungan", IndonesianTimeZone.Wit)]
    public void A_province_has_the_zone_of_its_part_of_the_country(string province, IndonesianTimeZone zone) =>
        Assert.Equal(zone, Provinces.ZoneOf(province));

    [Fact]
    public void The_table_knows_the_38_provinces_and_nothing_else_is_a_province()
    {
        Assert.Equal(38, Provinces.Names.Count);
        Assert.Equal(38, Provinces.Names.Distinct().Count());
        Assert.Null(Provinces.ZoneOf("Kota Serang"));
    }

    [Theory]
    [InlineData(IndonesianTimeZone.Wib, "5 Januari 2026 14.05 WIB")]
    [InlineData(IndonesianTimeZone.Wita, "5 Januari 2026 15.05 WITA")]
    [InlineData(IndonesianTimeZone.Wit, "5 Januari 2026 16.05 WIT")]
    public void A_moment_is_shown_in_the_zones_local_time_with_its_suffix(IndonesianTimeZone zone, string shown) =>
        Assert.Equal(shown, LocalTime.Format(new DateTimeOffset(2026, 1, 5, 7, 5, 0, TimeSpan.Zero), zone));

    [Fact]
    public void Late_evening_in_UTC_is_the_next_day_in_Papua()
    {
        var at = new DateTimeOffset(2026, 12, 31, 20, 30, 0, TimeSpan.Zero);
        Assert.Equal("1 Januari 2027 05.30 WIT", LocalTime.Format(at, IndonesianTimeZone.Wit));
        Assert.Equal("1 Januari 2027 03.30 WIB", LocalTime.Format(at, IndonesianTimeZone.Wib));
    }

    [Fact]
    public void A_unit_takes_its_provinces_zone_and_the_nation_keeps_Jakartas()
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var papua = WorkUnit.CreateProvince("KPU Provinsi Papua", nation, Region.Parse("(25) PAPUA"), "Jayapura");
        var jayapura = WorkUnit.CreateRegencyCity("KPU Kota Jayapura", papua, Region.Parse("(71) KOTA JAYAPURA"), "Jayapura");
        var bali = WorkUnit.CreateProvince("KPU Provinsi Bali", nation, null, "Denpasar");

        Assert.Equal(IndonesianTimeZone.Wib, LocalTime.ZoneOf(nation));
        Assert.Equal(IndonesianTimeZone.Wit, LocalTime.ZoneOf(papua));
        Assert.Equal(IndonesianTimeZone.Wit, LocalTime.ZoneOf(jayapura));
        Assert.Equal(IndonesianTimeZone.Wita, LocalTime.ZoneOf(bali));
        Assert.Equal(new DateOnly(2027, 1, 1), LocalTime.Date(new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero), jayapura));
    }
}
