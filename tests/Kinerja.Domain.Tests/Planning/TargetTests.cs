using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Planning;

public class TargetTests
{
    public static TheoryData<string, TargetKind, decimal, string?> Numeric => new()
    {
        { "95%", TargetKind.Percentage, 95m, "%" },
        { "100 %", TargetKind.Percentage, 100m, "%" },
        { "97.5 %", TargetKind.Percentage, 97.5m, "%" },
        { "97,5%", TargetKind.Percentage, 97.5m, "%" },
        { "4 lap", TargetKind.Quantity, 4m, "lap" },
        { "12 lap", TargetKind.Quantity, 12m, "lap" },
        { "8 Kali", TargetKind.Quantity, 8m, "Kali" },
        { "2 perkara", TargetKind.Quantity, 2m, "perkara" },
        { "36 Pegawai", TargetKind.Quantity, 36m, "Pegawai" },
        { "1 Dok", TargetKind.Quantity, 1m, "Dok" },
        { "6 Kec", TargetKind.Quantity, 6m, "Kec" },
        { "3,4", TargetKind.Index, 3.4m, null },
        { "3.4", TargetKind.Index, 3.4m, null },
        { "35", TargetKind.Index, 35m, null },
    };

    [Theory]
    [MemberData(nameof(Numeric))]
    public void Parse_reads_numbers_with_their_kind_and_unit(string text, TargetKind kind, decimal value, string? unit)
    {
        var target = Target.Parse(text);

        Assert.Equal(kind, target.Kind);
        Assert.Equal(value, target.Value);
        Assert.Equal(unit, target.Unit);
        Assert.Null(target.Upper);
        Assert.Null(target.Grade);
        Assert.Null(target.Opinion);
        Assert.Empty(target.Parts);
        Assert.True(target.IsTyped);
    }

    [Theory]
    [InlineData("AA", Grade.AA)]
    [InlineData("A", Grade.A)]
    [InlineData("BB", Grade.BB)]
    [InlineData("B", Grade.B)]
    [InlineData("CC", Grade.CC)]
    [InlineData("C", Grade.C)]
    [InlineData("D", Grade.D)]
    [InlineData(" BB ", Grade.BB)]
    public void Parse_reads_grades(string text, Grade grade)
    {
        var target = Target.Parse(text);

        Assert.Equal(TargetKind.Grade, target.Kind);
        Assert.Equal(grade, target.Grade);
        Assert.Null(target.Value);
    }

    [Theory]
    [InlineData("WTP", AuditOpinion.WTP)]
    [InlineData("WDP", AuditOpinion.WDP)]
    [InlineData("TW", AuditOpinion.TW)]
    [InlineData("TMP", AuditOpinion.TMP)]
    [InlineData("wtp", AuditOpinion.WTP)]
    public void Parse_reads_audit_opinions(string text, AuditOpinion opinion)
    {
        var target = Target.Parse(text);

        Assert.Equal(TargetKind.AuditOpinion, target.Kind);
        Assert.Equal(opinion, target.Opinion);
        Assert.Null(target.Grade);
    }

    [Fact]
    public void Parse_reads_a_compound_count_part_by_part()
    {
        var target = Target.Parse("6 kec. 29 kel");

        Assert.Equal(TargetKind.CompoundCount, target.Kind);
        CountPart[] expected = [new(6m, "kec."), new(29m, "kel")];
        Assert.Equal(expected, target.Parts);
        Assert.Null(target.Value);
    }

    [Theory]
    [InlineData("80–90%")]
    [InlineData("80-90 %")]
    [InlineData("80 - 90%")]
    public void Parse_reads_a_percentage_range(string text)
    {
        var target = Target.Parse(text);

        Assert.Equal(TargetKind.Range, target.Kind);
        Assert.Equal(80m, target.Value);
        Assert.Equal(90m, target.Upper);
        Assert.Equal("%", target.Unit);
    }

    [Theory]
    [InlineData("Terlaksananya rapat pleno tepat waktu")]
    [InlineData("Sesuai jadwal tahapan")]
    [InlineData("Ada")]
    [InlineData("n/a")]
    public void Parse_keeps_free_text_as_text(string text)
    {
        var target = Target.Parse(text);

        Assert.Equal(TargetKind.Text, target.Kind);
        Assert.False(target.IsTyped);
        Assert.Null(target.Value);
        Assert.Equal(text, target.Display());
    }

    [Theory]
    [InlineData("95%")]
    [InlineData("100 %")]
    [InlineData("  97.5   % ")]
    [InlineData("6  kec.  29 kel")]
    [InlineData("8\u00A0Kali")]
    [InlineData("80–90%")]
    [InlineData(" B")]
    [InlineData("Laporan\ttersusun")]
    public void The_original_text_survives_exactly(string text)
    {
        var target = Target.Parse(text);

        Assert.Equal(text, target.Text);
        Assert.Equal(text, target.ToString());
        Assert.Equal(text, Target.Parse(target.ToString()).Text);
    }

    [Theory]
    [InlineData("  97.5   % ", TargetKind.Percentage)]
    [InlineData("6  kec.  29 kel", TargetKind.CompoundCount)]
    [InlineData("8\u00A0Kali", TargetKind.Quantity)]
    public void Odd_spacing_does_not_change_the_meaning(string text, TargetKind kind)
    {
        Assert.Equal(kind, Target.Parse(text).Kind);
    }

    [Theory]
    [InlineData("97.5 %", "97,5%")]
    [InlineData("100 %", "100%")]
    [InlineData("3,4", "3,4")]
    [InlineData("3.4", "3,4")]
    [InlineData("35", "35")]
    [InlineData("8  Kali", "8 Kali")]
    [InlineData("6 kec. 29 kel", "6 kec. 29 kel")]
    [InlineData("80-90 %", "80–90%")]
    [InlineData("BB", "BB")]
    [InlineData("wtp", "WTP")]
    public void Display_prints_the_indonesian_form(string text, string expected)
    {
        Assert.Equal(expected, Target.Parse(text).Display());
    }

    [Fact]
    public void Grades_are_ordered_from_AA_down_to_D()
    {
        Grade[] bestFirst = [Grade.AA, Grade.A, Grade.BB, Grade.B, Grade.CC, Grade.C, Grade.D];

        for (var i = 1; i < bestFirst.Length; i++)
        {
            Assert.True(bestFirst[i - 1] > bestFirst[i], $"{bestFirst[i - 1]} should rank above {bestFirst[i]}");
        }

        Assert.True(Target.Parse("A").Grade > Target.Parse("BB").Grade);
    }

    [Fact]
    public void Audit_opinions_are_ordered_from_WTP_down_to_TMP()
    {
        AuditOpinion[] bestFirst = [AuditOpinion.WTP, AuditOpinion.WDP, AuditOpinion.TW, AuditOpinion.TMP];

        for (var i = 1; i < bestFirst.Length; i++)
        {
            Assert.True(bestFirst[i - 1] > bestFirst[i], $"{bestFirst[i - 1]} should rank above {bestFirst[i]}");
        }

        Assert.True(Target.Parse("WTP").Opinion > Target.Parse("WDP").Opinion);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void From_blank_is_no_target(string? text)
    {
        Assert.Null(Target.From(text));
    }

    [Fact]
    public void From_text_is_the_parsed_target()
    {
        Assert.Equal(TargetKind.Percentage, Target.From("95%")?.Kind);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Parse_of_blank_names_the_rule(string text)
    {
        var error = Assert.Throws<RuleViolationException>(() => Target.Parse(text));

        Assert.Equal("TARGET_EMPTY", error.Code);
    }

    [Fact]
    public void Parse_of_an_overlong_text_names_the_rule()
    {
        var error = Assert.Throws<RuleViolationException>(() => Target.Parse(new string('x', 501)));

        Assert.Equal("TARGET_TOO_LONG", error.Code);
    }

    [Fact]
    public void Targets_are_equal_when_their_text_is()
    {
        Assert.Equal(Target.Parse("95%"), Target.Parse("95%"));
        Assert.NotEqual(Target.Parse("95%"), Target.Parse("95 %"));
    }
}
