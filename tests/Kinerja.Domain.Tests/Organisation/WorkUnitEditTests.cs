using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Organisation;

/// <summary>The verbs that keep a unit's officials, organisational units and entity names up to date; each counts a revision.</summary>
public class WorkUnitEditTests
{
    private static readonly Nip First = Nip.Parse("19660202 198712 1 007");
    private static readonly Nip Second = Nip.Parse("197503142000032001");

    [Fact]
    public void A_letterhead_is_corrected_blank_fields_print_nothing_and_all_blank_clears_it()
    {
        var unit = Unit();
        var before = unit.Revision;

        unit.ChangeLetterhead(" Jl. Ahmad Yani No. 84 ", "(0254) 200201", " ", "kpu.serang@kpu.go.id", null, " Kota Serang ");

        Assert.Equal(new Letterhead("Jl. Ahmad Yani No. 84", "(0254) 200201", null, "kpu.serang@kpu.go.id", null), unit.Letterhead);
        Assert.Equal("Kota Serang", unit.SignatureCity);
        Assert.Equal(before + 1, unit.Revision);
        unit.ChangeLetterhead("", null, null, " ", null, "Serang");
        Assert.Null(unit.Letterhead);
    }

    [Theory]
    [InlineData("kpu.serang", "Serang", "LETTERHEAD_EMAIL_INVALID")]
    [InlineData("kpu@kpu.go.id", " ", "SIGNATURE_CITY_INVALID")]
    public void A_refused_letterhead_names_the_field_and_leaves_the_unit_as_it_was(string email, string city, string code)
    {
        var unit = Unit();
        unit.ChangeLetterhead("Jl. Lama", "(0254) 1", null, null, null, "Serang");
        var before = (unit.Letterhead, unit.SignatureCity, unit.Revision);

        var error = Assert.Throws<RuleViolationException>(() => unit.ChangeLetterhead("Jl. Baru", "(0254) 2", null, email, null, city));

        Assert.Equal(code, error.Code);
        Assert.Equal(before, (unit.Letterhead, unit.SignatureCity, unit.Revision));
    }

    [Fact]
    public void An_official_is_corrected_and_the_revision_counts_it()
    {
        var unit = Unit();
        var official = unit.AddOfficial("Yusuf Hamdani", "Sekretaris", First);
        var before = unit.Revision;

        unit.ChangeOfficial(official, " Yusuf Hamdani, S.E. ", "Pt. Sekretaris", Second);

        Assert.Equal("Yusuf Hamdani, S.E.", official.Name);
        Assert.Equal("Pt. Sekretaris", official.Position);
        Assert.Equal(Second, official.Nip);
        Assert.Equal(before + 1, unit.Revision);
    }

    [Theory]
    [InlineData("", "Sekretaris", "OFFICIAL_NAME_INVALID")]
    [InlineData("Yusuf", " ", "OFFICIAL_POSITION_INVALID")]
    public void A_refused_correction_names_the_field_and_leaves_the_official_as_it_was(string name, string position, string code)
    {
        var unit = Unit();
        var official = unit.AddOfficial("Yusuf Hamdani", "Sekretaris", First);
        var before = unit.Revision;

        var error = Assert.Throws<RuleViolationException>(() => unit.ChangeOfficial(official, name, position, null));

        Assert.Equal(code, error.Code);
        Assert.Equal(("Yusuf Hamdani", "Sekretaris", (Nip?)First), (official.Name, official.Position, official.Nip));
        Assert.Equal(before, unit.Revision);
    }

    [Fact]
    public void A_correction_may_not_take_another_officials_nip()
    {
        var unit = Unit();
        unit.AddOfficial("Nur Aini", "Kasubbag", First);
        var other = unit.AddOfficial("Teguh Santoso", "Kasubbag", Second);

        var error = Assert.Throws<RuleViolationException>(() => unit.ChangeOfficial(other, other.Name, other.Position, First));

        Assert.Equal("OFFICIAL_DUPLICATE_NIP", error.Code);
        unit.ChangeOfficial(other, other.Name, other.Position, Second);
    }

    [Fact]
    public void An_official_is_removed_unless_heading_an_entity()
    {
        var unit = Unit();
        var chair = unit.AddOfficial("Wahyu Hidayat", "Ketua");
        var staff = unit.AddOfficial("Nur Aini", "Kasubbag");
        unit.AppointHead(EntityKind.Commission, chair);
        var before = unit.Revision;

        var error = Assert.Throws<RuleViolationException>(() => unit.RemoveOfficial(chair));
        unit.RemoveOfficial(staff);

        Assert.Equal("OFFICIAL_IS_HEAD", error.Code);
        Assert.Equal([chair], unit.Officials);
        Assert.Equal(before + 1, unit.Revision);
    }

    [Fact]
    public void An_organisational_unit_is_renamed_within_its_entity_without_duplicates()
    {
        var unit = Unit();
        var law = unit.AddOrganisationalUnit(EntityKind.Commission, "Divisi Hukum");
        unit.AddOrganisationalUnit(EntityKind.Commission, "Divisi Teknis");
        unit.AddOrganisationalUnit(EntityKind.Secretariat, "Subbagian Hukum dan SDM");
        var before = unit.Revision;

        unit.RenameOrganisationalUnit(law, " Subbagian Hukum dan SDM ");
        var error = Assert.Throws<RuleViolationException>(() => unit.RenameOrganisationalUnit(law, "divisi teknis"));

        Assert.Equal("Subbagian Hukum dan SDM", law.Name);
        Assert.Equal("ORG_UNIT_DUPLICATE", error.Code);
        Assert.Equal(before + 1, unit.Revision);
    }

    [Fact]
    public void A_unit_of_another_work_unit_is_not_removed()
    {
        var unit = Unit();
        var stranger = Unit().AddOrganisationalUnit(EntityKind.Commission, "Divisi Hukum");

        var error = Assert.Throws<RuleViolationException>(() => unit.RemoveOrganisationalUnit(stranger));

        Assert.Equal("ORG_UNIT_UNKNOWN", error.Code);
    }

    [Theory]
    [InlineData("Sekretariat KPU Kota Serang ", "Sekretariat KPU Kota Serang", null)]
    [InlineData("  ", null, "ENTITY_NAME_INVALID")]
    public void An_entity_is_renamed(string name, string? expected, string? code)
    {
        var unit = Unit();
        var before = unit.Revision;

        if (code is null)
        {
            unit.RenameEntity(EntityKind.Secretariat, name);
            Assert.Equal(expected, unit.Entity(EntityKind.Secretariat).Name);
            Assert.Equal(before + 1, unit.Revision);
        }
        else
        {
            Assert.Equal(code, Assert.Throws<RuleViolationException>(() => unit.RenameEntity(EntityKind.Secretariat, name)).Code);
            Assert.Equal(before, unit.Revision);
        }
    }

    private static WorkUnit Unit()
    {
        var nation = WorkUnit.CreateNational("KPU RI", "Jakarta");
        var province = WorkUnit.CreateProvince("KPU Provinsi Banten", nation, null, "Serang");
        return WorkUnit.CreateRegencyCity("KPU Kota Serang", province, null, "Serang");
    }
}
