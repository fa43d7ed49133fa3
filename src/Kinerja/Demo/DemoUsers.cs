using Kinerja.Accounts;
using Kinerja.Data;
using Kinerja.Domain.Access;

namespace Kinerja.Demo;

/// <summary>One person of the demo: a fixed e-mail and password, listed in the README, for trying each role.</summary>
public sealed record DemoUser(string Email, string FullName, Role Role, string Satker, string Password);

/// <summary>
/// One user per role on the demo units, plus an operator of the neighbouring regency for trying the walls between units. They are
/// made only together with the demo data (<see cref="DatabaseSetup.PrepareAsync"/>, the <c>demo</c> verb), never on a database
/// without it, so a real deployment has no known account. The passwords are passphrases that pass the breached list; nobody has a
/// second factor yet: the roles that need one enrol before their first write.
/// </summary>
public static class DemoUsers
{
    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("operator.serang@demo.kinerja.id", "Operator Demo KPU Kota Serang", Role.Operator, "670701", "sate bandeng di alun-alun"),
        new("ketua.serang@demo.kinerja.id", "Ketua Demo KPU Kota Serang", Role.CommissionHead, "670701", "ketua memimpin rapat pleno"),
        new("sekretaris.serang@demo.kinerja.id", "Sekretaris Demo KPU Kota Serang", Role.SecretariatHead, "670701", "sekretaris menata anggaran"),
        new("verifikator.banten@demo.kinerja.id", "Verifikator Demo KPU Provinsi Banten", Role.Verifier, "670100", "verifikasi dari provinsi"),
        new("admin.nasional@demo.kinerja.id", "Admin Nasional Demo KPU RI", Role.Administrator, "650001", "admin nasional di menteng"),
        new("evaluator@demo.kinerja.id", "Evaluator Demo Inspektorat Utama", Role.Evaluator, "650001", "inspektorat membaca semuanya"),
        new("pembaca.banten@demo.kinerja.id", "Pimpinan Demo KPU Provinsi Banten", Role.Reader, "670100", "pimpinan cukup membaca"),
        new("operator.lebak@demo.kinerja.id", "Operator Demo KPU Kabupaten Lebak", Role.Operator, "670702", "badak bercula satu di ujung kulon"),
    ];

    /// <summary>Creates the demo users through <see cref="UserAccounts"/>; call it only right after the demo data is loaded.</summary>
    /// <returns>Each user with the name of its unit, for the console.</returns>
    public static async Task<IReadOnlyList<(DemoUser User, string UnitName)>> CreateAsync(DatabaseSettings settings, TimeProvider clock, CancellationToken cancellationToken = default)
    {
        await using var services = SystemAccounts.Build(settings, clock);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var created = new List<(DemoUser, string)>();
        foreach (var demo in All)
        {
            var unit = await accounts.UnitBySatkerAsync(demo.Satker, cancellationToken)
                ?? throw new InvalidOperationException($"Satuan kerja demo {demo.Satker} tidak ada.");
            var result = await accounts.CreateAsync(demo.Email, demo.FullName, null, new RoleAssignment(demo.Role, unit.Id), demo.Password, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Pengguna demo {demo.Email} tidak dapat dibuat: {result.Message}");
            }

            created.Add((demo, unit.Name));
        }

        return created;
    }

    /// <summary>The console line of one demo user: role, unit, e-mail and password, marked as demo only.</summary>
    public static string Line(DemoUser user, string unitName)
    {
        ArgumentNullException.ThrowIfNull(user);
        return $"Akun demo: {AccessRules.Title(user.Role)} · {unitName} · {user.Email} · kata sandi: {user.Password} (hanya untuk demo)";
    }
}
