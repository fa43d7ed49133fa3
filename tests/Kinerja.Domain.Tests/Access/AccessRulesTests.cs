using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;

namespace Kinerja.Domain.Tests.Access;

public sealed class AccessRulesTests
{
    private static readonly UnitPlace Nation = new(Guid.NewGuid(), WorkUnitLevel.National, null);
    private static readonly UnitPlace Banten = new(Guid.NewGuid(), WorkUnitLevel.Province, Nation.Id);
    private static readonly UnitPlace Serang = new(Guid.NewGuid(), WorkUnitLevel.RegencyCity, Banten.Id);
    private static readonly UnitPlace Jateng = new(Guid.NewGuid(), WorkUnitLevel.Province, Nation.Id);
    private static readonly UnitPlace Semarang = new(Guid.NewGuid(), WorkUnitLevel.RegencyCity, Jateng.Id);

    private static readonly Dictionary<string, UnitPlace> Places = new()
    {
        ["nation"] = Nation, ["banten"] = Banten, ["serang"] = Serang, ["jateng"] = Jateng, ["semarang"] = Semarang,
    };

    [Theory]
    [InlineData(Role.Operator, "serang", Act.Edit, "serang", true)]
    [InlineData(Role.Operator, "serang", Act.Read, "banten", false)]
    [InlineData(Role.Operator, "banten", Act.Edit, "serang", false)]
    [InlineData(Role.Operator, "serang", Act.Approve, "serang", false)]
    [InlineData(Role.CommissionHead, "serang", Act.Approve, "serang", true)]
    [InlineData(Role.SecretariatHead, "serang", Act.Edit, "serang", false)]
    [InlineData(Role.Verifier, "banten", Act.Read, "serang", true)]
    [InlineData(Role.Verifier, "banten", Act.Verify, "serang", true)]
    [InlineData(Role.Verifier, "banten", Act.Verify, "banten", false)]
    [InlineData(Role.Verifier, "banten", Act.Read, "semarang", false)]
    [InlineData(Role.Verifier, "banten", Act.Edit, "serang", false)]
    [InlineData(Role.Verifier, "nation", Act.Verify, "nation", true)]
    [InlineData(Role.Administrator, "nation", Act.Verify, "jateng", true)]
    [InlineData(Role.Administrator, "nation", Act.Verify, "semarang", false)]
    [InlineData(Role.Administrator, "nation", Act.Administer, "semarang", true)]
    [InlineData(Role.Administrator, "nation", Act.Edit, "semarang", false)]
    [InlineData(Role.Administrator, "banten", Act.Administer, "serang", true)]
    [InlineData(Role.Administrator, "banten", Act.Administer, "semarang", false)]
    [InlineData(Role.Administrator, "banten", Act.Verify, "serang", false)]
    [InlineData(Role.Evaluator, "nation", Act.Read, "semarang", true)]
    [InlineData(Role.Evaluator, "nation", Act.Edit, "semarang", false)]
    [InlineData(Role.Reader, "banten", Act.Read, "serang", true)]
    [InlineData(Role.Reader, "banten", Act.Read, "jateng", false)]
    public void A_role_allows_exactly_the_acts_of_the_access_table(Role role, string holder, Act act, string target, bool allowed) =>
        Assert.Equal(allowed, AccessRules.Allows(role, Places[holder], act, Places[target]));

    [Fact]
    public void Every_role_has_one_command_line_name_and_a_title_and_the_approving_roles_need_a_second_factor()
    {
        Assert.Equal(Enum.GetValues<Role>().Length, AccessRules.CommandNames.Values.Distinct().Count());
        Assert.All(Enum.GetValues<Role>(), r => Assert.False(string.IsNullOrWhiteSpace(AccessRules.Title(r))));
        Assert.Equal([Role.CommissionHead, Role.SecretariatHead, Role.Verifier, Role.Administrator, Role.Evaluator], Enum.GetValues<Role>().Where(AccessRules.RequiresTwoFactor));
    }
}
