using Kinerja.Domain.Common;

namespace Kinerja.Domain.Tests.Common;

public class NipTests
{
    public static TheoryData<string, string, DateOnly, DateOnly, Sex, int> Valid => new()
    {
        { "19660202 198712 1 007", "19660202 198712 1 007", new DateOnly(1966, 2, 2), new DateOnly(1987, 12, 1), Sex.Male, 7 },
        { "197512192002121005", "19751219 200212 1 005", new DateOnly(1975, 12, 19), new DateOnly(2002, 12, 1), Sex.Male, 5 },
        { "19710703 199903 2 007", "19710703 199903 2 007", new DateOnly(1971, 7, 3), new DateOnly(1999, 3, 1), Sex.Female, 7 },
        { "19710703.199903.2.123", "19710703 199903 2 123", new DateOnly(1971, 7, 3), new DateOnly(1999, 3, 1), Sex.Female, 123 },
    };

    [Theory]
    [MemberData(nameof(Valid))]
    public void Parse_reads_every_part(string text, string grouped, DateOnly birth, DateOnly appointed, Sex sex, int sequence)
    {
        Assert.Null(Nip.Problem(text));

        var nip = Nip.Parse(text);

        Assert.Equal(grouped, nip.Grouped);
        Assert.Equal(grouped, nip.ToString());
        Assert.Equal(grouped.Replace(" ", string.Empty, StringComparison.Ordinal), nip.Digits);
        Assert.Equal(birth, nip.BirthDate);
        Assert.Equal(appointed, nip.AppointedIn);
        Assert.Equal(sex, nip.Sex);
        Assert.Equal(sequence, nip.Sequence);
    }

    [Fact]
    public void Grouped_and_ungrouped_forms_are_the_same_nip()
    {
        Assert.Equal(Nip.Parse("19660202 198712 1 007"), Nip.Parse("196602021987121007"));
        Assert.NotEqual(Nip.Parse("19660202 198712 1 007"), Nip.Parse("19660202 198712 1 008"));
    }

    [Theory]
    [InlineData("19660202 198712 1 07", "18 angka")]
    [InlineData("19660202 198712 1 0071", "18 angka")]
    [InlineData("19660202 198712 1 00A", "selain angka")]
    [InlineData("19661302 198712 1 007", "Tanggal lahir")]
    [InlineData("19660230 198712 1 007", "Tanggal lahir")]
    [InlineData("19660202 198713 1 007", "Bulan pengangkatan")]
    [InlineData("19660202 198712 3 007", "jenis kelamin")]
    [InlineData("19660202 198712 1 000", "000")]
    [InlineData("19660202 197501 1 007", "terlalu dekat")]
    [InlineData("", "kosong")]
    public void Invalid_nip_names_its_problem_and_parse_throws(string text, string problemMentions)
    {
        var problem = Nip.Problem(text);

        Assert.NotNull(problem);
        Assert.Contains(problemMentions, problem, StringComparison.Ordinal);
        Assert.False(Nip.TryParse(text, out _));
        var error = Assert.Throws<RuleViolationException>(() => Nip.Parse(text));
        Assert.Equal("NIP_INVALID", error.Code);
        Assert.Equal(problem, error.Message);
    }
}
