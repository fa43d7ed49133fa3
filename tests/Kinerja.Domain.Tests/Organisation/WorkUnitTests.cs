using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Organisation;

public class WorkUnitTests
{
    private static readonly Region Banten = Region.Parse("(29) BANTEN");
    private static readonly Region KotaSerang = Region.Parse("(53) KOTA SERANG");

    [Fact]
    public void The_hierarchy_runs_national_province_regency()
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Banten", nation, Banten, "Serang");
        var city = WorkUnit.CreateRegencyCity("KPU Kota Serang", province, KotaSerang, "Serang");

        Assert.Equal(WorkUnitLevel.National, nation.Level);
        Assert.Null(nation.ParentId);
        Assert.Equal(WorkUnitLevel.Province, province.Level);
        Assert.Equal(nation.Id, province.ParentId);
        Assert.Equal(Banten, province.Province);
        Assert.Equal(WorkUnitLevel.RegencyCity, city.Level);
        Assert.Equal(province.Id, city.ParentId);
        Assert.Equal(Banten, city.Province);
        Assert.Equal(KotaSerang, city.Location);
        Assert.Equal("Serang", city.SignatureCity);
    }

    [Theory]
    [InlineData(WorkUnitLevel.Province)]
    [InlineData(WorkUnitLevel.RegencyCity)]
    public void A_province_needs_a_national_parent(WorkUnitLevel parentLevel)
    {
        var parent = UnitAt(parentLevel);

        var error = Assert.Throws<RuleViolationException>(() => WorkUnit.CreateProvince("KPU Provinsi Banten", parent, Banten, "Serang"));

        Assert.Equal("WORK_UNIT_HIERARCHY", error.Code);
    }

    [Theory]
    [InlineData(WorkUnitLevel.National)]
    [InlineData(WorkUnitLevel.RegencyCity)]
    public void A_regency_or_city_needs_a_province_parent(WorkUnitLevel parentLevel)
    {
        var parent = UnitAt(parentLevel);

        var error = Assert.Throws<RuleViolationException>(() => WorkUnit.CreateRegencyCity("KPU Kota Serang", parent, KotaSerang, "Serang"));

        Assert.Equal("WORK_UNIT_HIERARCHY", error.Code);
    }

    [Fact]
    public void Every_work_unit_has_a_commission_and_a_secretariat()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);

        Assert.Equal([EntityKind.Commission, EntityKind.Secretariat], unit.Entities.Select(e => e.Kind).ToArray());
        Assert.Equal("KPU Kota Serang", unit.Entity(EntityKind.Commission).Name);
        Assert.Equal("Ketua", unit.Entity(EntityKind.Commission).HeadPosition);
        Assert.Equal("Sekretariat KPU Kota Serang", unit.Entity(EntityKind.Secretariat).Name);
        Assert.Equal("Sekretaris", unit.Entity(EntityKind.Secretariat).HeadPosition);
        Assert.Null(unit.HeadOf(EntityKind.Commission));
        Assert.Null(unit.HeadOf(EntityKind.Secretariat));
    }

    [Theory]
    [InlineData("670714", "670714")]
    [InlineData(" 670714 ", "670714")]
    public void A_six_digit_satker_code_is_kept(string code, string expected)
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);

        unit.AssignSatkerCode(code);

        Assert.Equal(expected, unit.SatkerCode);
    }

    [Theory]
    [InlineData("67071")]
    [InlineData("6707140")]
    [InlineData("67O714")]
    [InlineData("670 714")]
    [InlineData("")]
    [InlineData(null)]
    public void A_satker_code_must_be_six_digits(string? code)
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);

        var error = Assert.Throws<RuleViolationException>(() => unit.AssignSatkerCode(code!));

        Assert.Equal("SATKER_CODE_INVALID", error.Code);
        Assert.Null(unit.SatkerCode);
    }

    [Theory]
    [InlineData("(29) BANTEN", "29", "BANTEN")]
    [InlineData("(53) KOTA SERANG", "53", "KOTA SERANG")]
    [InlineData(" (53)KOTA SERANG ", "53", "KOTA SERANG")]
    public void Region_parse_reads_code_and_name(string text, string code, string name)
    {
        var region = Region.Parse(text);

        Assert.Equal(code, region.Code);
        Assert.Equal(name, region.Name);
        Assert.Equal($"({code}) {name}", region.ToString());
    }

    [Theory]
    [InlineData("BANTEN")]
    [InlineData("(2a) BANTEN")]
    [InlineData("(29)")]
    [InlineData("")]
    public void Region_parse_rejects_text_without_a_code(string text)
    {
        var error = Assert.Throws<RuleViolationException>(() => Region.Parse(text));

        Assert.Equal("REGION_INVALID", error.Code);
    }

    [Fact]
    public void An_official_nip_is_registered_once()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);
        unit.AddOfficial("Pejabat Pertama", "Sekretaris", Nip.Parse("19660202 198712 1 007"));

        var error = Assert.Throws<RuleViolationException>(() => unit.AddOfficial("Pejabat Kedua", "Kasubbag", Nip.Parse("196602021987121007")));

        Assert.Equal("OFFICIAL_DUPLICATE_NIP", error.Code);
        Assert.Single(unit.Officials);
    }

    [Fact]
    public void Officials_without_nip_do_not_clash()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);

        unit.AddOfficial("Anggota Satu", "Ketua");
        unit.AddOfficial("Anggota Dua", "Anggota");
        unit.AddOfficial("Pegawai Tiga", "Kasubbag", Nip.Parse("19710703 199903 2 007"));

        Assert.Equal(3, unit.Officials.Count);
    }

    [Fact]
    public void An_organisational_unit_name_is_unique_within_its_entity()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);
        unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbag Umum dan Logistik");

        var error = Assert.Throws<RuleViolationException>(() => unit.AddOrganisationalUnit(EntityKind.Secretariat, "  subbag umum dan logistik "));

        Assert.Equal("ORG_UNIT_DUPLICATE", error.Code);
        Assert.Single(unit.OrganisationalUnits);
    }

    [Fact]
    public void The_same_unit_name_may_exist_in_both_entities()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);

        var inSecretariat = unit.AddOrganisationalUnit(EntityKind.Secretariat, "Divisi Hukum");
        var inCommission = unit.AddOrganisationalUnit(EntityKind.Commission, "Divisi Hukum");

        Assert.NotEqual(inSecretariat.Id, inCommission.Id);
        Assert.Equal(2, unit.OrganisationalUnits.Count);
    }

    [Fact]
    public void OrganisationalUnitNamed_finds_an_existing_unit_or_adds_it()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);
        var existing = unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbag Program dan Data");

        Assert.Same(existing, unit.OrganisationalUnitNamed(EntityKind.Secretariat, "SUBBAG PROGRAM DAN DATA "));
        var added = unit.OrganisationalUnitNamed(EntityKind.Secretariat, "Subbag Keuangan");

        Assert.Equal("Subbag Keuangan", added.Name);
        Assert.Equal(2, unit.OrganisationalUnits.Count);
    }

    [Fact]
    public void AppointHead_makes_the_official_head_of_that_entity_only()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);
        var secretary = unit.AddOfficial("Nama Sekretaris", "Sekretaris", Nip.Parse("19710703 199903 2 007"));
        var chair = unit.AddOfficial("Nama Ketua", "Ketua");

        unit.AppointHead(EntityKind.Secretariat, secretary, "Pt. Sekretaris");
        unit.AppointHead(EntityKind.Commission, chair);

        Assert.Same(secretary, unit.HeadOf(EntityKind.Secretariat));
        Assert.Equal("Pt. Sekretaris", unit.Entity(EntityKind.Secretariat).HeadPosition);
        Assert.Same(chair, unit.HeadOf(EntityKind.Commission));
        Assert.Equal("Ketua", unit.Entity(EntityKind.Commission).HeadPosition);
    }

    [Fact]
    public void AppointHead_refuses_an_official_of_another_unit()
    {
        var unit = UnitAt(WorkUnitLevel.RegencyCity);
        var other = UnitAt(WorkUnitLevel.RegencyCity);
        var stranger = other.AddOfficial("Pejabat Lain", "Sekretaris");

        var error = Assert.Throws<RuleViolationException>(() => unit.AppointHead(EntityKind.Secretariat, stranger));

        Assert.Equal("OFFICIAL_UNKNOWN", error.Code);
        Assert.Null(unit.HeadOf(EntityKind.Secretariat));
    }

    private static WorkUnit UnitAt(WorkUnitLevel level)
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        if (level == WorkUnitLevel.National)
        {
            return nation;
        }

        var province = WorkUnit.CreateProvince("KPU Provinsi Banten", nation, Banten, "Serang");
        return level == WorkUnitLevel.Province
            ? province
            : WorkUnit.CreateRegencyCity("KPU Kota Serang", province, KotaSerang, "Serang");
    }
}
