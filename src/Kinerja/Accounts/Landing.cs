using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;

namespace Kinerja.Accounts;

/// <summary>What each person sees first: an operator its unit, a verifier its province's overview, the admin nasional the nation.</summary>
public static class Landing
{
    public static string For(SignedInUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Holdings.Any(h => h.Unit.Level == WorkUnitLevel.National && h.Role is Role.Administrator or Role.Verifier or Role.Evaluator or Role.Reader))
        {
            return "/Monev/Nasional";
        }

        if (user.Holdings.FirstOrDefault(h => h.Unit.Level == WorkUnitLevel.Province && h.Role is Role.Verifier or Role.Administrator or Role.Reader) is { } province)
        {
            return $"/Monev/Provinsi/{province.Unit.Id}";
        }

        return user.Home is { } home ? $"/Satker/{home.Unit.Id}" : "/";
    }
}
