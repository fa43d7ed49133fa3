using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Changes;
using Kinerja.Demo;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Plans;

/// <summary>The plan editor over HTTP as the browser's htmx calls it, against a fresh database per test on each provider.</summary>
public sealed partial class PlanEditorTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_planner_builds_an_RKT_and_an_RAK_from_empty_and_every_row_is_stored(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var kudus = await UnitAsync(app, "KPU Kabupaten Kudus");

        // RKT 2027 of the commission from empty.
        var created = await PostAsync(client, "/Rencana/Baru", new() { ["workUnitId"] = kudus.ToString(), ["year"] = "2027", ["entity"] = "Commission", ["kind"] = "Rkt", ["scheduleStyle"] = "None" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var rkt = Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
        var page = await client.GetStringAsync(Url(rkt));
        Assert.Contains("Rencana ini belum berisi sasaran.", page, StringComparison.Ordinal);

        var goalId = await AddAsync(client, rkt, "goal", null, new() { ["text"] = "Meningkatnya kualitas penyelenggaraan Pemilihan", ["level"] = "Strategic", ["code"] = "076.01.CQ" });
        var indicatorId = await AddAsync(client, rkt, "indicator", goalId, new() { ["text"] = "Persentase partisipasi pemilih", ["target"] = "77,5 %", ["direction"] = "HigherIsBetter" });

        await using (var db = app.Database.Context())
        {
            var plan = await PlanQueries.FindAsync(db, rkt);
            var goal = Assert.Single(plan!.Goals);
            Assert.Equal("Meningkatnya kualitas penyelenggaraan Pemilihan", goal.Statement);
            Assert.Equal("076.01.CQ", goal.BudgetCode!.Value.Value);
            var indicator = Assert.Single(goal.Indicators);
            Assert.Equal(indicatorId, indicator.Id);
            Assert.Equal(TargetKind.Percentage, indicator.Target!.Value.Kind);
            Assert.Equal(77.5m, indicator.Target.Value.Value);
            Assert.Equal(2, await db.Changes.CountAsync(c => c.SubjectId == rkt && c.Summary.StartsWith("Sasaran baru") || c.SubjectId == rkt && c.Summary.StartsWith("Indikator baru")));
        }

        // RAK 2027, monthly, with an action that has a ceiling, a responsible unit and a schedule with a value.
        created = await PostAsync(client, "/Rencana/Baru", new() { ["workUnitId"] = kudus.ToString(), ["year"] = "2027", ["entity"] = "Commission", ["kind"] = "Rak", ["scheduleStyle"] = "Monthly" });
        var rak = Guid.Parse(created.Headers.Location!.ToString().Split('/')[^1]);
        goalId = await AddAsync(client, rak, "goal", null, new() { ["text"] = "Terselenggaranya sosialisasi", ["level"] = "Strategic" });
        indicatorId = await AddAsync(client, rak, "indicator", goalId, new() { ["text"] = "Jumlah kegiatan sosialisasi", ["target"] = "12 Kegiatan" });
        Guid orgUnit;
        await using (var db = app.Database.Context())
        {
            orgUnit = (await db.WorkUnits.SingleAsync(w => w.Id == kudus)).OrganisationalUnits.First(u => u.Entity == EntityKind.Commission).Id;
        }

        var actionFields = new Dictionary<string, string>
        {
            ["text"] = "Sosialisasi tatap muka",
            ["target"] = "6 kec. 29 kel",
            ["unit"] = orgUnit.ToString(),
            ["ceiling"] = "Rp 12.500.000",
            ["p_B1"] = "v",
            ["p_B3"] = "36 Pegawai",
        };
        var actionId = await AddAsync(client, rak, "action", indicatorId, actionFields);
        var another = await AddAsync(client, rak, "action", indicatorId, new() { ["text"] = "Evaluasi", ["ceiling"] = "2.500.000", ["p_B12"] = "✓" });

        await using (var db = app.Database.Context())
        {
            var plan = await PlanQueries.FindAsync(db, rak);
            var actions = plan!.Actions.ToList();
            Assert.Equal([actionId, another], actions.Select(a => a.Id));
            var action = actions[0];
            Assert.Equal(new Rupiah(12_500_000), action.BudgetCeiling);
            Assert.Equal(orgUnit, action.ResponsibleUnitId);
            Assert.Equal(TargetKind.CompoundCount, action.Target!.Value.Kind);
            Assert.Equal([("B1", (string?)null), ("B3", "36 Pegawai")], action.Schedule.Select(e => (e.Period.Code, e.Value)));
            Assert.Equal(new Rupiah(15_000_000), plan.BudgetCeilingTotal);
        }

        // The page sums the ceilings per goal and for the plan, and shows the schedule value.
        page = await client.GetStringAsync(Url(rak));
        Assert.Contains("Rp 15.000.000", page, StringComparison.Ordinal);
        Assert.Contains("15.000.000</td>", page, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"B3 36 Pegawai\">36 Pegawai</button>", page, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_row_comes_back_with_the_reason_beside_each_field_and_everything_typed_and_nothing_is_stored(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient();
        var (planId, action) = await FirstActionAsync(app);
        var before = await SnapshotAsync(app, planId);

        var response = await PostAsync(client, $"{Url(planId)}?handler=Save&element=action", new()
        {
            ["elementId"] = action.Id.ToString(),
            ["rev"] = before.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["text"] = "  ",
            ["target"] = "97,5 %",
            ["ceiling"] = "dua juta",
            ["output"] = "bukan-kode",
            ["p_B2"] = "18 Orang",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Nama kegiatan/aksi wajib diisi.", html, StringComparison.Ordinal);
        Assert.Contains("&quot;dua juta&quot; bukan jumlah rupiah", html, StringComparison.Ordinal);
        Assert.Contains("&quot;bukan-kode&quot; bukan kode anggaran", html, StringComparison.Ordinal);
        Assert.Contains("value=\"dua juta\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"97,5 %\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"18 Orang\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
        Assert.Equal(before, await SnapshotAsync(app, planId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_second_of_two_editors_is_told_the_plan_changed_and_shown_what_and_nothing_is_overwritten(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient();
        var (planId, action) = await FirstActionAsync(app);
        Guid serang;
        await using (var units = app.Database.Context())
        {
            serang = await units.WorkUnits.Where(w => w.Name == "KPU Kota Serang").Select(w => w.Id).SingleAsync();
        }

        // The first editor is the unit's operator, signed in as herself.
        await app.CreateUserAsync("siti.rahma@kinerja.test", "operator serang yang rajin", [new(Kinerja.Domain.Access.Role.Operator, serang)]);
        using var operatorClient = app.CreateAnonymousClient();
        operatorClient.DefaultRequestHeaders.Add("Cookie", await app.SignInAsync("siti.rahma@kinerja.test", "operator serang yang rajin"));
        var seen = (await SnapshotAsync(app, planId)).Revision;
        var rev = seen.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // The first editor raises the ceiling.
        var first = await PostAsync(operatorClient, $"{Url(planId)}?handler=Save&element=action", new()
        {
            ["elementId"] = action.Id.ToString(), ["rev"] = rev, ["text"] = action.Name, ["ceiling"] = "99.000.000",
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var afterFirst = await SnapshotAsync(app, planId);

        // The second, who opened the page at the same revision, renames the action.
        var second = await PostAsync(client, $"{Url(planId)}?handler=Save&element=action", new()
        {
            ["elementId"] = action.Id.ToString(), ["rev"] = rev, ["text"] = "Nama dari editor kedua", ["ceiling"] = "1.000",
        });
        var html = await second.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("sudah diubah oleh siti.rahma (KPU Kota Serang)", html, StringComparison.Ordinal);
        await using (var trail = app.Database.Context())
        {
            var entry = await trail.Changes.Where(c => c.SubjectId == planId).OrderByDescending(c => c.Revision).FirstAsync();
            Assert.Equal("siti.rahma (KPU Kota Serang)", entry.By);
            Assert.NotNull(entry.ByUserId);
        }

        Assert.Contains("Rp 99.000.000", html, StringComparison.Ordinal);
        Assert.Contains("Nama dari editor kedua", html, StringComparison.Ordinal);
        Assert.Equal(afterFirst, await SnapshotAsync(app, planId));

        // The same goes for a toggle of the schedule or a removal made from a stale page.
        var toggle = await PostAsync(client, $"{Url(planId)}?handler=Toggle", new() { ["elementId"] = action.Id.ToString(), ["rev"] = rev, ["period"] = "B7" });
        Assert.Equal(HttpStatusCode.Conflict, toggle.StatusCode);
        var remove = await PostAsync(client, $"{Url(planId)}?handler=Remove", new() { ["element"] = "action", ["elementId"] = action.Id.ToString(), ["rev"] = rev });
        Assert.Equal(HttpStatusCode.Conflict, remove.StatusCode);
        Assert.Equal(afterFirst, await SnapshotAsync(app, planId));

        // Having seen the changes, the second editor saves again from the row it was given back: now it applies.
        var current = Regex.Match(html, "name=\"rev\" value=\"(\\d+)\"").Groups[1].Value;
        Assert.Equal(afterFirst.Revision.ToString(System.Globalization.CultureInfo.InvariantCulture), current);
        var retry = await PostAsync(client, $"{Url(planId)}?handler=Save&element=action", new()
        {
            ["elementId"] = action.Id.ToString(), ["rev"] = current, ["text"] = "Nama dari editor kedua", ["ceiling"] = "99.000.000",
        });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        await using var db = app.Database.Context();
        Assert.Equal("Nama dari editor kedua", (await PlanQueries.FindAsync(db, planId))!.Actions.Single(a => a.Id == action.Id).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rows_move_and_go_and_the_schedule_toggles_and_the_page_shows_each_change_at_once(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient();
        var (planId, action) = await FirstActionAsync(app);
        List<Guid> goals;
        await using (var db = app.Database.Context())
        {
            goals = [.. (await PlanQueries.FindAsync(db, planId))!.Goals.Select(g => g.Id)];

            // The demo reports this RAK's progress, and a reported action cannot be removed (PlanRemovalTests); here nothing is reported yet.
            await db.Database.ExecuteSqlRawAsync("DELETE FROM \"ActionProgress\"");
        }

        // Warm the page cache first: the next reads must still show every change.
        _ = await client.GetStringAsync(Url(planId));

        var toggled = await PostAsync(client, $"{Url(planId)}?handler=Toggle", new() { ["elementId"] = action.Id.ToString(), ["rev"] = await RevAsync(app, planId), ["period"] = "B7" });
        Assert.Equal(HttpStatusCode.OK, toggled.StatusCode);
        var moved = await PostAsync(client, $"{Url(planId)}?handler=Move", new() { ["element"] = "goal", ["elementId"] = goals[1].ToString(), ["by"] = "-1", ["rev"] = await RevAsync(app, planId) });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var removed = await PostAsync(client, $"{Url(planId)}?handler=Remove", new() { ["element"] = "goal", ["elementId"] = goals[0].ToString(), ["rev"] = await RevAsync(app, planId) });
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);

        await using (var db = app.Database.Context())
        {
            var plan = (await PlanQueries.FindAsync(db, planId))!;
            Assert.Equal([goals[1], .. goals.Skip(2)], plan.Goals.Select(g => g.Id));
            Assert.DoesNotContain(plan.Actions, a => a.Id == action.Id);
        }

        var page = await client.GetStringAsync(Url(planId));
        Assert.DoesNotContain($"id=\"g-{goals[0]}\"", page, StringComparison.Ordinal);
        Assert.Contains("dihapus beserta indikator dan aksinya", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf($"id=\"g-{goals[1]}\"", StringComparison.Ordinal) < page.IndexOf($"id=\"g-{goals[2]}\"", StringComparison.Ordinal));

        // Moving the first goal further up is refused with a message, not an error page.
        var refused = await PostAsync(client, $"{Url(planId)}?handler=Move", new() { ["element"] = "goal", ["elementId"] = goals[1].ToString(), ["by"] = "-1", ["rev"] = await RevAsync(app, planId) });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("di luar daftar sasaran", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("97,5 %", "persentase 97,5")]
    [InlineData("6 kec. 29 kel", "jumlah majemuk: 6 kec., 29 kel")]
    [InlineData("WTP", "opini audit WTP")]
    [InlineData("", "belum diisi")]
    public async Task The_target_field_says_how_it_understood_the_text(string typed, string expected)
    {
        await using var app = await KinerjaApp.StartAsync("sqlite");
        using var client = app.CreateClient();
        var (planId, _) = await FirstActionAsync(app);

        var hint = await client.GetStringAsync(new Uri($"{Url(planId)}?handler=Target&target={Uri.EscapeDataString(typed)}", UriKind.Relative));

        Assert.Equal(expected, WebUtility.HtmlDecode(hint));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Next_year_starts_from_this_year_with_goals_indicators_and_actions_as_drafts(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var serang = await UnitAsync(app, "KPU Kota Serang");
        var next = DemoData.Year.Value + 1;

        var response = await PostAsync(client, "/Rencana/TahunBerikut", new() { ["workUnitId"] = serang.ToString(), ["fromYear"] = DemoData.Year.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using (var db = app.Database.Context())
        {
            var source = await PlanQueries.Loaded(db).AsNoTracking().Where(p => p.WorkUnitId == serang && p.Year == DemoData.Year).ToListAsync();
            var copies = await PlanQueries.Loaded(db).AsNoTracking().Where(p => p.WorkUnitId == serang && p.Year == new FiscalYear(next)).ToListAsync();
            Assert.Equal(source.Count, copies.Count);
            foreach (var original in source)
            {
                var copy = copies.Single(c => c.Entity == original.Entity && c.Kind == original.Kind);
                Assert.Equal(PlanStatus.Draft, copy.Status);
                Assert.Null(copy.Signature);
                Assert.Equal(original.ScheduleStyle, copy.ScheduleStyle);
                Assert.Equal(original.Indicators.Select(i => (i.Text, i.Target)), copy.Indicators.Select(i => (i.Text, i.Target)));
                Assert.Equal(original.Actions.Select(a => (a.Name, a.BudgetCeiling, a.Schedule.Count)), copy.Actions.Select(a => (a.Name, a.BudgetCeiling, a.Schedule.Count)));
                Assert.DoesNotContain(copy.Goals.Select(g => g.Id), id => original.Goals.Any(g => g.Id == id));
            }
        }

        // Doing it again copies nothing and says why.
        var again = await PostAsync(client, "/Rencana/TahunBerikut", new() { ["workUnitId"] = serang.ToString(), ["fromYear"] = DemoData.Year.ToString() });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains($"sudah ada pada tahun {next}", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_second_plan_of_the_same_kind_is_refused_and_a_cross_site_post_is_refused(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient();
        var serang = await UnitAsync(app, "KPU Kota Serang");

        var duplicate = await PostAsync(client, "/Rencana/Baru", new() { ["workUnitId"] = serang.ToString(), ["year"] = DemoData.Year.ToString(), ["entity"] = "Commission", ["kind"] = "Rkt" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, duplicate.StatusCode);
        Assert.Contains("sudah ada", await duplicate.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/Rencana/Baru")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["workUnitId"] = serang.ToString(), ["year"] = "2030", ["entity"] = "Commission", ["kind"] = "Rkt" }),
        };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        var crossSite = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        await using var db = app.Database.Context();
        Assert.False(await db.Plans.AnyAsync(p => p.Year == new FiscalYear(2030)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cached_editor_page_follows_changes_to_the_work_unit_and_the_budget_too(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient();
        var (planId, action) = await FirstActionAsync(app);
        var first = await client.GetStringAsync(Url(planId));
        using (var again = await client.GetAsync(Url(planId)))
        {
            // Served from the output cache: the middleware says how old the stored copy is.
            Assert.True(again.Headers.Age is not null, "the second read of an unchanged plan comes from the cache");
            Assert.Equal(first, await again.Content.ReadAsStringAsync());
        }

        await using (var db = app.Database.Context())
        {
            var plan = (await PlanQueries.FindAsync(db, planId))!;
            var unit = await db.WorkUnits.SingleAsync(w => w.Id == plan.WorkUnitId);
            unit.AddOrganisationalUnit(plan.Entity, "Subbagian Baru Untuk Uji");
            unit.Rename(unit.Name + " (nama baru)", unit.SignatureCity);
            await db.SaveChangesAsync();
        }

        // A change made outside the editor (here: straight to the database) shows within the stamp's short lifetime.
        var afterUnit = await EventuallyAsync(client, Url(planId), "(nama baru)");
        Assert.DoesNotContain("Subbagian Baru Untuk Uji", first, StringComparison.Ordinal);
        Assert.Contains("Subbagian Baru Untuk Uji", await client.GetStringAsync(new Uri($"{Url(planId)}?handler=Row&element=action&elementId={action.Id}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("(nama baru)", afterUnit, StringComparison.Ordinal);

        // A new budget revision changes what the page checks and sums against.
        await using (var db = app.Database.Context())
        {
            var latest = (await BudgetQueries.LatestAsync(db, (await db.Plans.SingleAsync(p => p.Id == planId)).WorkUnitId, DemoData.Year))!;
            var tracked = await db.BudgetVersions.Include(b => b.Lines).SingleAsync(b => b.Id == latest.Id);
            db.BudgetVersions.Add(tracked.Revise("SP DIPA uji", new DateOnly(2026, 9, 1)));
            await db.SaveChangesAsync();
        }

        Assert.Contains("Revisi ke-2", await EventuallyAsync(client, Url(planId), "Revisi ke-2"), StringComparison.Ordinal);
    }

    private static Uri Url(Guid planId) => new($"/Rencana/{planId}", UriKind.Relative);

    /// <summary>The page once it shows <paramref name="expected"/>, read again until it does for at most five seconds.</summary>
    private static async Task<string> EventuallyAsync(HttpClient client, Uri url, string expected)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (5 * TimeProvider.System.TimestampFrequency);
        while (true)
        {
            var html = await client.GetStringAsync(url);
            if (html.Contains(expected, StringComparison.Ordinal) || TimeProvider.System.GetTimestamp() > deadline)
            {
                return html;
            }

            await Task.Delay(50);
        }
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields) =>
        Forms.PostAsync(client, url, fields, htmx: false);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Uri url, Dictionary<string, string> fields) =>
        await PostAsync(client, url.ToString(), fields);

    /// <summary>Adds a row as the editor does and returns the new element's id, read from the database.</summary>
    private static async Task<Guid> AddAsync(HttpClient client, Guid planId, string element, Guid? parentId, Dictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(Url(planId));
        var rev = Regex.Match(html, "data-revision=\"(\\d+)\"").Groups[1].Value;
        var before = Regex.Matches(html, "id=\"[gia]-([0-9a-f-]{36})\"").Select(m => m.Groups[1].Value).ToHashSet();
        fields["rev"] = rev;
        fields["parentId"] = parentId?.ToString() ?? string.Empty;
        var response = await PostAsync(client, $"/Rencana/{planId}?handler=Save&element={element}", fields);
        var fragment = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, fragment);
        Assert.Equal("#plan-editor", response.Headers.GetValues("HX-Retarget").Single());
        var prefix = element[0];
        return Guid.Parse(Regex.Matches(fragment, $"id=\"{prefix}-([0-9a-f-]{{36}})\"").Select(m => m.Groups[1].Value).Single(id => !before.Contains(id)));
    }

    private static async Task<Guid> UnitAsync(KinerjaApp app, string name)
    {
        await using var db = app.Database.Context();
        return await db.WorkUnits.Where(w => w.Name == name).Select(w => w.Id).SingleAsync();
    }

    private static async Task<(Guid PlanId, PlanAction Action)> FirstActionAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        var serang = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kota Serang");
        var planId = await db.Plans.Where(p => p.WorkUnitId == serang.Id && p.ScheduleStyle == ScheduleStyle.Monthly).Select(p => p.Id).SingleAsync();
        var plan = await PlanQueries.FindAsync(db, planId);
        return (planId, plan!.Actions.First());
    }

    private static async Task<string> RevAsync(KinerjaApp app, Guid planId)
    {
        await using var db = app.Database.Context();
        return (await db.Plans.Where(p => p.Id == planId).Select(p => p.Revision).SingleAsync()).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Everything stored about a plan, to show that a refused change stored nothing.</summary>
    private static async Task<PlanSnapshot> SnapshotAsync(KinerjaApp app, Guid planId)
    {
        await using var db = app.Database.Context();
        var plan = (await PlanQueries.FindAsync(db, planId))!;
        var changes = await db.Changes.CountAsync(c => c.SubjectId == planId && c.Subject == ChangeSubject.Plan);
        var rows = string.Join("|", plan.Goals.Select(g => g.Statement)
            .Concat(plan.Indicators.Select(i => $"{i.Text}:{i.Target}"))
            .Concat(plan.Actions.Select(a => $"{a.Name}:{a.Target}:{a.BudgetCeiling}:{string.Join(',', a.Schedule.Select(e => $"{e.Period.Code}={e.Value}"))}")));
        return new PlanSnapshot(plan.Revision, changes, rows);
    }

    private sealed record PlanSnapshot(int Revision, int Changes, string Rows);
}
