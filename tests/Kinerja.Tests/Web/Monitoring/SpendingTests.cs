using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Changes;
using Kinerja.Demo;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;
using Kinerja.Planning;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Monitoring;

/// <summary>The RPD and realisasi page over HTTP, on the demo data of each provider.</summary>
public sealed partial class SpendingTests
{
    private sealed record Output(BudgetCode Code, long Ceiling);

    private sealed record Unit(Guid Id, IReadOnlyList<Output> Outputs);

    private static async Task<Unit> UnitAsync(KinerjaApp app, string name)
    {
        await using var db = app.Database.Context();
        var unit = await db.WorkUnits.AsNoTracking().SingleAsync(w => w.Name == name);
        var budget = (await BudgetQueries.LatestAsync(db, unit.Id, DemoData.Year))!;
        return new Unit(unit.Id, [.. budget.Outputs.Select(o => new Output(o.Code, budget.AmountsOf(o).Total.Value))]);
    }

    private static async Task<BudgetRealisation?> StoredAsync(KinerjaApp app, Guid unitId)
    {
        await using var db = app.Database.Context();
        return await db.BudgetRealisations.AsNoTracking().SingleOrDefaultAsync(r => r.WorkUnitId == unitId && r.Year == DemoData.Year);
    }

    /// <summary>Removes the demo realisation of a unit, so that the page starts from nothing as for a new year.</summary>
    private static async Task ForgetAsync(KinerjaApp app, Guid unitId)
    {
        await using var db = app.Database.Context();
        db.BudgetRealisations.Remove(await db.BudgetRealisations.SingleAsync(r => r.WorkUnitId == unitId && r.Year == DemoData.Year));
        await db.SaveChangesAsync();
    }

    private static string PageUrl(Unit unit) => $"/Satker/{unit.Id}/Anggaran/Realisasi?tahun={DemoData.Year.Value}";

    private static string SaveUrl(Unit unit) => PageUrl(unit) + "&handler=Save";

    /// <summary>A row form as posted: twelve RPD and twelve realisation fields (null: left blank), the output and the revision.</summary>
    private static Dictionary<string, string> Fields(BudgetCode code, int rev, string?[] plan, string?[] realised)
    {
        var fields = new Dictionary<string, string> { ["kode"] = code.Value, ["rev"] = rev.ToString(CultureInfo.InvariantCulture) };
        for (var m = 1; m <= 12; m++)
        {
            fields[$"rpd{m}"] = plan[m - 1] ?? string.Empty;
            fields[$"realisasi{m}"] = realised[m - 1] ?? string.Empty;
        }

        return fields;
    }

    /// <summary>The stored months of an output, typed back as the edit form shows them.</summary>
    private static (string?[] Plan, string?[] Realised) AsTyped(BudgetRealisation? stored, BudgetCode code)
    {
        var months = stored?.Months.Where(m => m.Code == code).ToDictionary(m => m.Month) ?? [];
        return (
            [.. Enumerable.Range(1, 12).Select(m => months.TryGetValue(m, out var x) ? IdFormat.Whole(x.Planned.Value) : "0")],
            [.. Enumerable.Range(1, 12).Select(m => months.TryGetValue(m, out var x) && x.Realised is { } r ? IdFormat.Whole(r.Value) : null)]);
    }

    private static string RowOf(string html, BudgetCode code) =>
        RowGroup().Match(html.Replace($"id=\"ro-{code.Value.Replace('.', '-')}\"", "id=\"HERE\"", StringComparison.Ordinal)).Value;

    [GeneratedRegex("<tbody id=\"HERE\".*?</tbody>", RegexOptions.Singleline)]
    private static partial Regex RowGroup();

    [GeneratedRegex("<td class=\"num\" id=\"absorption-total\">([^<]*)</td>")]
    private static partial Regex QuarterAbsorption();

    [GeneratedRegex("name=\"rev\" value=\"(\\d+)\"")]
    private static partial Regex RevisionField();

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, bool htmx = true) =>
        Forms.PostAsync(client, url, fields, htmx);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_first_save_creates_the_realisation_with_the_amounts_as_typed_and_blank_apart_from_zero(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var unit = await UnitAsync(app, "KPU Kota Serang");
        await ForgetAsync(app, unit.Id);
        using var client = app.CreateClient();
        var output = unit.Outputs[0];

        var empty = await client.GetStringAsync(new Uri(PageUrl(unit), UriKind.Relative));
        Assert.Contains("Rencana penarikan dana dan realisasi anggaran", empty, StringComparison.Ordinal);
        Assert.Contains($"belum direncanakan {IdFormat.Rupiah(output.Ceiling)}", WebUtility.HtmlDecode(RowOf(empty, output.Code)), StringComparison.Ordinal);

        string?[] plan = ["1.250.000", "Rp 2.000.000", "0", null, "500000", "0", "0", "0", "0", "0", "0", "0"];
        string?[] realised = ["1.000.000", "0", null, null, null, null, null, null, null, null, null, null];
        var response = await PostAsync(client, SaveUrl(unit), Fields(output.Code, 0, plan, realised));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("<div id=\"realisasi\"", html.TrimStart(), StringComparison.Ordinal);
        Assert.Contains($"RPD dan realisasi {output.Code} disimpan.", html, StringComparison.Ordinal);
        var row = RowOf(html, output.Code);
        // The realisation row: January 1.000.000, February a real zero, March not reported.
        Assert.Matches("<th scope=\"row\" class=\"kind\">Realisasi</th>\\s*<td class=\"num\">1.000.000</td>\\s*<td class=\"num\">0</td>\\s*<td class=\"num blank\">–</td>", row);
        Assert.Contains($"<td class=\"num total\">{IdFormat.Whole(3_750_000)}</td>", row, StringComparison.Ordinal);

        var stored = (await StoredAsync(app, unit.Id))!;
        Assert.True(stored.Revision > 0);
        var months = stored.Months.Where(m => m.Code == output.Code).ToDictionary(m => m.Month);
        Assert.Equal([1_250_000L, 2_000_000, 0, 0, 500_000, 0, 0, 0, 0, 0, 0, 0], [.. Enumerable.Range(1, 12).Select(m => months[m].Planned.Value)]);
        Assert.Equal(new Rupiah(1_000_000), months[1].Realised);
        Assert.Equal(Rupiah.Zero, months[2].Realised);
        Assert.Null(months[3].Realised);
        Assert.Equal(2, stored.ThroughMonth);

        // The edit form draws them back the same way: "0" for February, an empty field for March.
        var form = await client.GetStringAsync(new Uri(PageUrl(unit) + "&ubah=" + output.Code.Value, UriKind.Relative));
        Assert.Contains("id=\"sp-realisasi2\" name=\"realisasi2\" form=\"form-realisasi\" value=\"0\"", form, StringComparison.Ordinal);
        Assert.Contains("id=\"sp-realisasi3\" name=\"realisasi3\" form=\"form-realisasi\" value=\"\"", form, StringComparison.Ordinal);
        Assert.Contains($"name=\"rev\" value=\"{stored.Revision}\"", form, StringComparison.Ordinal);

        await using var db = app.Database.Context();
        var change = Assert.Single(await db.Changes.AsNoTracking().Where(c => c.SubjectId == stored.Id).ToListAsync());
        Assert.Equal(ChangeSubject.BudgetRealisation, change.Subject);
        Assert.Equal(stored.Revision, change.Revision);
        Assert.Contains("RPD Januari Rp 0 → Rp 1.250.000", change.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("realisasi Maret", change.Summary, StringComparison.Ordinal);
        Assert.Contains("realisasi Februari belum dilaporkan → Rp 0", change.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Saving_realisasi_changes_the_absorption_on_the_quarter_page_and_a_plain_post_redirects(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var unit = await UnitAsync(app, "KPU Kabupaten Lebak");
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var quarterUrl = new Uri($"/Satker/{unit.Id}/Monev?tahun={DemoData.Year.Value}&tw=1", UriKind.Relative);
        var before = QuarterAbsorption().Match(await client.GetStringAsync(quarterUrl)).Groups[1].Value;
        var stored = (await StoredAsync(app, unit.Id))!;
        var output = unit.Outputs.First(o => o.Ceiling > 0);
        var (plan, realised) = AsTyped(stored, output.Code);
        var january = stored.Months.Single(m => m.Code == output.Code && m.Month == 1).Realised!.Value;
        realised[0] = IdFormat.Whole(january.Value + 25_000_000);

        var response = await PostAsync(client, SaveUrl(unit), Fields(output.Code, stored.Revision, plan, realised), htmx: false);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{PageUrl(unit)}#ro-{output.Code.Value.Replace('.', '-')}", response.Headers.Location?.OriginalString);
        var after = QuarterAbsorption().Match(await client.GetStringAsync(quarterUrl)).Groups[1].Value;
        // What the quarter shows is the realisation through March over the whole pagu, both as now stored.
        var now = (await StoredAsync(app, unit.Id))!;
        var spent = now.Months.Where(m => m.Month <= 3).Sum(m => m.Realised?.Value ?? 0);
        var expected = IdFormat.Percent(Achievement.Round((decimal)spent / unit.Outputs.Sum(o => o.Ceiling) * 100m));
        Assert.NotEqual(before, after);
        Assert.Equal(expected, after);
        Assert.Equal(january.Value + 25_000_000, now.Months.Single(m => m.Code == output.Code && m.Month == 1).Realised!.Value.Value);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_amount_is_422_naming_the_month_and_field_keeps_what_was_typed_and_stores_nothing(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var unit = await UnitAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var stored = (await StoredAsync(app, unit.Id))!;
        var output = unit.Outputs[0];
        var (plan, realised) = AsTyped(stored, output.Code);
        plan[0] = "7.000.000";
        plan[2] = "1.250,50";
        realised[6] = "-5";

        var response = await PostAsync(client, SaveUrl(unit), Fields(output.Code, stored.Revision, plan, realised));
        var html = await response.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("RPD Maret: Jumlah rupiah harus bilangan bulat tanpa sen", text, StringComparison.Ordinal);
        Assert.Contains("Realisasi Juli: Jumlah rupiah tidak boleh negatif", text, StringComparison.Ordinal);
        Assert.Matches("name=\"rpd3\" form=\"form-realisasi\" value=\"1.250,50\"[^>]*aria-invalid=\"true\" aria-describedby=\"sp-rpd3-error\"", html);
        Assert.Contains("id=\"sp-rpd3-error\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"sp-realisasi7-error\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"rpd1\" form=\"form-realisasi\" value=\"7.000.000\"", html, StringComparison.Ordinal);

        var after = (await StoredAsync(app, unit.Id))!;
        Assert.Equal(stored.Revision, after.Revision);
        Assert.Equal(
            stored.Months.Select(m => (m.Code, m.Month, m.Planned, m.Realised)).OrderBy(x => x.Code.Value, StringComparer.Ordinal).ThenBy(x => x.Month),
            after.Months.Select(m => (m.Code, m.Month, m.Planned, m.Realised)).OrderBy(x => x.Code.Value, StringComparer.Ordinal).ThenBy(x => x.Month));
        await using var db = app.Database.Context();
        Assert.False(await db.Changes.AnyAsync(c => c.SubjectId == stored.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_stale_revision_is_409_with_what_changed_and_the_typed_values_and_the_retry_applies(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var unit = await UnitAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var stored = (await StoredAsync(app, unit.Id))!;
        var output = unit.Outputs[0];
        var (plan, realised) = AsTyped(stored, output.Code);
        var mine = ((string?[])plan.Clone(), (string?[])realised.Clone());
        realised[4] = "11.000.000";
        mine.Item2[5] = "22.000.000";

        var first = await PostAsync(client, SaveUrl(unit), Fields(output.Code, stored.Revision, plan, realised));
        var second = await PostAsync(client, SaveUrl(unit), Fields(output.Code, stored.Revision, mine.Item1, mine.Item2));
        var html = await second.Content.ReadAsStringAsync();
        var text = WebUtility.HtmlDecode(html);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("sudah diubah oleh penguji (KPU RI)", text, StringComparison.Ordinal);
        Assert.Contains("→ Rp 11.000.000", text, StringComparison.Ordinal);
        Assert.Contains("name=\"realisasi6\" form=\"form-realisasi\" value=\"22.000.000\"", html, StringComparison.Ordinal);
        var between = (await StoredAsync(app, unit.Id))!;
        Assert.Equal(new Rupiah(11_000_000), between.Months.Single(m => m.Code == output.Code && m.Month == 5).Realised);
        Assert.NotEqual(new Rupiah(22_000_000), between.Months.Single(m => m.Code == output.Code && m.Month == 6).Realised);

        // The refused form carries the revision it now draws from: saving it again applies what was typed.
        var rev = int.Parse(RevisionField().Match(html).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(between.Revision, rev);
        var retry = await PostAsync(client, SaveUrl(unit), Fields(output.Code, rev, mine.Item1, mine.Item2));
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        var after = (await StoredAsync(app, unit.Id))!;
        Assert.Equal(new Rupiah(22_000_000), after.Months.Single(m => m.Code == output.Code && m.Month == 6).Realised);
        // The retry's form still held May as it was when the page was opened: that is what was saved.
        Assert.Equal(stored.Months.Single(m => m.Code == output.Code && m.Month == 5).Realised, after.Months.Single(m => m.Code == output.Code && m.Month == 5).Realised);
        Assert.True(after.Revision > between.Revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_RPD_above_the_pagu_is_saved_with_a_clear_warning(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var unit = await UnitAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var stored = (await StoredAsync(app, unit.Id))!;
        var output = unit.Outputs.First(o => o.Ceiling > 0);
        var (plan, realised) = AsTyped(stored, output.Code);
        var others = stored.Months.Where(m => m.Code == output.Code && m.Month > 1).Sum(m => m.Planned.Value);
        plan[0] = IdFormat.Whole(output.Ceiling - others + 1_000_000);

        var response = await PostAsync(client, SaveUrl(unit), Fields(output.Code, stored.Revision, plan, realised));
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("RPD melebihi pagu pada 1 output", html, StringComparison.Ordinal);
        Assert.Contains("melebihi pagu Rp 1.000.000", RowOf(html, output.Code), StringComparison.Ordinal);
        Assert.Equal(output.Ceiling + 1_000_000, (await StoredAsync(app, unit.Id))!.Months.Where(m => m.Code == output.Code).Sum(m => m.Planned.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Unknown_units_years_and_outputs_are_404_and_a_cross_site_post_is_403(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var unit = await UnitAsync(app, "KPU Kota Serang");
        using var client = app.CreateClient();
        var stored = (await StoredAsync(app, unit.Id))!;
        var output = unit.Outputs[0];
        var (plan, realised) = AsTyped(stored, output.Code);

        foreach (var url in new[] { $"/Satker/{Guid.NewGuid()}/Anggaran/Realisasi?tahun=2026", $"/Satker/{unit.Id}/Anggaran/Realisasi?tahun=1999", $"/Satker/{unit.Id}/Anggaran/Realisasi?tahun=2101" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(url, UriKind.Relative))).StatusCode);
        }

        var unknownOutput = Fields(BudgetCode.Parse("9999.ZZZ.999"), stored.Revision, plan, realised);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, SaveUrl(unit), unknownOutput)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, $"/Satker/{unit.Id}/Anggaran/Realisasi?tahun=1999&handler=Save", Fields(output.Code, stored.Revision, plan, realised))).StatusCode);

        realised[0] = "1";
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(SaveUrl(unit), UriKind.Relative)) { Content = new FormUrlEncodedContent(Fields(output.Code, stored.Revision, plan, realised)) };
        request.Headers.Add("Sec-Fetch-Site", "cross-site");
        var crossSite = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, crossSite.StatusCode);
        Assert.Equal(stored.Revision, (await StoredAsync(app, unit.Id))!.Revision);
    }
}
