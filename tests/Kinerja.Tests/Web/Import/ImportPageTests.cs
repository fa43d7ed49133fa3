using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Kinerja.Documents.Tests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Tests.Web.Import;

/// <summary>/Impor over HTTP on each provider, on a database without demo data: upload, preview, store all or nothing, cancel.</summary>
public sealed partial class ImportPageTests
{
    private const string Banten = "rak-banten-2021.txt";
    private const string Serang = "rka-serang-2020.txt";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_seeds_are_previewed_without_storing_then_stored_together_with_links_to_what_was_made(string provider)
    {
        await using var site = await Site.StartAsync(provider);

        var (status, preview) = await site.UploadAsync((Banten, Seed("002")), (Serang, Seed("001")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("belum ada yang disimpan", preview, StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(preview, ">Dapat disimpan<"));
        Assert.Contains("RAK (Rencana Aksi Kinerja)", preview, StringComparison.Ordinal);
        Assert.Contains("RKA Satker Bagian A", preview, StringComparison.Ordinal);
        Assert.Matches(@"<td>Rencana Aksi Kinerja</td>\s*<td>Sekretariat</td>\s*<td class=""num"">29</td>\s*<td class=""num"">38</td>\s*<td class=""num"">68</td>\s*<td class=""num"">Rp 3\.051\.446\.000</td>", preview);
        Assert.Contains("KPU Provinsi Banten", preview, StringComparison.Ordinal);
        Assert.Contains("baru, di bawah KPU RI", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("KPU RI (baru juga)", preview, StringComparison.Ordinal); // every database has KPU RI
        Assert.Contains("KPU Kota Serang (kode satker 670714)", preview, StringComparison.Ordinal);
        Assert.Contains("DIPA Awal", preview, StringComparison.Ordinal);
        Assert.Matches(@"title=""TABLE_ROW_SHORT"">\s*<td><strong>Peringatan</strong></td>\s*<td>[^<]+</td>\s*<td class=""where"">baris 23</td>", preview);
        Assert.Contains("RKA_JUMLAH_MISMATCH", preview, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await site.CountsAsync());

        var (committed, result) = await site.CommitAsync(Token(preview), Chosen(preview));

        Assert.Equal(HttpStatusCode.OK, committed);
        Assert.Contains("2 berkas disimpan bersama dalam satu transaksi.", result, StringComparison.Ordinal);
        Assert.Equal((1, 1, 2), await site.CountsAsync());
        await using var db = site.App.Database.Context();
        var plan = await db.Plans.SingleAsync();
        var budget = await db.BudgetVersions.SingleAsync();
        var serang = await db.WorkUnits.SingleAsync(u => u.SatkerCode == "670714");
        var banten = await db.WorkUnits.SingleAsync(u => u.Name == "KPU Provinsi Banten");
        Assert.Equal(banten.Id, serang.ParentId);
        Assert.Contains($"href=\"/Rencana/{plan.Id}\"", result, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Anggaran/{budget.Id}\"", result, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Satker/{banten.Id}?tahun=2021\"", result, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Satker/{serang.Id}?tahun=2020\"", result, StringComparison.Ordinal);
        Assert.Equal(2, await db.Changes.CountAsync(c => c.Summary.StartsWith("Diimpor dari")));

        var (again, _) = await site.CommitAsync(Token(preview), Chosen(preview));
        Assert.Equal(HttpStatusCode.NotFound, again);
        Assert.Equal((1, 1, 2), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Broken_files_are_marked_with_the_reason_and_only_the_good_file_is_stored(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var junk = new byte[4000];
        new Random(7).NextBytes(junk);

        var (status, preview) = await site.UploadAsync(("acak.pdf", junk), ("kosong.txt", []), ("catatan.exe", [1, 2, 3]), (Banten, Seed("002")), ("salinan.txt", Seed("002")));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, Regex.Count(preview, ">Tidak dapat disimpan<"));
        Assert.Contains($"isinya sama dengan {Banten} dalam unggahan ini", preview, StringComparison.Ordinal);
        Assert.Contains("PDF_UNREADABLE", preview, StringComparison.Ordinal);
        Assert.Contains("berkas bukan PDF", preview, StringComparison.Ordinal);
        Assert.Contains("Berkas kosong (0 bita).", preview, StringComparison.Ordinal);
        Assert.Contains("Jenis berkas tidak diterima: gunakan PDF, DOCX, XLSX atau TXT.", preview, StringComparison.Ordinal);
        Assert.Equal([3], Chosen(preview));
        Assert.Equal((0, 0, 0), await site.CountsAsync());

        // The broken files posted as chosen anyway: they are refused, and so nothing is stored.
        var (forced, refused) = await site.CommitAsync(Token(preview), [0, 1, 2, 3]);

        Assert.Equal(HttpStatusCode.Conflict, forced);
        Assert.Contains("Tidak ada yang disimpan, karena acak.pdf: Tidak disimpan: dokumen memuat kesalahan yang harus diperbaiki (PDF_UNREADABLE", refused, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await site.CountsAsync());

        var (committed, result) = await site.CommitAsync(Token(preview), Chosen(preview));

        Assert.Equal(HttpStatusCode.OK, committed);
        Assert.Contains("1 berkas disimpan bersama", result, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(result, ">Tidak disimpan<"));
        Assert.Contains("berkas bukan PDF", result, StringComparison.Ordinal);
        Assert.Contains("Berkas kosong (0 bita).", result, StringComparison.Ordinal);
        Assert.Equal((1, 0, 1), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_upload_of_nothing_storable_too_many_files_or_no_file_says_so_and_stores_nothing(string provider)
    {
        await using var site = await Site.StartAsync(provider);

        var (noneStatus, none) = await site.UploadAsync();
        var (manyStatus, many) = await site.UploadAsync([.. Enumerable.Range(0, 11).Select(i => ($"{i}.txt", new byte[] { 65 }))]);
        var (emptyStatus, empty) = await site.UploadAsync(("kosong.pdf", []));
        var (commitStatus, commit) = await site.CommitAsync(Token(empty), [0]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, noneStatus);
        Assert.Contains("Pilih sekurang-kurangnya satu berkas.", none, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", none, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, manyStatus);
        Assert.Contains("Paling banyak 10 berkas sekali unggah; yang dipilih 11.", many, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, emptyStatus);
        Assert.DoesNotContain(">Simpan semua<", empty, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, commitStatus);
        Assert.Contains("Tidak ada berkas yang dapat disimpan", commit, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Cancelling_stores_nothing_removes_the_upload_and_the_token_no_longer_works(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var (_, preview) = await site.UploadAsync((Banten, Seed("002")));
        var token = Token(preview);
        Assert.Single(Directory.GetDirectories(site.Folder));

        var cancelled = await site.PostAsync("Cancel", [new("unggahan", token)]);
        var (afterStatus, after) = await site.CommitAsync(token, Chosen(preview));

        Assert.Equal(HttpStatusCode.OK, cancelled.Status);
        Assert.Contains("Unggahan dibatalkan; tidak ada yang disimpan.", cancelled.Html, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(site.Folder));
        Assert.Equal(HttpStatusCode.NotFound, afterStatus);
        Assert.Contains("Unggahan ini tidak ada lagi", after, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task When_one_file_can_no_longer_be_stored_none_is_and_the_page_says_which_and_why(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var (_, first) = await site.UploadAsync((Banten, Seed("002")), (Serang, Seed("001")));
        Assert.Equal([0, 1], Chosen(first));
        // Meanwhile the same RKA is imported from another upload.
        var (_, other) = await site.UploadAsync(("rka-serang-lagi.txt", Seed("001")));
        Assert.Equal(HttpStatusCode.OK, (await site.CommitAsync(Token(other), Chosen(other))).Status);
        await site.GrantTesterEverywhereAsync(); // the import made Banten and Serang: the tester becomes their operator

        var (status, refused) = await site.CommitAsync(Token(first), Chosen(first));

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.Contains($"Tidak ada yang disimpan, karena {Serang}: Sudah ada: dokumen yang sama diimpor", refused, StringComparison.Ordinal);
        Assert.Equal((0, 1, 1), await site.CountsAsync());
        Assert.Equal([0], Chosen(refused));

        var (retry, stored) = await site.CommitAsync(Token(refused), Chosen(refused));

        Assert.Equal(HttpStatusCode.OK, retry);
        Assert.Contains("1 berkas disimpan bersama", stored, StringComparison.Ordinal);
        Assert.Equal((1, 1, 2), await site.CountsAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_new_unit_without_its_province_waits_for_the_user_to_name_it(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var (_, preview) = await site.UploadAsync(("rak-semarang.txt", Seed("000")));
        Assert.Contains(">Tidak dapat disimpan<", preview, StringComparison.Ordinal);
        Assert.Contains("name=\"provinsi[0]\"", preview, StringComparison.Ordinal);
        Assert.Empty(Chosen(preview));

        var rechecked = await site.PostAsync("Recheck", [new("unggahan", Token(preview)), new("provinsi[0]", "KPU Provinsi Jawa Tengah")]);

        Assert.Equal(HttpStatusCode.OK, rechecked.Status);
        Assert.Contains(">Dapat disimpan<", rechecked.Html, StringComparison.Ordinal);
        Assert.Contains("baru, di bawah KPU Provinsi Jawa Tengah (baru juga)", rechecked.Html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await site.CountsAsync());

        var committed = await site.PostAsync("Commit", [new("unggahan", Token(preview)), new("provinsi[0]", "Jawa Tengah")]);

        Assert.Equal(HttpStatusCode.OK, committed.Status);
        Assert.Equal((2, 0, 1), await site.CountsAsync());
        await using var db = site.App.Database.Context();
        var semarang = await db.WorkUnits.SingleAsync(u => u.Name == "KPU Kota Semarang");
        Assert.Equal("KPU Provinsi Jawa Tengah", (await db.WorkUnits.SingleAsync(u => u.Id == semarang.ParentId)).Name);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_province_is_chosen_from_the_list_and_a_mistyped_one_creates_nothing(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var (_, preview) = await site.UploadAsync(("rak-semarang.txt", Seed("000")));

        Assert.Matches(@"<select id=""provinsi-0"" name=""provinsi\[0\]""", preview);
        Assert.Equal(38, Regex.Count(preview, @"<option value=""[A-Z][^""]+"">"));
        Assert.Contains("<option value=\"Jawa Tengah\">Jawa Tengah</option>", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("--province", preview, StringComparison.Ordinal);
        Assert.Contains("pilih provinsinya", preview, StringComparison.Ordinal);

        var mistyped = await site.PostAsync("Recheck", [new("unggahan", Token(preview)), new("provinsi[0]", "Jawa Tengha")]);
        Assert.Contains(">Tidak dapat disimpan<", mistyped.Html, StringComparison.Ordinal);
        Assert.Contains("&quot;Jawa Tengha&quot; bukan nama provinsi yang dikenal", mistyped.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("--province", mistyped.Html, StringComparison.Ordinal);

        var committed = await site.PostAsync("Commit", [new("unggahan", Token(preview)), new("provinsi[0]", "Jawa Tengha")]);
        Assert.NotEqual(HttpStatusCode.OK, committed.Status);
        Assert.Equal((0, 0, 0), await site.CountsAsync());
        await using var db = site.App.Database.Context();
        Assert.Equal(1, await db.WorkUnits.CountAsync()); // KPU RI, which every database has, and nothing else

    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_rka_whose_code_and_name_disagree_waits_for_the_user_to_choose_the_unit(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        await using (var setup = site.App.Database.Context())
        {
            var nation = Kinerja.Domain.Organisation.WorkUnit.CreateNational("KPU RI", "Jakarta");
            var banten = Kinerja.Domain.Organisation.WorkUnit.CreateProvince("KPU Provinsi Banten", nation, Kinerja.Domain.Organisation.Region.Parse("(29) BANTEN"), "Serang");
            var cilegon = Kinerja.Domain.Organisation.WorkUnit.CreateRegencyCity("KPU Kota Cilegon", banten, null, "Cilegon");
            cilegon.AssignSatkerCode("670714");
            setup.WorkUnits.AddRange(nation, banten, cilegon);
            await setup.SaveChangesAsync();
        }

        var (_, preview) = await site.UploadAsync((Serang, Seed("001")));
        Assert.Contains(">Tidak dapat disimpan<", preview, StringComparison.Ordinal);
        Assert.Contains("kode satker 670714 milik KPU Kota Cilegon", preview, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" name=\"satuan[0]\" value=\"KPU Kota Cilegon\" /> KPU Kota Cilegon (menurut kode satker)", preview, StringComparison.Ordinal);
        Assert.Contains("<input type=\"radio\" name=\"satuan[0]\" value=\"KPU Kota Serang\" /> KPU Kota Serang (menurut nama dan lokasi)", preview, StringComparison.Ordinal);
        Assert.Empty(Chosen(preview));

        var rechecked = await site.PostAsync("Recheck", [new("unggahan", Token(preview)), new("satuan[0]", "KPU Kota Serang")]);
        Assert.Contains(">Dapat disimpan<", rechecked.Html, StringComparison.Ordinal);
        Assert.Contains("name=\"satuan[0]\" value=\"KPU Kota Serang\"", rechecked.Html, StringComparison.Ordinal);
        Assert.Equal((0, 0, 0), await site.CountsAsync());

        var committed = await site.PostAsync("Commit", [new("unggahan", Token(preview)), new("berkas", "0"), new("satuan[0]", "KPU Kota Serang")]);

        Assert.Equal(HttpStatusCode.OK, committed.Status);
        await using var db = site.App.Database.Context();
        var serang = await db.WorkUnits.SingleAsync(u => u.Name == "KPU Kota Serang");
        Assert.Equal(serang.Id, (await db.BudgetVersions.SingleAsync()).WorkUnitId);
        Assert.Equal("670714", (await db.WorkUnits.SingleAsync(u => u.Name == "KPU Kota Cilegon")).SatkerCode);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_preview_says_which_errors_can_be_overridden_and_an_accepted_one_is_stored(string provider)
    {
        await using var site = await Site.StartAsync(provider);
        var (_, preview) = await site.UploadAsync((Banten, System.Text.Encoding.UTF8.GetBytes(Kinerja.Tests.Importing.ImportStoreTests.WithoutFirstIndicator())), ("kosong.txt", "Surat undangan rapat\nKepada Yth."u8.ToArray()));

        Assert.Contains("Menghalangi, tetapi isi dokumen tetap utuh: dapat disimpan bila Anda menyetujuinya.", preview, StringComparison.Ordinal);
        Assert.Contains("Menghalangi: perbaiki dokumennya lalu unggah lagi.", preview, StringComparison.Ordinal);
        Assert.Contains("<input type=\"checkbox\" name=\"terima\" value=\"0:ACTION_WITHOUT_INDICATOR\" />", preview, StringComparison.Ordinal);
        Assert.DoesNotContain("value=\"1:", preview, StringComparison.Ordinal);
        Assert.Empty(Chosen(preview));

        var committed = await site.PostAsync("Commit", [new("unggahan", Token(preview)), new("terima", "0:ACTION_WITHOUT_INDICATOR")]);

        Assert.Equal(HttpStatusCode.OK, committed.Status);
        Assert.Contains("1 berkas disimpan bersama", committed.Html, StringComparison.Ordinal);
        Assert.Equal((1, 0, 1), await site.CountsAsync());
    }

    private static byte[] Seed(string number) => File.ReadAllBytes(Seeds.Path(number));

    private static string Token(string html) => TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("No upload token in the page.");

    private static int[] Chosen(string html) => [.. ChosenField().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [GeneratedRegex("name=\"unggahan\" value=\"([0-9a-f]{32})\"")]
    private static partial Regex TokenField();

    [GeneratedRegex("name=\"berkas\" value=\"(\\d+)\"")]
    private static partial Regex ChosenField();

    /// <summary>The app without demo data, keeping pending uploads in a folder of its own.</summary>
    private sealed class Site : IAsyncDisposable
    {
        private readonly WebApplicationFactory<Program> _factory;

        private Site(KinerjaApp app, WebApplicationFactory<Program> factory, string folder)
        {
            App = app;
            Folder = folder;
            _factory = factory;
            Client = factory.CreateClient();
        }

        public Task GrantTesterEverywhereAsync() => App.GrantTesterEverywhereAsync(_factory);

        /// <summary>Signs the tester in again through this site's app (its clock moved past the session's idle timeout).</summary>
        public async Task SignInAgainAsync()
        {
            var cookie = await App.SignInTesterAgainAsync(_factory);
            Client.DefaultRequestHeaders.Remove("Cookie");
            Client.DefaultRequestHeaders.Add("Cookie", cookie);
        }

        public KinerjaApp App { get; }

        public string Folder { get; }

        private HttpClient Client { get; }

        public static async Task<Site> StartAsync(string provider, Action<IWebHostBuilder>? configure = null)
        {
            var app = await KinerjaApp.StartAsync(provider, demoData: false);
            var folder = Directory.CreateTempSubdirectory("kinerja-impor-").FullName;
            return new Site(app, app.WithWebHostBuilder(b =>
            {
                b.UseSetting("Impor:Folder", folder);
                configure?.Invoke(b);
            }), folder);
        }

        public async Task<(HttpStatusCode Status, string Html)> UploadAsync(params (string Name, byte[] Content)[] files)
        {
            using var form = new MultipartFormDataContent();
            foreach (var (name, content) in files)
            {
                var part = new ByteArrayContent(content);
                part.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                form.Add(part, "berkas", name);
            }

            if (files.Length == 0)
            {
                // What a browser sends when no file is chosen.
                form.Add(new ByteArrayContent([]), "berkas", "\"\"");
            }

            using var response = await Client.PostAsync(new Uri("/Impor?handler=Preview", UriKind.Relative), form);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        public Task<(HttpStatusCode Status, string Html)> CommitAsync(string token, int[] chosen) =>
            PostAsync("Commit", [new("unggahan", token), .. chosen.Select(i => new KeyValuePair<string, string>("berkas", i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);

        public async Task<(HttpStatusCode Status, string Html)> PostAsync(string handler, KeyValuePair<string, string>[] fields)
        {
            using var form = new FormUrlEncodedContent(fields);
            using var response = await Client.PostAsync(new Uri($"/Impor?handler={handler}", UriKind.Relative), form);
            return (response.StatusCode, await response.Content.ReadAsStringAsync());
        }

        /// <summary>Plans, budget versions and import records in the database.</summary>
        public async Task<(int Plans, int Budgets, int Imports)> CountsAsync()
        {
            await using var db = App.Database.Context();
            return (await db.Plans.CountAsync(), await db.BudgetVersions.CountAsync(), await db.ImportRecords.CountAsync());
        }

        public async ValueTask DisposeAsync()
        {
            Client.Dispose();
            await App.DisposeAsync();
            Directory.Delete(Folder, recursive: true);
        }
    }
}
