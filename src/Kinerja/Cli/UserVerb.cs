using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;
using Kinerja.Domain.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Kinerja.Cli;

/// <summary>
/// <c>user add|list|disable|enable|reset|role …</c>: the accounts from the server's own shell. A fresh production database has no user;
/// the first admin nasional is made here (<c>user add … --role admin --unit 650001</c>). Every act goes through
/// <see cref="UserAccounts"/>, the path the admin pages use, so a refusal here is the same refusal there; a refused act stores nothing.
/// </summary>
public static class UserVerb
{
    public const string DefaultPublicUrl = "http://localhost:5000";

    public const string Usage =
        "user add <email> --name \"NAMA\" --unit <kode satker> --role <peran> [--nip NIP] [--password-stdin] | user list | "
        + "user disable <email> | user enable <email> | user reset <email> | user role <email> --unit <kode satker> --role <peran> [--remove]";

    /// <summary>
    /// Runs one <c>user</c> act. <paramref name="input"/> is where <c>--password-stdin</c> reads its one line; <paramref name="publicUrl"/>
    /// is the address people open Kinerja at (configuration <c>PublicUrl</c>), which set-up links start with.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, DatabaseSettings settings, TimeProvider clock, TextReader input, string publicUrl, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var email = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal) ? args[1] : null;
        var act = args.Length == 0 ? null : args[0];
        if (act is null || (act != "list" && email is null))
        {
            await output.WriteLineAsync("Penggunaan: " + Usage);
            await output.WriteLineAsync("Peran: " + string.Join(", ", AccessRules.CommandNames.Keys) + ".");
            return 2;
        }

        await using var services = SystemAccounts.Build(settings, clock);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var command = new Command(args, accounts, output);
        return act switch
        {
            "add" => await command.AddAsync(email!, input, publicUrl),
            "list" => await ListAsync(scope.ServiceProvider.GetRequiredService<KinerjaDbContext>(), output),
            "disable" => await command.OnUserAsync(email!, user => accounts.DeactivateAsync(user), "Semua sesinya diakhiri."),
            "enable" => await command.OnUserAsync(email!, accounts.ActivateAsync),
            "reset" => await command.ResetAsync(email!, publicUrl),
            "role" => await command.RoleAsync(email!),
            _ => await command.FailAsync($"perintah \"user {act}\" tidak dikenal; gunakan add, list, disable, enable, reset atau role.", code: 2),
        };
    }

    private static async Task<int> ListAsync(KinerjaDbContext db, TextWriter output)
    {
        var users = await db.Users.AsNoTracking().Include(u => u.Roles).ToListAsync();
        if (users.Count == 0)
        {
            await output.WriteLineAsync("Belum ada pengguna. Buat admin nasional pertama: user add <email> --name \"NAMA\" --unit <kode satker KPU RI> --role admin");
            return 0;
        }

        var codes = await db.WorkUnits.IgnoreQueryFilters().IgnoreAutoIncludes().AsNoTracking()
            .ToDictionaryAsync(w => w.Id, w => w.SatkerCode ?? w.Name);
        var rows = users.OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase).Select(u => new[]
        {
            u.Email ?? string.Empty,
            u.FullName,
            u.IsActive ? "aktif" : "nonaktif",
            u.TwoFactorEnabled ? "2FA aktif" : "2FA belum",
            string.Join(", ", u.Roles.OrderBy(r => r.Role).Select(r => $"{AccessRules.CommandName(r.Role)}@{codes.GetValueOrDefault(r.WorkUnitId, "?")}")),
        }).ToList();
        var widths = Enumerable.Range(0, 4).Select(i => rows.Max(r => r[i].Length)).ToArray();
        foreach (var row in rows)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, i) => i < widths.Length ? cell.PadRight(widths[i]) : cell)));
        }

        await output.WriteLineAsync($"{users.Count} pengguna.");
        return 0;
    }

    private sealed class Command(string[] args, UserAccounts accounts, TextWriter output)
    {
        public async Task<int> AddAsync(string email, TextReader input, string publicUrl)
        {
            var name = Option("--name");
            if (string.IsNullOrWhiteSpace(name))
            {
                return await FailAsync("--name wajib diisi dengan nama lengkap pengguna, contoh: --name \"Siti Rahmawati\".");
            }

            if (await AssignmentAsync() is not { } role)
            {
                return 1;
            }

            string? password = null;
            if (args.Contains("--password-stdin"))
            {
                password = await input.ReadLineAsync();
                if (string.IsNullOrEmpty(password))
                {
                    return await FailAsync("kata sandi kosong: --password-stdin membaca satu baris dari masukan standar, contoh: echo \"$KATA_SANDI\" | … user add ….");
                }
            }

            var result = await accounts.CreateAsync(email, name, Option("--nip"), role.Assignment, password);
            if (!result.Succeeded)
            {
                return await FailAsync(result.Message);
            }

            await output.WriteLineAsync($"{result.Message} Satuan kerja: {role.Unit.Name}.");
            if (password is null)
            {
                await PrintLinkAsync(await accounts.ResetLinkAsync(result.User!, publicUrl));
            }

            return 0;
        }

        public async Task<int> OnUserAsync(string email, Func<KinerjaUser, Task<AccountResult>> act, string? done = null)
        {
            if (await UserAsync(email) is not { } user)
            {
                return 1;
            }

            return await ReportAsync(await act(user), done);
        }

        public async Task<int> ResetAsync(string email, string publicUrl)
        {
            if (await UserAsync(email) is not { } user)
            {
                return 1;
            }

            var link = await accounts.ForceResetAsync(user, publicUrl);
            await output.WriteLineAsync($"Kata sandi lama {user.Email} tidak berlaku lagi dan semua sesinya diakhiri.");
            await PrintLinkAsync(link);
            return 0;
        }

        public async Task<int> RoleAsync(string email)
        {
            if (await UserAsync(email) is not { } user || await AssignmentAsync() is not { } role)
            {
                return 1;
            }

            return await ReportAsync(args.Contains("--remove")
                ? await accounts.RevokeAsync(user, role.Assignment)
                : await accounts.GrantAsync(user, role.Assignment));
        }

        public async Task<int> FailAsync(string message, int code = 1)
        {
            await output.WriteLineAsync("Gagal: " + message);
            return code;
        }

        private async Task<int> ReportAsync(AccountResult result, string? done = null)
        {
            if (!result.Succeeded)
            {
                return await FailAsync(result.Message);
            }

            await output.WriteLineAsync(done is null ? result.Message : $"{result.Message} {done}");
            return 0;
        }

        private async Task PrintLinkAsync(string link)
        {
            await output.WriteLineAsync("Tautan untuk mengatur kata sandi (hanya dapat dipakai sekali dan berlaku 2 jam); serahkan langsung kepada pemiliknya:");
            await output.WriteLineAsync(link);
        }

        private async Task<KinerjaUser?> UserAsync(string email)
        {
            var user = await accounts.FindAsync(email);
            if (user is null)
            {
                await FailAsync($"tidak ada pengguna dengan e-mail \"{email.Trim()}\".");
            }

            return user;
        }

        /// <summary>The role and unit of <c>--role</c> and <c>--unit</c>, or null after saying which of the two is wrong.</summary>
        private async Task<(RoleAssignment Assignment, WorkUnit Unit)?> AssignmentAsync()
        {
            var roleName = Option("--role");
            if (roleName is null || !AccessRules.CommandNames.TryGetValue(roleName, out var role))
            {
                await FailAsync($"peran (--role) {(roleName is null ? "wajib diisi" : $"\"{roleName}\" tidak dikenal")}; pilih salah satu: {string.Join(", ", AccessRules.CommandNames.Keys)}.");
                return null;
            }

            var code = Option("--unit");
            var unit = code is null ? null : await accounts.UnitBySatkerAsync(code);
            if (unit is null)
            {
                await FailAsync($"satuan kerja (--unit) {(code is null ? "wajib diisi dengan kode satker" : $"dengan kode satker \"{code.Trim()}\" tidak ditemukan")}; perintah units menampilkan kodenya.");
                return null;
            }

            return (new RoleAssignment(role, unit.Id), unit);
        }

        private string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
