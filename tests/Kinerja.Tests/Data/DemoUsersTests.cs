using Kinerja.Accounts;
using Kinerja.Cli;
using Kinerja.Data;
using Kinerja.Demo;
using Kinerja.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Kinerja.Tests.Data;

public sealed class DemoUsersTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 3, 1, 2, 0, 0, TimeSpan.Zero));

    /// <summary>The README's table of demo users: e-mail, role, satker.</summary>
    private static readonly (string Email, Role Role, string Satker)[] Listed =
    [
        ("admin.nasional@demo.kinerja.id", Role.Administrator, "650001"),
        ("evaluator@demo.kinerja.id", Role.Evaluator, "650001"),
        ("ketua.serang@demo.kinerja.id", Role.CommissionHead, "670701"),
        ("operator.lebak@demo.kinerja.id", Role.Operator, "670702"),
        ("operator.serang@demo.kinerja.id", Role.Operator, "670701"),
        ("pembaca.banten@demo.kinerja.id", Role.Reader, "670100"),
        ("sekretaris.serang@demo.kinerja.id", Role.SecretariatHead, "670701"),
        ("verifikator.banten@demo.kinerja.id", Role.Verifier, "670100"),
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_setup_creates_one_user_per_role_with_the_listed_e_mails_and_working_passwords(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        var console = new Lines();

        await DatabaseSetup.PrepareAsync(database.Settings, loadDemo: true, console, Clock);

        await AssertListedUsersAsync(database);
        Assert.Equal(DemoUsers.All.Count, console.Count(l => l.EndsWith("(hanya untuk demo)", StringComparison.Ordinal)));
        Assert.Contains("Akun demo: Operator satker · KPU Kota Serang · operator.serang@demo.kinerja.id · kata sandi: sate bandeng di alun-alun (hanya untuk demo)", console);

        // A second start finds the demo there and creates nobody again.
        await DatabaseSetup.PrepareAsync(database.Settings, loadDemo: true, NullLogger.Instance, Clock);
        await using var db = database.Context();
        Assert.Equal(DemoUsers.All.Count, await db.Users.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_verb_creates_the_same_users_and_prints_them(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);
        using var output = new StringWriter();

        Assert.Equal(0, await Verbs.RunAsync("demo", [], database.Settings, Clock, output));

        await AssertListedUsersAsync(database);
        Assert.Equal(DemoUsers.All.Count, output.ToString().Split('\n').Count(l => l.Contains("(hanya untuk demo)", StringComparison.Ordinal)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_database_prepared_without_demo_data_has_no_user_at_all(string provider)
    {
        await using var database = await TestDatabase.CreateEmptyAsync(provider);

        await DatabaseSetup.PrepareAsync(database.Settings, loadDemo: false, NullLogger.Instance, Clock);

        await using var db = database.Context();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.UserRoles.CountAsync());
        Assert.Equal(0, await db.WorkUnits.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_data_alone_holds_no_user(string provider)
    {
        // The bench's synthetic nation is loaded this way: units and plans, never an account with a known password.
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.Context();

        await DemoData.LoadAsync(db);

        Assert.Equal(0, await db.Users.CountAsync());
    }

    private static async Task AssertListedUsersAsync(TestDatabase database)
    {
        await using (var db = database.Context())
        {
            var codes = await db.WorkUnits.ToDictionaryAsync(w => w.Id, w => w.SatkerCode);
            var users = await db.Users.AsNoTracking().Include(u => u.Roles).ToListAsync();
            Assert.Equal(
                Listed,
                users.Select(u => (u.Email!, Assert.Single(u.Roles).Role, codes[u.Roles[0].WorkUnitId]!)).OrderBy(u => u.Item1, StringComparer.Ordinal));
            Assert.Equal(Enum.GetValues<Role>().Order(), users.Select(u => u.Roles[0].Role).Distinct().Order());
            Assert.All(users, u => Assert.True(u.IsActive && !u.TwoFactorEnabled, u.Email));
        }

        await using var services = SystemAccounts.Build(database.Settings, Clock);
        await using var scope = services.CreateAsyncScope();
        var manager = scope.ServiceProvider.GetRequiredService<UserManager<KinerjaUser>>();
        foreach (var demo in DemoUsers.All)
        {
            var user = await manager.FindByEmailAsync(demo.Email);
            Assert.NotNull(user);
            Assert.True(await manager.CheckPasswordAsync(user, demo.Password), demo.Email);
        }
    }

    /// <summary>The console of the start-up: every line logged.</summary>
    private sealed class Lines : List<string>, ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Add(formatter(state, exception));
    }
}
