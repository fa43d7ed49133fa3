using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Changes;
using Kinerja.Demo;
using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Budgets;

/// <summary>The budget pages over HTTP on each provider: what they show, what a save stores, and what they refuse.</summary>
public sealed partial class BudgetPageTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_version_shows_every_line_with_the_totals_the_domain_computes(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        using var client = app.CreateClient();

        var html = await GetAsync(client, $"/Anggaran/{serang.Revision}");

        var version = await LoadAsync(app, serang.Revision);
        Assert.Contains("Anggaran KPU Kota Serang tahun 2026: Revisi ke-1", html, StringComparison.Ordinal);
        Assert.Contains($">{IdFormat.Whole(version.Total.Value)}</td>", Cell(html, "jumlah-seluruhnya"), StringComparison.Ordinal);
        Assert.Contains(IdFormat.Rupiah(version.Total.Value), html, StringComparison.Ordinal);
        Assert.Equal(20, version.Lines.Count);
        foreach (var line in version.Lines)
        {
            var row = Row(html, line.Id);
            Assert.Contains(line.Code.Value, row, StringComparison.Ordinal);
            Assert.Contains(line.Title, row, StringComparison.Ordinal);
            Assert.Contains($"class=\"num total\">{IdFormat.Whole(version.AmountsOf(line).Total.Value)}</td>", row, StringComparison.Ordinal);
        }

        Assert.Contains($"href=\"/Satker/{serang.UnitId}?tahun=2026\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Dokumen/Anggaran/{serang.UnitId}/2026\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Anggaran/{serang.Original}\">DIPA Awal</a>", html, StringComparison.Ordinal);
        Assert.Contains("Tidak ada temuan.", html, StringComparison.Ordinal);
        Assert.Contains("Buat revisi", html, StringComparison.Ordinal);
        Assert.Contains("?ubah=", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_older_version_is_history_shown_read_only_and_refuses_changes(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var original = await LoadAsync(app, serang.Original);
        var line = original.Find(BudgetCode.Parse("3355.EBA.962"))!;
        using var client = app.CreateClient();

        var html = await GetAsync(client, $"/Anggaran/{serang.Original}?ubah={line.Id}");
        var response = await PostAsync(client, $"/Anggaran/{serang.Original}?handler=SaveLine", new()
        {
            ["lineId"] = line.Id.ToString(),
            ["rev"] = Invariant(original.Revision),
            ["title"] = line.Title,
            ["baseline"] = "1",
        });

        Assert.Contains("hanya dapat dibaca", html, StringComparison.Ordinal);
        Assert.DoesNotContain("?ubah=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"baseline\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Buat revisi", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("sudah menjadi riwayat", await TextAsync(response), StringComparison.Ordinal);
        Assert.Equal(line.Baseline, (await LoadAsync(app, serang.Original)).Find(line.Code)!.Baseline);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Editing_an_amount_stores_it_and_shows_the_new_totals(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var before = await LoadAsync(app, serang.Revision);
        var line = before.Find(BudgetCode.Parse("3355.EBA.962"))!;
        using var client = app.CreateClient();

        var form = await GetAsync(client, $"/Anggaran/{serang.Revision}?ubah={line.Id}");
        var response = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=SaveLine", new()
        {
            ["lineId"] = line.Id.ToString(),
            ["rev"] = Invariant(before.Revision),
            ["title"] = "Layanan Umum dan Perkantoran",
            ["volume"] = "2 Layanan",
            ["baseline"] = "Rp 60.000.000",
            ["newInitiative"] = "1.250.000",
        }, htmx: true);
        var html = await TextAsync(response);

        Assert.Contains($"value=\"{IdFormat.Whole(line.Baseline!.Value.Value)}\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await LoadAsync(app, serang.Revision);
        var saved = after.Find(line.Code)!;
        Assert.Equal(new Rupiah(60_000_000), saved.Baseline);
        Assert.Equal(new Rupiah(1_250_000), saved.NewInitiative);
        Assert.Equal("Layanan Umum dan Perkantoran", saved.Title);
        Assert.Equal(Volume.Parse("2 Layanan"), saved.Volume);
        var expectedTotal = before.Total - before.AmountsOf(line).Total + new Rupiah(61_250_000);
        Assert.Equal(expectedTotal, after.Total);
        Assert.True(after.Revision > before.Revision);

        // The answer is the budget part for htmx to swap in, with the new totals.
        Assert.StartsWith("<div id=\"anggaran\"", html.TrimStart(), StringComparison.Ordinal);
        Assert.DoesNotContain("<html", html, StringComparison.Ordinal);
        Assert.Contains($">{IdFormat.Whole(expectedTotal.Value)}</td>", Cell(html, "jumlah-seluruhnya"), StringComparison.Ordinal);
        Assert.Contains("class=\"num total\">61.250.000</td>", Row(html, line.Id), StringComparison.Ordinal);

        await using var db = app.Database.Context();
        var change = await db.Changes.SingleAsync(c => c.SubjectId == serang.Revision && c.Revision == after.Revision);
        Assert.Equal(ChangeSubject.Budget, change.Subject);
        Assert.Contains("3355.EBA.962", change.Summary, StringComparison.Ordinal);
        Assert.Contains("60.000.000", change.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_save_from_a_stale_revision_is_refused_with_what_changed_since(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var opened = await LoadAsync(app, serang.Revision);
        var line = opened.Find(BudgetCode.Parse("3355.EBA.956"))!;
        using var client = app.CreateClient();
        var first = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=SaveLine", Edit(line, opened.Revision, "20.000.000"), htmx: true);

        var second = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=SaveLine", Edit(line, opened.Revision, "99.999.000"), htmx: true);
        var html = await TextAsync(second);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal(new Rupiah(20_000_000), (await LoadAsync(app, serang.Revision)).Find(line.Code)!.Baseline);
        Assert.Contains("sudah diubah oleh penguji (KPU RI) sejak Anda membukanya", html, StringComparison.Ordinal);
        Assert.Contains("angka dasar 14.800.000 → 20.000.000", html, StringComparison.Ordinal);
        Assert.Contains("value=\"99.999.000\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_bad_amount_is_refused_next_to_its_field_with_the_typed_value_kept(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var before = await LoadAsync(app, serang.Revision);
        var line = before.Find(BudgetCode.Parse("3363.QDB.001"))!;
        using var client = app.CreateClient();

        var fraction = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=SaveLine", Edit(line, before.Revision, "1.250.000,50"), htmx: true);
        var negative = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=SaveLine", Edit(line, before.Revision, "-5.000"));
        var fractionHtml = await TextAsync(fraction);
        var negativeHtml = await TextAsync(negative);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, fraction.StatusCode);
        Assert.Contains("harus bilangan bulat tanpa sen", FieldError(fractionHtml, "baseline"), StringComparison.Ordinal);
        Assert.Matches("id=\"f-baseline\"[^>]*value=\"1.250.000,50\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"f-baseline-error\"", fractionHtml);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, negative.StatusCode);
        Assert.Contains("<html", negativeHtml, StringComparison.Ordinal);
        Assert.Contains("tidak boleh negatif", FieldError(negativeHtml, "baseline"), StringComparison.Ordinal);
        Assert.Contains("value=\"-5.000\"", negativeHtml, StringComparison.Ordinal);
        var after = await LoadAsync(app, serang.Revision);
        Assert.Equal(line.Baseline, after.Find(line.Code)!.Baseline);
        Assert.Equal(before.Revision, after.Revision);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_child_line_is_added_by_the_tree_rules_and_a_branch_is_removed_whole(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var before = await LoadAsync(app, serang.Revision);
        var technical = before.Find(BudgetCode.Parse("3364.QMA"))!;
        using var client = app.CreateClient();

        var misplaced = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=AddLine", Add(technical.Id, before.Revision, "3355.EBA.001"));
        var misplacedHtml = await TextAsync(misplaced);
        var added = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=AddLine", Add(technical.Id, before.Revision, "3364.qma.009"));
        var withLine = await LoadAsync(app, serang.Revision);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, misplaced.StatusCode);
        Assert.Contains("3355.EBA.001 tidak dapat berada di bawah 3364.QMA", FieldError(misplacedHtml, "code"), StringComparison.Ordinal);
        Assert.Contains("value=\"Rapat koordinasi tahapan\"", misplacedHtml, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Contains("3364.QMA.009", await TextAsync(added), StringComparison.Ordinal);
        var line = withLine.Find(BudgetCode.Parse("3364.QMA.009"))!;
        Assert.Equal(technical.Id, line.ParentId);
        Assert.Equal(new Rupiah(1_250_000), line.Baseline);
        Assert.Equal(Volume.Parse("3 Kegiatan"), line.Volume);
        Assert.Equal(before.Total + new Rupiah(1_250_000), withLine.Total);

        var confirm = await GetAsync(client, $"/Anggaran/{serang.Revision}?hapus={technical.Id}");
        var removed = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=RemoveLine", new()
        {
            ["lineId"] = technical.Id.ToString(),
            ["rev"] = Invariant(withLine.Revision),
        });

        Assert.Contains("beserta 4 rincian di bawahnya", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var after = await LoadAsync(app, serang.Revision);
        Assert.Null(after.Find(technical.Code));
        Assert.DoesNotContain(after.Lines, l => l.Code.Value.StartsWith("3364.QMA", StringComparison.Ordinal));
        Assert.Equal(withLine.Total - withLine.AmountsOf(technical).Total, after.Total);
        Assert.Equal(withLine.Lines.Count - 5, after.Lines.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_revision_copies_the_newest_version_and_the_comparison_shows_the_difference(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        var first = await LoadAsync(app, serang.Revision);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var missingDate = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=Revise", new() { ["rev"] = Invariant(first.Revision), ["dipaNumber"] = "" });
        var revise = await PostAsync(client, $"/Anggaran/{serang.Revision}?handler=Revise", new()
        {
            ["rev"] = Invariant(first.Revision),
            ["dipaNumber"] = "",
            ["dipaDate"] = "2026-07-01",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, missingDate.StatusCode);
        Assert.Contains("Tanggal DIPA revisi wajib diisi.", await TextAsync(missingDate), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, revise.StatusCode);
        var secondId = Guid.Parse(revise.Headers.Location!.OriginalString.Split('/')[^1]);
        var second = await LoadAsync(app, secondId);
        Assert.Equal(2, second.Number);
        Assert.Equal(first.DipaNumber, second.DipaNumber);
        Assert.Equal(new DateOnly(2026, 7, 1), second.DipaDate);
        Assert.Equal(first.Total, second.Total);

        var education = second.Find(BudgetCode.Parse("3364.QMA.001"))!;
        var raised = education.NewInitiative!.Value + new Rupiah(5_000_000);
        var edit = Edit(education, second.Revision, IdFormat.Whole(education.Baseline!.Value.Value));
        edit["newInitiative"] = IdFormat.Whole(raised.Value);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(client, $"/Anggaran/{secondId}?handler=SaveLine", edit)).StatusCode);

        var compare = await client.GetAsync(Url($"/Anggaran/{secondId}/Banding"));
        var html = await TextAsync(compare);
        var firstPage = await GetAsync(client, $"/Anggaran/{serang.Revision}");

        Assert.Equal(HttpStatusCode.OK, compare.StatusCode);
        Assert.Contains("Perubahan dari Revisi ke-1 ke Revisi ke-2", html, StringComparison.Ordinal);
        Assert.Contains(">+5.000.000</dd>", html, StringComparison.Ordinal);
        Assert.Contains("Inisiatif baru: " + IdFormat.Whole(education.NewInitiative.Value.Value) + " → " + IdFormat.Whole(raised.Value), html, StringComparison.Ordinal);
        Assert.Matches(@"3364\.QMA\.001</th>[\s\S]*?>\+5\.000\.000</td>", html);
        Assert.Contains("hanya dapat dibaca", firstPage, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{serang.Original}\">DIPA Awal</option>", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Versions_of_different_work_units_are_not_compared(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        Guid lebak;
        await using (var db = app.Database.Context())
        {
            var unit = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kabupaten Lebak");
            lebak = await db.BudgetVersions.Where(b => b.WorkUnitId == unit.Id && b.Number == 1).Select(b => b.Id).SingleAsync();
        }

        using var client = app.CreateClient();
        var response = await client.GetAsync(Url($"/Anggaran/{serang.Revision}/Banding?dengan={lebak}"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("satuan kerja dan tahun yang sama", await TextAsync(response), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_budget_starts_as_an_empty_DIPA_Awal_once_per_unit_and_year(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        var serang = await SerangAsync(app);
        using var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var created = await PostAsync(client, "/Anggaran/Baru", new()
        {
            ["workUnitId"] = serang.UnitId.ToString(),
            ["year"] = "2027",
            ["dipaNumber"] = "SP DIPA-076.01.2.670701/2027",
            ["dipaDate"] = "25/11/2026",
        });
        var again = await PostAsync(client, "/Anggaran/Baru", new() { ["workUnitId"] = serang.UnitId.ToString(), ["year"] = "2026" });

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/')[^1]);
        var budget = await LoadAsync(app, id);
        Assert.Equal((serang.UnitId, 2027, 0), (budget.WorkUnitId, budget.Year.Value, budget.Number));
        Assert.Equal(new DateOnly(2026, 11, 25), budget.DipaDate);
        Assert.Empty(budget.Lines);
        Assert.Contains("Belum ada baris anggaran.", await GetAsync(client, $"/Anggaran/{id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("tahun 2026 sudah ada (Revisi ke-1)", await TextAsync(again), StringComparison.Ordinal);
        await using var db = app.Database.Context();
        Assert.Equal(2, await db.BudgetVersions.CountAsync(b => b.WorkUnitId == serang.UnitId && b.Year == DemoData.Year));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_version_is_not_found(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider, demoData: false);
        using var client = app.CreateClient();
        var unknown = Guid.NewGuid();

        var page = await client.GetAsync(Url($"/Anggaran/{unknown}"));
        var compare = await client.GetAsync(Url($"/Anggaran/{unknown}/Banding"));
        var save = await PostAsync(client, $"/Anggaran/{unknown}?handler=SaveLine", new() { ["lineId"] = Guid.NewGuid().ToString(), ["rev"] = "0" });

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, compare.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, save.StatusCode);
    }

    private sealed record Serang(Guid UnitId, Guid Original, Guid Revision);

    private static async Task<Serang> SerangAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        var unit = await db.WorkUnits.SingleAsync(w => w.Name == "KPU Kota Serang");
        var versions = await db.BudgetVersions.Where(b => b.WorkUnitId == unit.Id).OrderBy(b => b.Number).Select(b => b.Id).ToListAsync();
        return new Serang(unit.Id, versions[0], versions[1]);
    }

    private static async Task<BudgetVersion> LoadAsync(KinerjaApp app, Guid id)
    {
        await using var db = app.Database.Context();
        return await db.BudgetVersions.AsNoTracking().Include(b => b.Lines).SingleAsync(b => b.Id == id);
    }

    private static Dictionary<string, string> Edit(BudgetLine line, int rev, string baseline) => new()
    {
        ["lineId"] = line.Id.ToString(),
        ["rev"] = Invariant(rev),
        ["title"] = line.Title,
        ["volume"] = line.Volume?.ToString() ?? string.Empty,
        ["baseline"] = baseline,
        ["newInitiative"] = line.NewInitiative is { } amount ? IdFormat.Whole(amount.Value) : string.Empty,
    };

    private static Dictionary<string, string> Add(Guid parentId, int rev, string code) => new()
    {
        ["parentId"] = parentId.ToString(),
        ["rev"] = Invariant(rev),
        ["code"] = code,
        ["title"] = "Rapat koordinasi tahapan",
        ["volume"] = "3 Kegiatan",
        ["baseline"] = "Rp 1.250.000",
        ["newInitiative"] = "",
    };

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string url, Dictionary<string, string> fields, bool htmx = false) =>
        Forms.PostAsync(client, url, fields, htmx);

    private static Uri Url(string path) => new(path, UriKind.Relative);

    /// <summary>The page as text: Razor writes characters such as → and + as entities.</summary>
    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static async Task<string> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(Url(path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TextAsync(response);
    }

    private static string Invariant(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Row(string html, Guid lineId)
    {
        var match = Regex.Match(html, $"<tr id=\"baris-{lineId}\"[\\s\\S]*?</tr>");
        Assert.True(match.Success, $"no row for line {lineId}");
        return match.Value;
    }

    private static string Cell(string html, string id)
    {
        var match = Regex.Match(html, $"<td[^>]*id=\"{id}\"[^>]*>[^<]*</td>");
        Assert.True(match.Success, $"no cell {id}");
        return match.Value;
    }

    private static string FieldError(string html, string field)
    {
        var match = Regex.Match(html, $"<span class=\"field-error\" id=\"f-{field}-error\">([^<]*)</span>");
        Assert.True(match.Success, $"no error next to {field}");
        return match.Groups[1].Value;
    }
}
