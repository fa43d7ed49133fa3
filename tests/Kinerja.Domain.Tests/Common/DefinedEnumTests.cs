using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Tests.Common;

public class DefinedEnumTests
{
    [Theory]
    [InlineData("Rak", true, PlanKind.Rak)]
    [InlineData(" pk ", true, PlanKind.Pk)]
    [InlineData("99", false, default(PlanKind))]
    [InlineData("1", false, default(PlanKind))]
    [InlineData("Rkt, Pk", false, default(PlanKind))]
    [InlineData("", false, default(PlanKind))]
    [InlineData(null, false, default(PlanKind))]
    public void Only_a_defined_name_is_read(string? text, bool read, PlanKind expected)
    {
        Assert.Equal(read, DefinedEnum.TryParse<PlanKind>(text, out var kind));
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void Read_gives_the_default_for_nothing_typed_and_breaks_the_rule_otherwise()
    {
        Assert.Equal(ScheduleStyle.None, DefinedEnum.Read<ScheduleStyle>("  ", ScheduleStyle.None, "X", "x"));
        Assert.Equal("X", Assert.Throws<RuleViolationException>(() => DefinedEnum.Read<ScheduleStyle>("7", ScheduleStyle.None, "X", "x")).Code);
    }
}
