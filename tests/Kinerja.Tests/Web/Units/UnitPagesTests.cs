using System.Net;
using Kinerja.Changes;
using Kinerja.Demo;
using Kinerja.Domain.Common;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Units;

/// <summary>The home tree, the work unit page with its organisation forms, and the checks page, over HTTP on each provider.</summary>
public sealed class UnitPagesTests
{
    private static readonly int Year = DemoData.Year.Value;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_home_page_lists_every_demo_unit_linked_to_its_page_with_plan_status_and_pagu(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        await using var db = app.Database.Context();
        var units = await db.WorkUnits.AsNoTracking().IgnoreAutoIncludes().Select(w => new { w.Id, w.Name }).ToListAsync();
        var latest = await BudgetQueries.LatestAsync(db, DemoData.Year);
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/?tahun={Year}", UriKind.Relative)));

        Assert.Equal(7, units.Count);
        foreach (var unit in units)
        {
            Assert.Contains($"<a href=\"/Satker/{unit.Id}?tahun={Year}\">{unit.Name}</a>", html, StringComparison.Ordinal);
            Assert.Contains(IdFormat.Rupiah(latest[unit.Id].Total.Value), html, StringComparison.Ordinal);
        }

        Assert.Contains("7 satuan kerja.", html, StringComparison.Ordinal);
        Assert.Contains("RKT <span class=\"status status-draft\">Draf</span>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Searching_on_the_server_keeps_the_matches_and_the_units_above_them(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/?tahun={Year}&cari=kota+serang", UriKind.Relative)));
        var byCode = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/?tahun={Year}&cari=660719", UriKind.Relative)));
        var none = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/?tahun={Year}&cari=Papua", UriKind.Relative)));

        Assert.Contains(">KPU Kota Serang</a>", html, StringComparison.Ordinal);
        Assert.Contains(">KPU Provinsi Banten</a>", html, StringComparison.Ordinal);
        Assert.Contains(">KPU RI</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">KPU Kabupaten Lebak</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">KPU Kota Semarang</a>", html, StringComparison.Ordinal);
        Assert.Contains("1 dari 7 satuan kerja cocok dengan \"kota serang\".", html, StringComparison.Ordinal);
        Assert.Contains("value=\"kota serang\"", html, StringComparison.Ordinal);

        Assert.Contains(">KPU Kabupaten Kudus</a>", byCode, StringComparison.Ordinal);
        Assert.DoesNotContain(">KPU Kota Serang</a>", byCode, StringComparison.Ordinal);

        Assert.Contains("Tidak ada satuan kerja yang cocok.", none, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_unit_page_shows_the_plans_budget_versions_officials_and_units(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        await using var db = app.Database.Context();
        var plans = await db.Plans.AsNoTracking().Where(p => p.WorkUnitId == serang.Id).Select(p => p.Id).ToListAsync();
        var budgets = await db.BudgetVersions.AsNoTracking().Include(b => b.Lines).Where(b => b.WorkUnitId == serang.Id).ToListAsync();
        using var client = app.CreateClient();

        var response = await client.GetAsync(new Uri($"/Satker/{serang.Id}?tahun={Year}", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h3>Sekretariat KPU Kota Serang</h3>", html, StringComparison.Ordinal);
        Assert.Equal(6, plans.Count);
        Assert.All(plans, id =>
        {
            Assert.Contains($"href=\"/Rencana/{id}\"", html, StringComparison.Ordinal);
            Assert.Contains($"href=\"/Dokumen/Rencana/{id}\"", html, StringComparison.Ordinal);
        });
        Assert.Contains("Draf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/Rencana/Baru\"", html, StringComparison.Ordinal);
        foreach (var budget in budgets)
        {
            Assert.Contains($"<a href=\"/Anggaran/{budget.Id}\">{budget.Label}</a>", html, StringComparison.Ordinal);
            Assert.Contains(IdFormat.Rupiah(budget.Total.Value), html, StringComparison.Ordinal);
        }

        Assert.Contains(budgets[0].DipaNumber!, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Dokumen/Anggaran/{serang.Id}/{Year}\"", html, StringComparison.Ordinal);
        foreach (var official in serang.Officials)
        {
            Assert.Contains($"<th scope=\"row\">{official.Name}</th>", html, StringComparison.Ordinal);
        }

        Assert.Contains(serang.HeadOf(EntityKind.Secretariat)!.Nip!.Value.Grouped, html, StringComparison.Ordinal);
        Assert.Contains("Subbagian Keuangan, Umum dan Logistik", html, StringComparison.Ordinal);
        Assert.Contains("Divisi Hukum dan Pengawasan", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Satker/{serang.Id}/Pemeriksaan?tahun={Year}\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_year_without_plans_offers_to_create_them_or_start_from_the_year_before(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        using var client = app.CreateClient();

        var html = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Satker/{serang.Id}?tahun={Year + 1}", UriKind.Relative)));
        var twoYearsOn = WebUtility.HtmlDecode(await client.GetStringAsync(new Uri($"/Satker/{serang.Id}?tahun={Year + 2}", UriKind.Relative)));

        Assert.Equal(6, Count(html, "action=\"/Rencana/Baru\""));
        Assert.Contains("<input type=\"hidden\" name=\"kind\" value=\"Rak\" />", html, StringComparison.Ordinal);
        Assert.Contains("name=\"scheduleStyle\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Monthly\">per bulan</option>", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"entity\" value=\"Secretariat\" />", html, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"year\" value=\"{Year + 1}\" />", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Rencana/TahunBerikut\"", html, StringComparison.Ordinal);
        Assert.Contains($"<input type=\"hidden\" name=\"fromYear\" value=\"{Year}\" />", html, StringComparison.Ordinal);
        Assert.Contains("action=\"/Anggaran/Baru\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"dipaNumber\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"dipaDate\"", html, StringComparison.Ordinal);

        Assert.DoesNotContain("action=\"/Rencana/TahunBerikut\"", twoYearsOn, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_official_with_a_bad_NIP_is_refused_next_to_the_field_with_what_was_typed(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        using var client = app.CreateClient();

        var response = await PostAsync(client, serang.Id, "AddOfficial", htmx: true, ("rev", serang.Revision), ("name", "Budi Santoso"), ("position", "Kepala Subbagian Hukum"), ("nip", "1975 0314 2000"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.StartsWith("<section id=\"organisasi\"", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains(Nip.Problem("1975 0314 2000")!, html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"official-new-nip-error\">", html, StringComparison.Ordinal);
        Assert.Contains("id=\"official-new-nip\" name=\"nip\" type=\"text\" value=\"1975 0314 2000\" aria-invalid=\"true\" aria-describedby=\"official-new-nip-hint official-new-nip-error\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Budi Santoso\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kepala Subbagian Hukum\"", html, StringComparison.Ordinal);
        await using var db = app.Database.Context();
        var stored = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == serang.Id);
        Assert.DoesNotContain(stored.Officials, o => o.Name == "Budi Santoso");
        Assert.Equal(serang.Revision, stored.Revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_form_without_htmx_shows_the_whole_page_with_the_message(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        using var client = app.CreateClient();

        var response = await PostAsync(client, serang.Id, "AddOfficial", htmx: false, ("rev", serang.Revision), ("name", " "), ("position", "Kepala Subbagian Hukum"), ("nip", ""));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("<html lang=\"id\">", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"field-error\" id=\"official-new-name-error\">Nama pejabat wajib diisi.</span>", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Kepala Subbagian Hukum\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_good_official_is_stored_with_the_change_in_the_trail(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        using var client = app.CreateClient();

        var response = await PostAsync(client, serang.Id, "AddOfficial", htmx: true, ("rev", serang.Revision), ("name", "Budi Santoso"), ("position", "Kepala Subbagian Hukum"), ("nip", "19750314 200003 1 001"));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<th scope=\"row\">Budi Santoso</th>", html, StringComparison.Ordinal);
        Assert.Contains("Pejabat ditambahkan: Budi Santoso (Kepala Subbagian Hukum, NIP 19750314 200003 1 001).", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"rev\" value=\"{serang.Revision + 1}\"", html, StringComparison.Ordinal);
        await using var db = app.Database.Context();
        var stored = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == serang.Id);
        var official = Assert.Single(stored.Officials, o => o.Name == "Budi Santoso");
        Assert.Equal("Kepala Subbagian Hukum", official.Position);
        Assert.Equal(Nip.Parse("197503142000031001"), official.Nip);
        Assert.Equal(serang.Revision + 1, stored.Revision);
        var change = Assert.Single(await ChangeLog.SinceAsync(db, serang.Id, serang.Revision));
        Assert.Equal(ChangeSubject.WorkUnit, change.Subject);
        Assert.StartsWith("Pejabat ditambahkan: Budi Santoso", change.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_revision_is_refused_with_what_changed_since_and_nothing_is_stored(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var unit = serang.OrganisationalUnits.First(u => u.Entity == EntityKind.Commission);
        using var client = app.CreateClient();
        var first = await PostAsync(client, serang.Id, "RenameUnit", htmx: true, ("rev", serang.Revision), ("unitId", unit.Id), ("name", "Divisi Teknis"));
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await PostAsync(client, serang.Id, "AddOfficial", htmx: true, ("rev", serang.Revision), ("name", "Budi Santoso"), ("position", "Kepala Subbagian Hukum"), ("nip", ""));
        var html = WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains($"Unit organisasi diganti nama: {unit.Name} → Divisi Teknis.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Budi Santoso\"", html, StringComparison.Ordinal);
        Assert.Contains($"name=\"rev\" value=\"{serang.Revision + 1}\"", html, StringComparison.Ordinal);
        await using var db = app.Database.Context();
        var stored = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == serang.Id);
        Assert.DoesNotContain(stored.Officials, o => o.Name == "Budi Santoso");
        Assert.Equal(serang.Revision + 1, stored.Revision);
        Assert.Equal("Divisi Teknis", stored.OrganisationalUnits.Single(u => u.Id == unit.Id).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Heads_are_appointed_officials_changed_and_units_removed_only_when_no_action_needs_them(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var chair = serang.HeadOf(EntityKind.Commission)!;
        var secretary = serang.HeadOf(EntityKind.Secretariat)!;
        var busy = serang.OrganisationalUnits.First(u => u.Entity == EntityKind.Secretariat);
        using var client = app.CreateClient();
        var rev = serang.Revision;

        var added = await PostAsync(client, serang.Id, "AddUnit", htmx: true, ("rev", rev++), ("entity", "Secretariat"), ("name", "Subbagian Arsip"));
        var appointed = await PostAsync(client, serang.Id, "Entity", htmx: true, ("rev", rev++), ("entity", "Secretariat"), ("name", "Sekretariat KPU Kota Serang"), ("official", chair.Id), ("position", "Pt. Sekretaris"));
        var changed = await PostAsync(client, serang.Id, "ChangeOfficial", htmx: true, ("rev", rev++), ("officialId", secretary.Id), ("name", secretary.Name), ("position", "Kepala Bagian"), ("nip", secretary.Nip!.Value.Digits));
        var refused = await PostAsync(client, serang.Id, "RemoveUnit", htmx: true, ("rev", rev), ("unitId", busy.Id));
        var refusedHtml = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK], new[] { added.StatusCode, appointed.StatusCode, changed.StatusCode });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains($"{busy.Name} masih menjadi pelaksana", refusedHtml, StringComparison.Ordinal);
        await using var db = app.Database.Context();
        var stored = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == serang.Id);
        var archive = Assert.Single(stored.OrganisationalUnits, u => u.Name == "Subbagian Arsip");
        Assert.Equal(EntityKind.Secretariat, archive.Entity);
        Assert.Equal(chair.Id, stored.HeadOf(EntityKind.Secretariat)!.Id);
        Assert.Equal("Pt. Sekretaris", stored.Entity(EntityKind.Secretariat).HeadPosition);
        Assert.Equal("Kepala Bagian", stored.Officials.Single(o => o.Id == secretary.Id).Position);
        Assert.Contains(stored.OrganisationalUnits, u => u.Id == busy.Id);
        Assert.Equal(rev, stored.Revision);

        using var browser = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var removed = await PostAsync(browser, serang.Id, "RemoveUnit", htmx: false, ("rev", rev), ("unitId", archive.Id));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal($"/Satker/{serang.Id}?tahun={Year}#organisasi", removed.Headers.Location?.OriginalString);
        var headRefused = await PostAsync(client, serang.Id, "RemoveOfficial", htmx: true, ("rev", rev + 1), ("officialId", chair.Id));
        var formerHead = await PostAsync(client, serang.Id, "RemoveOfficial", htmx: true, ("rev", rev + 1), ("officialId", secretary.Id));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, headRefused.StatusCode);
        Assert.Contains("masih menjadi kepala", WebUtility.HtmlDecode(await headRefused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, formerHead.StatusCode);
        await using var after = app.Database.Context();
        var final = await after.WorkUnits.AsNoTracking().SingleAsync(w => w.Id == serang.Id);
        Assert.DoesNotContain(final.OrganisationalUnits, u => u.Id == archive.Id);
        Assert.Equal([chair.Id], final.Officials.Select(o => o.Id));
        Assert.Equal(rev + 2, final.Revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_checks_page_shows_findings_provoked_in_the_database_linked_to_their_rows(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        Guid rakId, actionId, pkId, indicatorId;
        string output;
        await using (var db = app.Database.Context())
        {
            var plans = await PlanQueries.Loaded(db).Where(p => p.WorkUnitId == serang.Id && p.Entity == EntityKind.Secretariat).ToListAsync();
            var rak = plans.Single(p => p.Kind == PlanKind.Rak);
            // An output only one action spends from, so the finding names that action alone.
            var action = rak.Actions.Where(a => a.BudgetOutput is not null).GroupBy(a => a.BudgetOutput).First(g => g.Count() == 1).Single();
            rak.ChangeAction(action, action.Name, action.Target, action.ResponsibleUnitId, new Rupiah(9_000_000_000), action.BudgetOutput);
            var pk = plans.Single(p => p.Kind == PlanKind.Pk);
            var indicator = pk.Indicators.First(i => i.Target?.Text == "WTP");
            pk.ChangeIndicator(indicator, indicator.Text, Target.Parse("WDP"), indicator.Direction, indicator.Code);
            await db.SaveChangesAsync();
            (rakId, actionId, pkId, indicatorId, output) = (rak.Id, action.Id, pk.Id, indicator.Id, action.BudgetOutput!.Value.Value);
        }

        using var client = app.CreateClient();
        var response = await client.GetAsync(new Uri($"/Satker/{serang.Id}/Pemeriksaan?tahun={Year}", UriKind.Relative));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h2 id=\"kelompok-commission\">KPU Kota Serang", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"kelompok-secretariat\">Sekretariat KPU Kota Serang", html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Rencana/{rakId}#a-{actionId}\">", html, StringComparison.Ordinal);
        Assert.Contains($"Pagu aksi Rp 9.000.000.000 melebihi anggaran output {output}", html, StringComparison.Ordinal);
        Assert.Contains(CeilingExceedsBudgetOutput.Id, html, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"/Rencana/{pkId}#i-{indicatorId}\">", html, StringComparison.Ordinal);
        Assert.Contains("dalam PK Sekretariat (WDP) berbeda dengan dalam RKT Sekretariat (WTP)", html, StringComparison.Ordinal);
        Assert.Contains(TargetDiffers.Id, html, StringComparison.Ordinal);
        Assert.Contains(RakTotalExceedsBudget.Id, html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_units_and_impossible_years_are_not_found(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider, demoData: false);
        using var client = app.CreateClient();

        var unknown = await client.GetAsync(new Uri($"/Satker/{Guid.NewGuid()}?tahun={Year}", UriKind.Relative));
        var checks = await client.GetAsync(new Uri($"/Satker/{Guid.NewGuid()}/Pemeriksaan?tahun={Year}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, checks.StatusCode);
    }

    private static async Task<WorkUnit> SerangAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        return await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Name == "KPU Kota Serang");
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, Guid unitId, string handler, bool htmx, params (string Name, object Value)[] fields) =>
        Forms.PostAsync(
            client,
            $"/Satker/{unitId}?handler={handler}&tahun={Year}",
            fields.ToDictionary(f => f.Name, f => Convert.ToString(f.Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty),
            htmx);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
