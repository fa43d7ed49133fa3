using System.Net;
using Kinerja.Access;
using Kinerja.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web;

/// <summary>
/// Every page handler of the app (found by reflection, so a new one is walked without anyone adding it here) × a user of every
/// role × a target in the own unit, a neighbour in the same province, another province, the province and KPU RI: each answer
/// must be the one this test's own outcome table says (<see cref="Expect"/>, written from the access doc, not from the code
/// under test). A forbidden write must also leave no trace.
/// </summary>
public sealed class AccessMatrixTests
{
    private const string Password = "kata sandi uji matriks akses";
    private const string AuthenticatorKey = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private enum Outcome
    {
        Allowed,
        Forbidden,
        NotFound,
        SignIn,
    }

    private enum Place
    {
        Serang,
        Lebak,
        Semarang,
        Banten,
        Nation,
    }

    /// <summary>A user of the matrix: one role held for one unit.</summary>
    private sealed record Person(string Name, Role? Role, Place? Holder)
    {
        public override string ToString() => Role is null ? Name : $"{Role}@{Holder}";
    }

    private static readonly Person[] People =
    [
        new("anonim", null, null),
        new("operator", Role.Operator, Place.Serang),
        new("ketua", Role.CommissionHead, Place.Serang),
        new("sekretaris", Role.SecretariatHead, Place.Serang),
        new("verifikator", Role.Verifier, Place.Banten),
        new("admin-provinsi", Role.Administrator, Place.Banten),
        new("pembaca-provinsi", Role.Reader, Place.Banten),
        new("admin-nasional", Role.Administrator, Place.Nation),
        new("evaluator", Role.Evaluator, Place.Nation),
    ];

    private static readonly Dictionary<Place, string> UnitNames = new()
    {
        [Place.Serang] = "KPU Kota Serang",
        [Place.Lebak] = "KPU Kabupaten Lebak",
        [Place.Semarang] = "KPU Kota Semarang",
        [Place.Banten] = "KPU Provinsi Banten",
        [Place.Nation] = "KPU RI",
    };

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Every_endpoint_answers_every_role_on_every_unit_as_the_outcome_table_says_and_forbidden_writes_leave_no_trace(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var tester = app.CreateClient(new() { AllowAutoRedirect = false });
        var units = new Dictionary<Place, Guid>();
        Guid centralJava;
        await using (var db = app.Database.Context())
        {
            foreach (var (place, name) in UnitNames)
            {
                units[place] = await db.WorkUnits.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
            }

            centralJava = await db.WorkUnits.Where(w => w.Id == units[Place.Semarang]).Select(w => w.ParentId!.Value).SingleAsync();
        }

        // A user of each role, and one operator per target unit whose user page (/Pengguna/{id}) is the target there.
        var cookies = new Dictionary<Person, string?>();
        foreach (var person in People)
        {
            if (person.Role is { } role)
            {
                var email = $"{person.Name}@matriks.test";
                await app.CreateUserAsync(email, Password, [new(role, units[person.Holder!.Value])], AuthenticatorKey);
                cookies[person] = await app.SignInAsync(email, Password, AuthenticatorKey) ?? throw new InvalidOperationException($"{person} cannot sign in.");
            }
            else
            {
                cookies[person] = null;
            }
        }

        var targetUsers = new Dictionary<Place, Guid>();
        foreach (var place in UnitNames.Keys)
        {
            targetUsers[place] = (await app.CreateUserAsync($"sasaran.{place}@matriks.test".ToLowerInvariant(), Password, [new(Role.Operator, units[place])])).Id;
        }

        var subjects = new Dictionary<Place, HostileInputTests.Subjects>();
        foreach (var place in UnitNames.Keys)
        {
            subjects[place] = await HostileInputTests.Subjects.ReadAsync(app.Database, UnitNames[place]);
        }

        var handlers = HostileInputTests.Handlers();
        var undecided = handlers.Where(h => Decide(h) is null).Select(h => h.ToString()).ToList();
        Assert.True(undecided.Count == 0, "Handlers without an access decision (Access/EndpointAccess): " + string.Join(", ", undecided));
        var stale = EndpointAccess.Decisions.Keys.Where(k => !handlers.Any(h => Key(h) == k) && !k.EndsWith(" /Error", StringComparison.Ordinal)).ToList();
        Assert.True(stale.Count == 0, "Decisions for handlers that do not exist: " + string.Join(", ", stale));
        var readWrites = handlers.Where(h => h.Verb == "POST" && Decide(h)!.Act == Act.Read).Select(h => h.ToString()).ToList();
        Assert.True(readWrites.Count == 0, "Writes decided as reads: " + string.Join(", ", readWrites));

        // The requests: forbidden ones first, so that what they must not have changed is compared before anything allowed runs.
        var cases = new List<(HostileInputTests.Handler Handler, Person Person, Place Target, Outcome Expected)>();
        foreach (var handler in handlers.Where(Walked))
        {
            var targeted = IsTargeted(handler);
            foreach (var person in People)
            {
                // A province's roll-up is aimed at a province: Banten, and (standing for "another province") Semarang's.
                var targets = IsProvinceRollUp(handler) ? [Place.Banten, Place.Semarang] : targeted ? UnitNames.Keys.ToArray() : new[] { Place.Serang };
                foreach (var target in targets)
                {
                    cases.Add((handler, person, target, Expect(Decide(handler)!, handler, person, targeted ? target : null)));
                }
            }
        }

        var failures = new List<string>();
        var before = await TraceAsync(app);
        foreach (var pass in new[] { false, true })
        {
            foreach (var (handler, person, target, expected) in cases.Where(c => (c.Expected == Outcome.Allowed) == pass))
            {
                var url = handler.Route.StartsWith("/Pengguna/{", StringComparison.Ordinal) ? $"/Pengguna/{targetUsers[target]}"
                    : IsProvinceRollUp(handler) ? $"/Monev/Provinsi/{(target == Place.Banten ? units[Place.Banten] : centralJava)}?tahun=2026&tw=2"
                    : await subjects[target].UrlAsync(tester, handler.Route);
                var values = HostileInputTests.Fields(handler).ToDictionary(f => f, f => subjects[target].Baseline(handler, f), StringComparer.Ordinal);
                if (values.ContainsKey("rev"))
                {
                    // An allowed write meets a stale revision (409) and changes nothing; the decision comes before it.
                    values["rev"] = "0";
                }

                using var client = app.CreateAnonymousClient();
                if (cookies[person] is { } cookie)
                {
                    client.DefaultRequestHeaders.Add("Cookie", cookie);
                }

                using var response = await HostileInputTests.SendAsync(client, handler, url, values);
                var actual = Classify(response);
                if (actual != expected && !Equivalent(handler, expected, actual, response))
                {
                    failures.Add($"{handler} as {person} on {target}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
                }
            }

            if (!pass)
            {
                Assert.Equal(before, await TraceAsync(app));
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} answers differ from the outcome table:\n" + string.Join("\n", failures.Take(200)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_cached_page_is_shared_by_everyone_allowed_to_see_it_and_each_sees_only_their_own_name(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        Guid serang, banten, plan;
        await using (var db = app.Database.Context())
        {
            serang = await db.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
            banten = await db.WorkUnits.Where(w => w.Name == "KPU Provinsi Banten").Select(w => w.Id).SingleAsync();
            plan = await db.Plans.Where(p => p.WorkUnitId == serang && p.Kind == Kinerja.Domain.Planning.PlanKind.Rak).Select(p => p.Id).FirstAsync();
        }

        await app.CreateUserAsync("ani.operator@kinerja.test", Password, [new(Role.Operator, serang)]);
        await app.CreateUserAsync("budi.verifikator@kinerja.test", Password, [new(Role.Verifier, banten)], AuthenticatorKey);
        var lebak = await UnitIdAsync(app, "KPU Kabupaten Lebak");
        await app.CreateUserAsync("citra.lebak@kinerja.test", Password, [new(Role.Operator, lebak)]);

        async Task<HttpResponseMessage> GetAsync(string email, string? key)
        {
            using var client = app.CreateAnonymousClient();
            client.DefaultRequestHeaders.Add("Cookie", await app.SignInAsync(email, Password, key));
            return await client.GetAsync(new Uri($"/Rencana/{plan}", UriKind.Relative));
        }

        var first = await GetAsync("ani.operator@kinerja.test", null);
        var second = await GetAsync("budi.verifikator@kinerja.test", AuthenticatorKey);
        var again = await GetAsync("ani.operator@kinerja.test", null);
        var neighbour = await GetAsync("citra.lebak@kinerja.test", null);

        var (a, b, c) = (await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains(">ani.operator<", a, StringComparison.Ordinal);
        Assert.DoesNotContain("budi.verifikator", a, StringComparison.Ordinal);
        Assert.Contains(">budi.verifikator<", b, StringComparison.Ordinal);
        Assert.DoesNotContain("ani.operator", b, StringComparison.Ordinal);
        Assert.DoesNotContain("budi.verifikator", c, StringComparison.Ordinal);
        // The page itself is the same bytes for both: only the personal header differs, so the cache serves them both.
        Assert.Equal(Strip(a), Strip(b));
        Assert.False(second.Headers.Contains("Set-Cookie"));
        Assert.False(again.Headers.Contains("Set-Cookie"));
        Assert.Equal(HttpStatusCode.NotFound, neighbour.StatusCode);
    }

    private static string Strip(string html) => System.Text.RegularExpressions.Regex.Replace(html, "<nav aria-label=\"Menu utama\".*?</form></div>", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);

    private static async Task<Guid> UnitIdAsync(KinerjaApp app, string name)
    {
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    /// <summary>What the user may do, from the access doc's table of roles: the units it reads, and the acts it has on each.</summary>
    private static Act[] ActsOn(Person person, Place target)
    {
        var inBanten = target is Place.Banten or Place.Serang or Place.Lebak;
        var below = target is Place.Serang or Place.Lebak;
        return (person.Role, person.Holder) switch
        {
            (Role.Operator, Place.Serang) => target == Place.Serang ? [Act.Read, Act.Edit] : [],
            (Role.CommissionHead or Role.SecretariatHead, Place.Serang) => target == Place.Serang ? [Act.Read, Act.Approve] : [],
            (Role.Verifier, Place.Banten) => inBanten ? below ? [Act.Read, Act.Verify] : [Act.Read] : [],
            (Role.Administrator, Place.Banten) => inBanten ? [Act.Read, Act.Administer] : [],
            (Role.Reader, Place.Banten) => inBanten ? [Act.Read] : [],
            (Role.Administrator, Place.Nation) => target is Place.Nation or Place.Banten or Place.Semarang ? [Act.Read, Act.Administer, Act.Verify] : [Act.Read, Act.Administer],
            (Role.Evaluator, Place.Nation) => [Act.Read],
            _ => [],
        };
    }

    private static Outcome Expect(Decision decision, HostileInputTests.Handler handler, Person person, Place? target)
    {
        if (decision.Anonymous)
        {
            return Outcome.Allowed;
        }

        if (person.Role is null)
        {
            return Outcome.SignIn;
        }

        if (decision.Act is not { } act)
        {
            return Outcome.Allowed;
        }

        var anywhere = UnitNames.Keys.Any(p => ActsOn(person, p).Contains(act));
        if (!anywhere)
        {
            return Outcome.Forbidden;
        }

        if (handler.Route == "/Monev/Nasional")
        {
            return ActsOn(person, Place.Nation).Contains(Act.Read) ? Outcome.Allowed : Outcome.NotFound;
        }

        if (target is not { } unit)
        {
            return Outcome.Allowed;
        }

        var acts = ActsOn(person, unit);
        if (handler.Route.StartsWith("/Pengguna", StringComparison.Ordinal))
        {
            // A user page is seen by the admins of the user's unit.
            return acts.Contains(Act.Administer) ? Outcome.Allowed : Outcome.NotFound;
        }

        return acts.Length == 0 ? Outcome.NotFound : acts.Contains(act) ? Outcome.Allowed : Outcome.Forbidden;
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode != HttpStatusCode.InternalServerError, $"500 from {response.RequestMessage?.RequestUri}");
        var location = response.Headers.Location?.OriginalString ?? (response.Headers.TryGetValues("HX-Redirect", out var hx) ? hx.First() : string.Empty);
        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden when location.Contains("/Akun/DuaLangkah", StringComparison.Ordinal) => Outcome.Allowed,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            HttpStatusCode.NotFound => Outcome.NotFound,
            HttpStatusCode.Unauthorized when location.Contains("/Akun/Masuk", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect or HttpStatusCode.SeeOther when location.Contains("/Akun/Masuk", StringComparison.Ordinal) => Outcome.SignIn,
            _ => Outcome.Allowed,
        };
    }

    private static Decision? Decide(HostileInputTests.Handler handler) => EndpointAccess.Decisions.GetValueOrDefault(Key(handler));

    private static string Key(HostileInputTests.Handler handler) => EndpointAccess.Key(handler.Verb, PagePath(handler.Model), handler.Name);

    /// <summary>The page's path under Pages (what the access table is keyed by), from its model's namespace and name.</summary>
    private static string PagePath(Type model) => "/" + model.FullName!["Kinerja.Pages.".Length..^"Model".Length].Replace('.', '/');

    /// <summary>
    /// The handlers whose subject the walk cannot name (an evidence file, a pending upload): allowed, they answer 404 for the
    /// missing subject, which is right; forbidden, they must still answer 403 or 404 before looking.
    /// </summary>
    private static readonly HashSet<string> SubjectNotNamed = new(StringComparer.Ordinal)
    {
        "GET /Monitoring/Quarter Evidence",
        "POST /Monitoring/Quarter RemoveEvidence",
        "POST /Import/Index Recheck",
        "POST /Import/Index Commit",
    };

    /// <summary>Answers that mean the same as the expected one for this kind of endpoint.</summary>
    private static bool Equivalent(HostileInputTests.Handler handler, Outcome expected, Outcome actual, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        return (expected, actual) switch
        {
            // A public page (the code step of sign-in) may send to the sign-in page first.
            (Outcome.Allowed, Outcome.SignIn) => Decide(handler)!.Anonymous,
            (Outcome.Allowed, Outcome.NotFound) => SubjectNotNamed.Contains(Key(handler)),
            // A form that names its unit in a field (new plan, new budget) refuses a unit out of scope as a wrong value (422),
            // or shows the empty form of the units in scope (GET): nothing of the other unit is shown or stored (the trace says).
            (Outcome.NotFound, Outcome.Allowed) => !handler.Route.Contains("{id", StringComparison.Ordinal)
                && (status == 422 || (handler.Verb == "GET" && status is 200 or 302)),
            _ => false,
        };
    }

    private static bool IsProvinceRollUp(HostileInputTests.Handler handler) => handler.Route.StartsWith("/Monev/Provinsi/", StringComparison.Ordinal);

    /// <summary>A handler aimed at a unit's data: its route names an object, or its form names the unit.</summary>
    private static bool IsTargeted(HostileInputTests.Handler handler) =>
        handler.Route.Contains('{', StringComparison.Ordinal) || HostileInputTests.Fields(handler).Contains("workUnitId");

    /// <summary>
    /// Everything but the own account's writes (signing out, ending sessions, changing the password: they would end the walking
    /// users' sessions and have tests of their own) and the error page.
    /// </summary>
    private static bool Walked(HostileInputTests.Handler handler) =>
        !(handler.Route.StartsWith("/Akun", StringComparison.Ordinal) && handler.Verb == "POST") && handler.Model.Name != "ErrorModel";

    /// <summary>What a forbidden write would change: the trail, the revisions, the plans and budgets, the role assignments.</summary>
    private static async Task<string> TraceAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        return string.Join(' ',
            await db.Changes.CountAsync(),
            await db.Plans.SumAsync(p => p.Revision),
            await db.Plans.CountAsync(),
            await db.BudgetVersions.SumAsync(b => b.Revision),
            await db.BudgetVersions.CountAsync(),
            await db.WorkUnits.SumAsync(w => w.Revision),
            await db.Reports.CountAsync(),
            await db.Evidence.CountAsync(),
            await db.UserRoles.CountAsync(),
            await db.Users.CountAsync(u => u.IsActive));
    }
}
