using System.Text.RegularExpressions;
using Kinerja.Accounts;
using Kinerja.Cli;
using Kinerja.Demo;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Kinerja.Tests.Cli;

public sealed partial class UserVerbTests
{
    private const string Passphrase = "kuda makan rumput di sawah";

    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_with_a_password_on_stdin_makes_a_user_whose_password_works(string provider)
    {
        await using var database = await UnitsOnlyAsync(provider);

        var (code, output) = await RunAsync(database, Passphrase + "\n", "add", "budi@kpu.go.id", "--name", "Budi Santoso", "--unit", "650001", "--role", "admin", "--nip", "198501012010011001", "--password-stdin");

        Assert.Equal(0, code);
        Assert.Contains("Pengguna budi@kpu.go.id dibuat sebagai Admin. Satuan kerja: KPU RI.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Tautan", output, StringComparison.Ordinal);
        await using var services = SystemAccounts.Build(database.Settings, Clock);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
        var user = await users.FindByEmailAsync("budi@kpu.go.id");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Passphrase));
        Assert.False(await users.CheckPasswordAsync(user, Passphrase + "!"));
        Assert.Equal("Budi Santoso", user.FullName);
        Assert.Equal("198501012010011001", user.Nip?.Digits);
        Assert.True(user.IsActive);
        Assert.Equal([$"admin@650001"], await RolesAsync(database, "budi@kpu.go.id"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Add_without_a_password_prints_a_set_up_link_that_sets_one_once(string provider)
    {
        await using var database = await UnitsOnlyAsync(provider);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["PublicUrl"] = "https://kinerja.kpu.go.id/" }).Build();

        using var output = new StringWriter();
        var code = await Verbs.RunAsync("user", ["add", "siti@kpu.go.id", "--name", "Siti Rahmawati", "--unit", "670100", "--role", "verifikator"], database.Settings, Clock, output, new StringReader(string.Empty), configuration);

        Assert.Equal(0, code);
        Assert.Contains("hanya dapat dipakai sekali dan berlaku 2 jam", output.ToString(), StringComparison.Ordinal);
        var link = SetUpLink().Match(output.ToString());
        Assert.True(link.Success, output.ToString());
        await using var services = SystemAccounts.Build(database.Settings, Clock);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
        var user = await users.FindByIdAsync(Guid.ParseExact(link.Groups["user"].Value, "N").ToString());
        Assert.NotNull(user);
        Assert.Equal("siti@kpu.go.id", user.Email);
        Assert.False(await users.HasPasswordAsync(user));
        var token = Uri.UnescapeDataString(link.Groups["token"].Value);

        Assert.True((await users.ResetPasswordAsync(user, token, Passphrase)).Succeeded);
        Assert.True(await users.CheckPasswordAsync(user, Passphrase));
        Assert.False((await users.ResetPasswordAsync(user, token, "rapat pleno di sorong tiga hari")).Succeeded);
        Assert.True(await users.CheckPasswordAsync(user, Passphrase));
    }

    public static TheoryData<string, string, string[], string> Refusals()
    {
        var data = new TheoryData<string, string, string[], string>();
        foreach (var provider in TestDatabase.Providers)
        {
            data.Add(provider, Passphrase, ["add", "budi@kpu.go.id", "--name", "Budi Lain", "--unit", "670701", "--role", "operator", "--password-stdin"], "Gagal: Alamat e-mail 'budi@kpu.go.id' sudah dipakai pengguna lain.");
            data.Add(provider, Passphrase, ["add", "BUDI@kpu.go.id", "--name", "Budi Lain", "--unit", "670701", "--role", "operator"], "Gagal: Alamat e-mail 'BUDI@kpu.go.id' sudah dipakai pengguna lain.");
            data.Add(provider, Passphrase, ["add", "ani@kpu.go.id", "--name", "Ani", "--unit", "999999", "--role", "operator", "--password-stdin"], "Gagal: satuan kerja (--unit) dengan kode satker \"999999\" tidak ditemukan");
            data.Add(provider, Passphrase, ["add", "ani@kpu.go.id", "--name", "Ani", "--role", "operator"], "Gagal: satuan kerja (--unit) wajib diisi");
            data.Add(provider, Passphrase, ["add", "ani@kpu.go.id", "--name", "Ani", "--unit", "670701", "--role", "raja", "--password-stdin"], "Gagal: peran (--role) \"raja\" tidak dikenal; pilih salah satu: operator, pimpinan-kpu, pimpinan-sekretariat, verifikator, admin, evaluator, pembaca.");
            data.Add(provider, Passphrase, ["add", "ani@kpu.go.id", "--name", "Ani", "--unit", "670701", "--role", "operator", "--nip", "12345"], "Gagal: NIP harus 18 angka, \"12345\" berisi 5.");
            data.Add(provider, Passphrase, ["add", "ani@kpu.go.id", "--unit", "670701", "--role", "operator"], "Gagal: --name wajib diisi");
            data.Add(provider, "password1234", ["add", "ani@kpu.go.id", "--name", "Ani", "--unit", "670701", "--role", "operator", "--password-stdin"], "Gagal: Kata sandi ini termasuk kata sandi yang sudah bocor");
            data.Add(provider, "pendek", ["add", "ani@kpu.go.id", "--name", "Ani", "--unit", "670701", "--role", "operator", "--password-stdin"], "Gagal: Kata sandi paling sedikit 12 karakter.");
            data.Add(provider, string.Empty, ["add", "ani@kpu.go.id", "--name", "Ani", "--unit", "670701", "--role", "operator", "--password-stdin"], "Gagal: kata sandi kosong");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_add_names_the_field_in_one_line_exits_1_and_stores_nothing(string provider, string stdin, string[] args, string expected)
    {
        await using var database = await UnitsOnlyAsync(provider);
        Assert.Equal(0, (await RunAsync(database, Passphrase, "add", "budi@kpu.go.id", "--name", "Budi Santoso", "--unit", "650001", "--role", "admin", "--password-stdin")).Code);

        var (code, output) = await RunAsync(database, stdin, args);

        Assert.Equal(1, code);
        Assert.StartsWith(expected, output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        await using var db = database.Context();
        Assert.Equal(["budi@kpu.go.id"], await db.Users.Select(u => u.Email).ToListAsync());
        Assert.Equal(1, await db.UserRoles.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task List_shows_each_user_with_its_state_second_factor_and_roles(string provider)
    {
        await using var database = await UnitsOnlyAsync(provider);
        var (emptyCode, empty) = await RunAsync(database, string.Empty, "list");
        await RunAsync(database, Passphrase, "add", "siti@kpu.go.id", "--name", "Siti Rahmawati", "--unit", "670100", "--role", "verifikator", "--password-stdin");
        await RunAsync(database, string.Empty, "role", "siti@kpu.go.id", "--unit", "670701", "--role", "operator");
        await RunAsync(database, Passphrase, "add", "budi@kpu.go.id", "--name", "Budi Santoso", "--unit", "670702", "--role", "operator", "--password-stdin");
        await RunAsync(database, string.Empty, "disable", "budi@kpu.go.id");

        var (code, output) = await RunAsync(database, string.Empty, "list");

        Assert.Equal(0, emptyCode);
        Assert.StartsWith("Belum ada pengguna.", empty, StringComparison.Ordinal);
        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Spaces().Replace(l.TrimEnd(), " ")).ToList();
        Assert.Equal(
            [
                "budi@kpu.go.id Budi Santoso nonaktif 2FA belum operator@670702",
                "siti@kpu.go.id Siti Rahmawati aktif 2FA belum operator@670701, verifikator@670100",
                "2 pengguna.",
            ],
            lines);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Disable_makes_the_user_inactive_and_ends_every_session_and_enable_brings_it_back(string provider)
    {
        await using var database = await UnitsOnlyAsync(provider);
        await RunAsync(database, Passphrase, "add", "budi@kpu.go.id", "--name", "Budi Santoso", "--unit", "670701", "--role", "operator", "--password-stdin");
        Guid userId;
        await using (var db = database.Context())
        {
            userId = await db.Users.Select(u => u.Id).SingleAsync();
            db.Sessions.AddRange(new UserSession(userId, Clock.GetUtcNow(), "Firefox", "10.0.0.1"), new UserSession(userId, Clock.GetUtcNow(), "Chromium", "10.0.0.2"));
            await db.SaveChangesAsync();
        }

        var (code, output) = await RunAsync(database, string.Empty, "disable", "budi@kpu.go.id");

        Assert.Equal(0, code);
        Assert.Contains("Pengguna budi@kpu.go.id dinonaktifkan. Semua sesinya diakhiri.", output, StringComparison.Ordinal);
        await using (var read = database.Context())
        {
            Assert.False(await read.Users.Where(u => u.Id == userId).Select(u => u.IsActive).SingleAsync());
            Assert.Equal([Clock.GetUtcNow(), Clock.GetUtcNow()], await read.Sessions.Where(s => s.UserId == userId).Select(s => s.EndedAt).ToListAsync());
        }

        Assert.Equal(0, (await RunAsync(database, string.Empty, "enable", "budi@kpu.go.id")).Code);
        var (unknownCode, unknown) = await RunAsync(database, string.Empty, "disable", "tidak.ada@kpu.go.id");
        await using var after = database.Context();
        Assert.True(await after.Users.Where(u => u.Id == userId).Select(u => u.IsActive).SingleAsync());
        Assert.Equal(1, unknownCode);
        Assert.Equal("Gagal: tidak ada pengguna dengan e-mail \"tidak.ada@kpu.go.id\".", unknown.Trim());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Role_grants_and_removes_a_role_for_a_unit(string provider)
    {
        await using var database = await UnitsOnlyAsync(provider);
        await RunAsync(database, Passphrase, "add", "siti@kpu.go.id", "--name", "Siti Rahmawati", "--unit", "670100", "--role", "verifikator", "--password-stdin");

        var granted = await RunAsync(database, string.Empty, "role", "siti@kpu.go.id", "--unit", "670701", "--role", "operator");
        var again = await RunAsync(database, string.Empty, "role", "siti@kpu.go.id", "--unit", "670701", "--role", "operator");
        var afterGrant = await RolesAsync(database, "siti@kpu.go.id");
        var removed = await RunAsync(database, string.Empty, "role", "siti@kpu.go.id", "--unit", "670100", "--role", "verifikator", "--remove");
        var notHeld = await RunAsync(database, string.Empty, "role", "siti@kpu.go.id", "--unit", "670702", "--role", "operator", "--remove");
        var badRole = await RunAsync(database, string.Empty, "role", "siti@kpu.go.id", "--unit", "670702", "--role", "raja");

        Assert.Equal((0, "Peran Operator satker di KPU Kota Serang diberikan kepada Siti Rahmawati."), (granted.Code, granted.Output.Trim()));
        Assert.Equal((0, "Siti Rahmawati sudah memegang peran Operator satker di KPU Kota Serang."), (again.Code, again.Output.Trim()));
        Assert.Equal(["operator@670701", "verifikator@670100"], afterGrant);
        Assert.Equal((0, "Peran Verifikator di KPU Provinsi Banten dicabut dari Siti Rahmawati."), (removed.Code, removed.Output.Trim()));
        Assert.Equal((1, "Gagal: Siti Rahmawati tidak memegang peran Operator satker di KPU Kabupaten Lebak."), (notHeld.Code, notHeld.Output.Trim()));
        Assert.Equal(1, badRole.Code);
        Assert.Equal(["operator@670701"], await RolesAsync(database, "siti@kpu.go.id"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reset_ends_the_old_password_and_prints_a_new_set_up_link(string provider)
    {
        await using var database = await UnitsOnlyAsync(provider);
        await RunAsync(database, Passphrase, "add", "budi@kpu.go.id", "--name", "Budi Santoso", "--unit", "650001", "--role", "admin", "--password-stdin");

        var (code, output) = await RunAsync(database, string.Empty, "reset", "budi@kpu.go.id");

        Assert.Equal(0, code);
        var link = SetUpLink().Match(output);
        Assert.True(link.Success, output);
        Assert.StartsWith(UserVerb.DefaultPublicUrl + "/Akun/AturUlang?", link.Value, StringComparison.Ordinal);
        await using var services = SystemAccounts.Build(database.Settings, Clock);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
        var user = await users.FindByEmailAsync("budi@kpu.go.id");
        Assert.NotNull(user);
        Assert.False(await users.CheckPasswordAsync(user, Passphrase));
        Assert.True((await users.ResetPasswordAsync(user, Uri.UnescapeDataString(link.Groups["token"].Value), "rapat pleno di sorong tiga hari")).Succeeded);
    }

    [Fact]
    public async Task Without_an_act_or_an_e_mail_it_prints_the_usage()
    {
        await using var database = await TestDatabase.CreateAsync("sqlite");

        var bare = await RunAsync(database, string.Empty);
        var noEmail = await RunAsync(database, string.Empty, "disable");

        Assert.Equal(2, bare.Code);
        Assert.StartsWith("Penggunaan: user add <email>", bare.Output, StringComparison.Ordinal);
        Assert.Equal(bare, noEmail);
    }

    private static async Task<TestDatabase> UnitsOnlyAsync(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();
        await DemoData.LoadAsync(db);
        return database;
    }

    private static async Task<List<string>> RolesAsync(TestDatabase database, string email)
    {
        await using var db = database.Context();
        var codes = await db.WorkUnits.ToDictionaryAsync(w => w.Id, w => w.SatkerCode);
        var roles = await db.UserRoles.Where(r => db.Users.Any(u => u.Id == r.UserId && u.Email == email)).ToListAsync();
        return [.. roles.Select(r => $"{AccessRules.CommandName(r.Role)}@{codes[r.WorkUnitId]}").Order(StringComparer.Ordinal)];
    }

    private static async Task<(int Code, string Output)> RunAsync(TestDatabase database, string stdin, params string[] args)
    {
        using var output = new StringWriter();
        var code = await Verbs.RunAsync("user", args, database.Settings, Clock, output, new StringReader(stdin));
        return (code, output.ToString());
    }

    [GeneratedRegex(@"https?://\S+/Akun/AturUlang\?pengguna=(?<user>[0-9a-f]{32})&token=(?<token>\S+)")]
    private static partial Regex SetUpLink();

    [GeneratedRegex(" {2,}")]
    private static partial Regex Spaces();
}
