using System.Collections.Frozen;
using Kinerja.Domain.Access;

namespace Kinerja.Access;

/// <summary>What an endpoint asks of its caller: nothing (sign-in pages), a signed-in person (the own profile), or an act.</summary>
public sealed record Decision(Act? Act, bool Anonymous, bool Confirmed = false)
{
    public static readonly Decision Public = new(null, Anonymous: true);

    public static readonly Decision SignedIn = new(null, Anonymous: false);

    public static Decision For(Act act, bool confirmed = false) => new(act, Anonymous: false, confirmed);
}

/// <summary>
/// Every page handler of the app and what it asks: the one place where access is decided. The key is the page
/// (its path under Pages), the HTTP method and the handler name ("" for the page's own GET/POST). <see cref="AccessFilter"/>
/// applies it before every handler, and refuses a handler that is missing here: a new page without a decision does not run,
/// and the access-matrix test, which walks every endpoint, fails.
/// <para>
/// The act says which of the user's roles count; the target unit comes from the data itself: what a user may not read is
/// filtered out of every query (404), and every save is checked against the units on which the act is allowed (403).
/// </para>
/// </summary>
public static class EndpointAccess
{
    public static readonly FrozenDictionary<string, Decision> Decisions = new Dictionary<string, Decision>(StringComparer.OrdinalIgnoreCase)
    {
        ["GET /Error"] = Decision.Public,
        ["POST /Error"] = Decision.Public,
        ["GET /Index"] = Decision.SignedIn,

        ["GET /Plans/Editor"] = Decision.For(Act.Read),
        ["GET /Plans/Editor Editor"] = Decision.For(Act.Edit),
        ["GET /Plans/Editor Row"] = Decision.For(Act.Edit),
        ["GET /Plans/Editor ViewRow"] = Decision.For(Act.Read),
        ["GET /Plans/Editor Target"] = Decision.For(Act.Edit),
        ["POST /Plans/Editor Save"] = Decision.For(Act.Edit),
        ["POST /Plans/Editor Remove"] = Decision.For(Act.Edit),
        ["POST /Plans/Editor Move"] = Decision.For(Act.Edit),
        ["POST /Plans/Editor Toggle"] = Decision.For(Act.Edit),
        ["POST /Plans/Editor Submit"] = Decision.For(Act.Edit),
        ["POST /Plans/Editor Withdraw"] = Decision.For(Act.Edit),
        ["POST /Plans/Editor Approve"] = Decision.For(Act.Approve),
        ["POST /Plans/Editor Sign"] = Decision.For(Act.Approve),
        ["POST /Plans/Editor Delete"] = Decision.For(Act.Edit),
        ["GET /Plans/New"] = Decision.For(Act.Edit),
        ["POST /Plans/New"] = Decision.For(Act.Edit),

        ["GET /Budgets/Details"] = Decision.For(Act.Read),
        ["POST /Budgets/Details AddLine"] = Decision.For(Act.Edit),
        ["POST /Budgets/Details RemoveLine"] = Decision.For(Act.Edit),
        ["POST /Budgets/Details SaveLine"] = Decision.For(Act.Edit),
        ["POST /Budgets/Details Revise"] = Decision.For(Act.Edit),
        ["GET /Budgets/New"] = Decision.For(Act.Edit),
        ["POST /Budgets/New"] = Decision.For(Act.Edit),
        ["GET /Budgets/Compare"] = Decision.For(Act.Read),

        ["GET /Documents/Budget"] = Decision.For(Act.Read),
        ["GET /Documents/Plan"] = Decision.For(Act.Read),

        ["GET /Import/Index"] = Decision.For(Act.Edit),
        ["POST /Import/Index Preview"] = Decision.For(Act.Edit),
        ["POST /Import/Index Recheck"] = Decision.For(Act.Edit),
        ["POST /Import/Index Commit"] = Decision.For(Act.Edit),
        ["POST /Import/Index Cancel"] = Decision.For(Act.Edit),

        ["GET /Monitoring/Quarter"] = Decision.For(Act.Read),
        ["GET /Monitoring/Quarter Evidence"] = Decision.For(Act.Read),
        ["POST /Monitoring/Quarter Realisation"] = Decision.For(Act.Edit),
        ["POST /Monitoring/Quarter Action"] = Decision.For(Act.Edit),
        ["POST /Monitoring/Quarter Evidence"] = Decision.For(Act.Edit),
        ["POST /Monitoring/Quarter RemoveEvidence"] = Decision.For(Act.Edit),
        ["GET /Monitoring/Spending"] = Decision.For(Act.Read),
        ["POST /Monitoring/Spending Save"] = Decision.For(Act.Edit),
        ["GET /Monitoring/Lkj"] = Decision.For(Act.Read),
        ["GET /Monitoring/Report"] = Decision.For(Act.Read),
        ["GET /Monitoring/Province"] = Decision.For(Act.Read),
        ["GET /Monitoring/National"] = Decision.For(Act.Read),

        ["GET /Units/Details"] = Decision.For(Act.Read),
        ["GET /Units/Checks"] = Decision.For(Act.Read),
        ["POST /Units/Details RenameUnit"] = Decision.For(Act.Edit),
        ["POST /Units/Details AddUnit"] = Decision.For(Act.Edit),
        ["POST /Units/Details RemoveUnit"] = Decision.For(Act.Edit),
        ["POST /Units/Details AddOfficial"] = Decision.For(Act.Edit),
        ["POST /Units/Details ChangeOfficial"] = Decision.For(Act.Edit),
        ["POST /Units/Details RemoveOfficial"] = Decision.For(Act.Edit),
        ["POST /Units/Details Entity"] = Decision.For(Act.Edit),
        ["POST /Units/Details Letterhead"] = Decision.For(Act.Edit),

        // User administration (wt-admin): /Pengguna, /Pengguna/Baru, /Pengguna/{id}
        ["GET /Users/Index"] = Decision.For(Act.Administer),
        ["GET /Users/New"] = Decision.For(Act.Administer),
        ["POST /Users/New"] = Decision.For(Act.Administer),
        ["GET /Users/Details"] = Decision.For(Act.Administer),
        ["POST /Users/Details Grant"] = Decision.For(Act.Administer, confirmed: true),
        ["POST /Users/Details Revoke"] = Decision.For(Act.Administer, confirmed: true),
        ["POST /Users/Details Deactivate"] = Decision.For(Act.Administer),
        ["POST /Users/Details Activate"] = Decision.For(Act.Administer),
        ["POST /Users/Details ForceReset"] = Decision.For(Act.Administer),
        ["POST /Users/Details ResetLink"] = Decision.For(Act.Administer),

        ["GET /Account/SignIn"] = Decision.Public,
        ["POST /Account/SignIn"] = Decision.Public,
        ["GET /Account/SecondFactor"] = Decision.Public,
        ["POST /Account/SecondFactor"] = Decision.Public,
        ["POST /Account/SignOut"] = Decision.Public,
        ["GET /Account/Start"] = Decision.SignedIn,

        // Own account (wt-pages)
        ["GET /Account/ForgotPassword"] = Decision.Public,
        ["POST /Account/ForgotPassword"] = Decision.Public,
        ["GET /Account/ResetPassword"] = Decision.Public,
        ["POST /Account/ResetPassword"] = Decision.Public,
        ["GET /Account/Profile"] = Decision.SignedIn,
        ["POST /Account/Profile End"] = Decision.SignedIn,
        ["POST /Account/Profile EndAll"] = Decision.SignedIn,
        ["GET /Account/ChangePassword"] = Decision.SignedIn,
        ["POST /Account/ChangePassword"] = Decision.SignedIn,
        ["GET /Account/TwoFactor"] = Decision.SignedIn,
        ["POST /Account/TwoFactor Enable"] = Decision.SignedIn,
        ["POST /Account/TwoFactor RecoveryCodes"] = Decision.SignedIn,
        ["POST /Account/TwoFactor Disable"] = Decision.SignedIn,
        ["GET /Account/Confirm"] = Decision.SignedIn,
        ["POST /Account/Confirm"] = Decision.SignedIn,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    public static string Key(string method, string page, string? handler) =>
        string.IsNullOrEmpty(handler) ? $"{method.ToUpperInvariant()} {page}" : $"{method.ToUpperInvariant()} {page} {handler}";

    public static Decision? Find(string method, string page, string? handler) =>
        Decisions.TryGetValue(Key(HttpMethods.IsHead(method) ? "GET" : method, page, handler), out var decision) ? decision : null;
}
