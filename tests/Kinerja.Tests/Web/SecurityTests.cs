using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Kinerja.Demo;
using Kinerja.Domain.Organisation;
using Kinerja.Domain.Planning;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Kinerja.Tests.Web;

/// <summary>What every answer carries, which hosts are served, how large and how many requests are taken, and a database restart.</summary>
public sealed partial class SecurityTests
{
    private const string Unit = "KPU Kota Serang";

    [Fact]
    public async Task Every_page_answers_the_security_headers_and_carries_no_inline_script_or_style()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite");
        using var client = app.CreateClient();
        var ids = await DemoIdsAsync(app);
        string[] pages =
        [
            $"/?tahun={DemoData.Year}", "/?cari=serang", "/Impor", "/Anggaran/Baru", $"/Satker/{ids.Unit}?tahun={DemoData.Year}",
            $"/Satker/{ids.Unit}/Pemeriksaan?tahun={DemoData.Year}", $"/Rencana/{ids.Rak}", $"/Anggaran/{ids.Budget}", $"/Anggaran/{ids.Budget}/Banding",
            $"/Satker/{ids.Unit}/Monev?tahun={DemoData.Year}&tw=3", $"/Satker/{ids.Unit}/Anggaran/Realisasi?tahun={DemoData.Year}",
            $"/Monev/Provinsi/{ids.Province}?tahun={DemoData.Year}&tw=4", $"/Monev/Nasional?tahun={DemoData.Year}&tw=4", $"/Dokumen/LKj/{ids.Pk}?tw=4", $"/Rencana/{Guid.NewGuid()}",
        ];
        string[] documents =
        [
            $"/Dokumen/Rencana/{ids.Rak}", $"/Dokumen/Anggaran/{ids.Unit}/{DemoData.Year}",
            $"/Dokumen/Monev/{ids.Unit}?tahun={DemoData.Year}&tw=4",
        ];

        foreach (var path in pages.Concat(documents).Append("/css/site.css"))
        {
            var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            var policy = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
            // Only this site frames a document preview (the plan editor shows it); nothing frames a page.
            Assert.Contains(documents.Contains(path) ? "frame-ancestors 'self'" : "frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Contains("camera=()", response.Headers.GetValues("Permissions-Policy").Single(), StringComparison.Ordinal);
            Assert.False(response.Headers.Contains("Strict-Transport-Security"), $"{path}: HSTS over plain HTTP");
            if (path.StartsWith("/css/", StringComparison.Ordinal))
            {
                continue;
            }

            var html = await response.Content.ReadAsStringAsync();
            Assert.DoesNotMatch(InlineScript(), html);
            Assert.DoesNotMatch(StyleAttribute(), html);
            if (documents.Contains(path))
            {
                // An official document is one self-contained file (it is printed and saved as it is): its own stylesheet is
                // allowed by its hash, nothing else.
                Assert.True(response.StatusCode == HttpStatusCode.OK && StyleBlock().IsMatch(html), $"{path}: {response.StatusCode}, no stylesheet");
                foreach (var css in StyleBlock().Matches(html).Select(m => m.Groups[1].Value))
                {
                    Assert.Contains($"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)))}'", policy, StringComparison.Ordinal);
                }
            }
            else
            {
                Assert.DoesNotMatch(StyleBlock(), html);
                Assert.Contains("\"includeIndicatorStyles\":false", html, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task Hsts_is_sent_over_https_to_the_deployment_name()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false, new Dictionary<string, string> { ["AllowedHosts"] = "kinerja.kpu.go.id" });
        using var https = app.CreateClient(new() { BaseAddress = new Uri("https://kinerja.kpu.go.id") });
        using var http = app.CreateClient(new() { BaseAddress = new Uri("http://kinerja.kpu.go.id") });

        var secure = await https.GetAsync(new Uri("/", UriKind.Relative));
        var plain = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, secure.StatusCode);
        Assert.Contains("max-age=", secure.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_request_naming_another_host_is_refused_before_any_page()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite");
        using var client = app.CreateClient();

        foreach (var host in new[] { "evil.example", "evil.example:80", "localhost.evil.example", "10.0.0.7" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/?tahun={DemoData.Year}", UriKind.Relative));
            request.Headers.Host = host;
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.DoesNotContain(Unit, body, StringComparison.Ordinal);
        }

        foreach (var host in new[] { "localhost", "127.0.0.1:5000", "[::1]:5000" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/?tahun={DemoData.Year}", UriKind.Relative));
            request.Headers.Host = host;
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_write_from_a_page_served_under_another_name_is_refused_and_stores_nothing(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var ids = await DemoIdsAsync(app);
        var before = await PlanCountAsync(app);
        HttpRequestMessage NewPlan(string host)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/Rencana/Baru", UriKind.Relative))
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["workUnitId"] = ids.Unit.ToString(), ["year"] = "2028", ["entity"] = "Commission", ["kind"] = "Rkt", ["scheduleStyle"] = "None",
                }),
            };
            // What a browser sends from a page at http://host/ whose name resolves to this server (DNS rebinding): for it the
            // write is same-origin.
            request.Headers.Host = host;
            request.Headers.Add("Origin", $"http://{host}");
            request.Headers.Add("Sec-Fetch-Site", "same-origin");
            return request;
        }

        using var rebound = NewPlan("evil.example");
        var refused = await client.SendAsync(rebound);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await PlanCountAsync(app));

        using var own = NewPlan("localhost");
        Assert.Equal(HttpStatusCode.Redirect, (await client.SendAsync(own)).StatusCode);
        Assert.Equal(before + 1, await PlanCountAsync(app));
    }

    [Fact]
    public async Task A_form_over_the_limit_is_413_with_a_page_that_says_the_limit()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false);
        using var client = app.CreateClient();

        var response = await Forms.PostAsync(client, "/Rencana/Baru", new Dictionary<string, string> { ["what"] = "Baru", ["catatan"] = new string('a', 2 * 1024 * 1024) }, htmx: false);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("<h1>Permintaan terlalu besar</h1>", html, StringComparison.Ordinal);
        Assert.Contains("paling besar 1 MB", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Halaman tidak ditemukan", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_its_own_limit_is_413_and_one_within_it_reaches_the_page()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false);
        using var client = app.CreateClient();
        async Task<HttpResponseMessage> UploadAsync(int bytes)
        {
            using var form = new MultipartFormDataContent();
            form.Add(new ByteArrayContent(new byte[bytes]), "berkas", "rak.txt");
            return await client.PostAsync(new Uri("/Impor?handler=Preview", UriKind.Relative), form);
        }

        var within = await UploadAsync(3 * 1024 * 1024);
        var over = await UploadAsync((int)global::Kinerja.Importing.PendingUploads.MaxRequestBytes + 1);
        var html = await over.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.RequestEntityTooLarge, within.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains("<h1>Permintaan terlalu besar</h1>", html, StringComparison.Ordinal);
        Assert.Contains($"paling besar {(global::Kinerja.Importing.PendingUploads.Megabytes(global::Kinerja.Importing.PendingUploads.MaxRequestBytes))}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_with_too_many_fields_is_400_with_a_page_that_says_how_many_are_taken()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false, new Dictionary<string, string> { ["RequestLimits:FormFields"] = "50" });
        using var client = app.CreateClient();

        var response = await Forms.PostAsync(client, "/Rencana/Baru", Enumerable.Range(0, 51).ToDictionary(i => $"f{i}", _ => "x"), htmx: false);
        var html = await response.Content.ReadAsStringAsync();
        var fifty = await Forms.PostAsync(client, "/Rencana/Baru", Enumerable.Range(0, 50).ToDictionary(i => $"f{i}", _ => "x"), htmx: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Formulir tidak dapat dibaca</h1>", html, StringComparison.Ordinal);
        Assert.Contains("paling banyak 50 isian", html, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.BadRequest, fifty.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_nul_character_in_any_field_is_refused_with_400_naming_the_field_and_nothing_is_stored(string provider)
    {
        await using var app = await KinerjaApp.StartAsync(provider);
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });
        var ids = await DemoIdsAsync(app);
        var before = await PlanCountAsync(app);
        var fields = new Dictionary<string, string>
        {
            ["workUnitId"] = ids.Unit.ToString(), ["year"] = "2028", ["entity"] = "Commission", ["kind"] = "Rkt", ["scheduleStyle"] = "None\0",
        };

        var response = await Forms.PostAsync(client, "/Rencana/Baru", fields, htmx: false);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        using var multipart = new MultipartFormDataContent { { new StringContent("2\0"), "rev" } };
        var upload = await client.PostAsync(new Uri($"/Satker/{ids.Unit}/Monev?tahun=2026&tw=2&handler=Evidence", UriKind.Relative), multipart);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<h1>Formulir tidak dapat dibaca</h1>", html, StringComparison.Ordinal);
        Assert.True(html.Contains("Isian \"scheduleStyle\" berisi karakter NUL", StringComparison.Ordinal), html[html.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Equal(HttpStatusCode.BadRequest, upload.StatusCode);
        Assert.Contains("Isian \"rev\" berisi karakter NUL", WebUtility.HtmlDecode(await upload.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await PlanCountAsync(app));
    }

    [Fact]
    public async Task The_upload_past_the_rate_limit_is_429_with_retry_after_and_other_pages_still_answer()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false, new Dictionary<string, string>
        {
            ["RequestLimits:UploadsPerWindow"] = "2", ["RequestLimits:WindowSeconds"] = "3600",
        });
        using var client = app.CreateClient();
        async Task<HttpResponseMessage> UploadAsync()
        {
            using var form = new MultipartFormDataContent { { new ByteArrayContent("x"u8.ToArray()), "berkas", "kosong.txt" } };
            return await client.PostAsync(new Uri("/Impor?handler=Preview", UriKind.Relative), form);
        }

        var first = await UploadAsync();
        var second = await UploadAsync();
        var third = await UploadAsync();
        var html = await third.Content.ReadAsStringAsync();

        Assert.NotEqual(HttpStatusCode.TooManyRequests, first.StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        Assert.Contains("<h1>Terlalu banyak permintaan</h1>", html, StringComparison.Ordinal);
        Assert.Contains("2 unggahan", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/Impor", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_pdf_render_past_the_rate_limit_is_429_and_previews_are_not_counted()
    {
        await using var app = await KinerjaApp.StartAsync("sqlite", demoData: false, new Dictionary<string, string>
        {
            ["RequestLimits:PdfRendersPerWindow"] = "1", ["RequestLimits:WindowSeconds"] = "3600",
        });
        using var client = app.CreateClient();
        // An unknown plan answers 404 at once: the limit is taken before any work, so no Chromium is needed to reach it.
        var pdf = new Uri($"/Dokumen/Rencana/{Guid.NewGuid()}?format=pdf", UriKind.Relative);

        var first = await client.GetAsync(pdf);
        var second = await client.GetAsync(pdf);
        var html = await second.Content.ReadAsStringAsync();
        var preview = await client.GetAsync(new Uri($"/Dokumen/Rencana/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.True(second.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After");
        Assert.Contains("<h1>Terlalu banyak permintaan</h1>", html, StringComparison.Ordinal);
        Assert.Contains("1 PDF", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, preview.StatusCode);
    }

    [Fact]
    public async Task A_request_after_postgres_dropped_every_connection_succeeds()
    {
        // The pool is what a deployment runs with: its idle connections are the ones a restart kills.
        await using var app = await KinerjaApp.StartAsync("postgres", pooled: true);
        using var client = app.CreateClient();
        var home = new Uri($"/?tahun={DemoData.Year}", UriKind.Relative);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(home)).StatusCode);

        await using (var connection = new NpgsqlConnection(TestDatabase.PostgresServer))
        {
            await connection.OpenAsync();
            await using var terminate = new NpgsqlCommand("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", connection);
            terminate.Parameters.AddWithValue("name", new NpgsqlConnectionStringBuilder(app.Database.Settings.ConnectionString).Database!);
            Assert.True((long)(await terminate.ExecuteScalarAsync())! > 0, "no connection was open to terminate");
        }

        var after = await client.GetAsync(home);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Contains(Unit, await after.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static async Task<int> PlanCountAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        return await db.Plans.CountAsync();
    }

    private static async Task<(Guid Unit, Guid Province, Guid Rak, Guid Pk, Guid Budget)> DemoIdsAsync(KinerjaApp app)
    {
        await using var db = app.Database.Context();
        var unit = await db.WorkUnits.SingleAsync(w => w.Name == Unit);
        var plans = await db.Plans.Where(p => p.WorkUnitId == unit.Id && p.Year == DemoData.Year).Select(p => new { p.Id, p.Kind, p.Entity }).ToListAsync();
        var budget = await db.BudgetVersions.Where(b => b.WorkUnitId == unit.Id && b.Year == DemoData.Year).Select(b => b.Id).FirstAsync();
        return (unit.Id, unit.ParentId!.Value, plans.Single(p => p.Kind == PlanKind.Rak && p.Entity == EntityKind.Secretariat).Id,
            plans.Single(p => p.Kind == PlanKind.Pk && p.Entity == EntityKind.Commission).Id, budget);
    }

    [GeneratedRegex(@"<script(?![^>]*\bsrc=)(?![^>]*type=""application/json"")[^>]*>")]
    private static partial Regex InlineScript();

    [GeneratedRegex(@"\sstyle=""")]
    private static partial Regex StyleAttribute();

    [GeneratedRegex(@"<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleBlock();
}
