using System.Reflection;
using Kinerja.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Kinerja.Tests.Accounts;

public sealed class BreachedPasswordTests
{
    private static readonly string[] FileLines = File.ReadAllLines(ShippedFilePath());

    [Fact]
    public void The_shipped_list_holds_every_line_of_the_committed_file()
    {
        Assert.True(FileLines.Length > 15_000, $"only {FileLines.Length} lines");
        Assert.Equal(FileLines.Length, BreachedPasswords.Shipped.Count);
    }

    [Fact]
    public void The_committed_file_is_sorted_unique_normalized_and_only_as_long_as_a_password_may_be()
    {
        Assert.Equal(FileLines.Order(StringComparer.Ordinal).Distinct(StringComparer.Ordinal), FileLines);
        Assert.All(FileLines, line =>
        {
            Assert.InRange(line.Length, PasswordRules.MinLength, 64);
            Assert.Equal(BreachedPasswords.Normalize(line), line);
        });
    }

    [Theory]
    [InlineData("123qweasdzxc")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("q1w2e3r4t5y6")]
    [InlineData("qazwsxedcrfv")]
    [InlineData("qwerty123456")]
    [InlineData("password1234")]
    [InlineData("1234567890qwerty")]
    public async Task A_password_from_the_source_list_is_refused(string password)
    {
        Assert.True(BreachedPasswords.Shipped.Contains(password));
        Assert.Equal(["PasswordBreached"], await Codes(password));
    }

    [Theory]
    [InlineData("bismillah123")]
    [InlineData("indonesia2024")]
    [InlineData("kpuindonesia")]
    [InlineData("kpukpukpu2024")]
    [InlineData("sayangku1234")]
    [InlineData("bambang12345")]
    [InlineData("123456789012")]
    [InlineData("qwertyuiopas")]
    [InlineData("111111111111")]
    public async Task A_common_pattern_of_this_user_base_is_refused(string password) =>
        Assert.Equal(["PasswordBreached"], await Codes(password));

    [Theory]
    [InlineData("PASSWORD1234")]
    [InlineData("Bismillah123")]
    [InlineData("  password1234 ")]
    [InlineData("\uFF30\uFF41\uFF53\uFF53\uFF57\uFF4F\uFF52\uFF44\uFF11\uFF12\uFF13\uFF14")]
    [InlineData("ｂｉｓｍｉｌｌａｈ１２３")]
    public async Task Case_and_width_do_not_make_a_listed_password_new(string password) =>
        Assert.Equal(["PasswordBreached"], await Codes(password));

    [Theory]
    [InlineData("kuda makan rumput di sawah")]
    [InlineData("Rapat pleno di Sorong tiga hari")]
    [InlineData("anggaran naik tapi kopi tetap sachet")]
    public async Task A_passphrase_is_accepted(string password)
    {
        Assert.False(BreachedPasswords.Shipped.Contains(password));
        Assert.Empty(await Codes(password));
    }

    [Theory]
    [InlineData("budi.santoso2024")]
    [InlineData("BUDI.SANTOSO123456")]
    [InlineData("budi.santosobudi.santoso")]
    [InlineData("2029budi.santoso!")]
    [InlineData("bsantosobsantoso")]
    [InlineData("bsantoso12345678")]
    public async Task The_users_own_name_repeated_or_with_digits_is_refused(string password) =>
        Assert.Equal(["PasswordLikeUserName"], await Codes(password, "bsantoso", "budi.santoso@kpu.go.id"));

    [Fact]
    public async Task A_user_name_that_is_an_e_mail_address_counts_with_its_local_part() =>
        Assert.Equal(["PasswordLikeUserName"], await Codes("siti.rahma2024!", "siti.rahma@kpu.go.id", null));

    [Fact]
    public async Task A_passphrase_that_only_mentions_the_name_is_accepted() =>
        Assert.Empty(await Codes("bsantoso suka kopi tubruk", "bsantoso", "budi.santoso@kpu.go.id"));

    [Fact]
    public async Task A_password_longer_than_the_maximum_is_refused_and_one_at_the_maximum_is_not()
    {
        var atMaximum = string.Concat(Enumerable.Repeat("kuda makan rumput di sawah ", 5))[..PasswordRules.MaxLength];
        Assert.Empty(await Codes(atMaximum));
        var result = await Validate(atMaximum + "x", "budi", null);
        Assert.Equal(["PasswordTooLong"], result.Errors.Select(e => e.Code));
        Assert.Equal("Kata sandi paling panjang 128 karakter.", Assert.Single(result.Errors).Description);
    }

    [Fact]
    public async Task The_refusal_explains_itself_in_Indonesian()
    {
        var result = await Validate("password1234", "budi", null);
        Assert.Equal(
            "Kata sandi ini termasuk kata sandi yang sudah bocor atau sangat umum dipakai; pilih kalimat lain yang mudah Anda ingat.",
            Assert.Single(result.Errors).Description);
    }

    [Fact]
    public async Task Identity_with_these_validators_refuses_short_and_breached_passwords_in_Indonesian()
    {
        using var manager = Manager(
            new PasswordValidator<TestUser>(new IndonesianIdentityErrors()), new BreachedPasswordValidator<TestUser>());
        var shortOne = await manager.CreateAsync(new TestUser("budi", null), "pendek");
        Assert.Equal("Kata sandi paling sedikit 12 karakter.", Assert.Single(shortOne.Errors).Description);
        var breached = await manager.CreateAsync(new TestUser("budi", null), "qwerty123456");
        Assert.Equal(["PasswordBreached"], breached.Errors.Select(e => e.Code));
        Assert.True((await manager.CreateAsync(new TestUser("budi", null), "kuda makan rumput di sawah")).Succeeded);
    }

    public static TheoryData<string> DescriberMethods() =>
        [.. typeof(IdentityErrorDescriber).GetMethods(BindingFlags.Public | BindingFlags.Instance)
            .Where(m => m.IsVirtual && m.ReturnType == typeof(IdentityError))
            .Select(m => m.Name)];

    [Fact]
    public void Identity_can_describe_twenty_two_errors()
    {
        Assert.Equal(22, DescriberMethods().Count);
    }

    [Theory]
    [MemberData(nameof(DescriberMethods))]
    public void Every_Identity_error_is_overridden_in_Indonesian(string name)
    {
        var baseMethod = typeof(IdentityErrorDescriber).GetMethods().Single(m => m.Name == name);
        var ours = typeof(IndonesianIdentityErrors).GetMethod(name, [.. baseMethod.GetParameters().Select(p => p.ParameterType)]);
        Assert.NotNull(ours);
        Assert.Equal(typeof(IndonesianIdentityErrors), ours.DeclaringType);

        object[] arguments = [.. baseMethod.GetParameters().Select(p => p.ParameterType == typeof(int) ? (object)12 : "contoh")];
        var english = (IdentityError)baseMethod.Invoke(new IdentityErrorDescriber(), arguments)!;
        var indonesian = (IdentityError)ours.Invoke(new IndonesianIdentityErrors(), arguments)!;
        Assert.Equal(english.Code, indonesian.Code);
        Assert.NotEqual(english.Description, indonesian.Description);
        foreach (var word in new[] { "must", "invalid", "already", "password", "failure", "error", " is ", " the " })
        {
            Assert.DoesNotContain(word, indonesian.Description, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static async Task<string[]> Codes(string password, string userName = "budi", string? email = null) =>
        [.. (await Validate(password, userName, email)).Errors.Select(e => e.Code)];

    private static async Task<IdentityResult> Validate(string password, string userName, string? email)
    {
        using var manager = Manager();
        return await new BreachedPasswordValidator<TestUser>().ValidateAsync(manager, new TestUser(userName, email), password);
    }

    private static UserManager<TestUser> Manager(params IPasswordValidator<TestUser>[] validators) =>
        new(
            new TestUserStore(),
            Options.Create(new IdentityOptions
            {
                Password = new PasswordOptions
                {
                    RequiredLength = PasswordRules.MinLength,
                    RequireDigit = false,
                    RequireLowercase = false,
                    RequireUppercase = false,
                    RequireNonAlphanumeric = false,
                    RequiredUniqueChars = 1,
                },
            }),
            new PasswordHasher<TestUser>(),
            [],
            validators,
            new UpperInvariantLookupNormalizer(),
            new IndonesianIdentityErrors(),
            new ServiceCollection().BuildServiceProvider(),
            NullLogger<UserManager<TestUser>>.Instance);

    private static string ShippedFilePath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Kinerja.slnx")))
            {
                return Path.Combine(dir.FullName, "src", "Kinerja", "Accounts", "breached-passwords.txt");
            }
        }

        throw new DirectoryNotFoundException($"No Kinerja.slnx above {AppContext.BaseDirectory}.");
    }

    public sealed record TestUser(string UserName, string? Email)
    {
        public string Id { get; } = Guid.NewGuid().ToString();

        public string? PasswordHash { get; set; }
    }

    /// <summary>Just enough of a store for <see cref="UserManager{TUser}"/> to create a user and read its names.</summary>
    private sealed class TestUserStore : IUserPasswordStore<TestUser>, IUserEmailStore<TestUser>
    {
        public Task<string> GetUserIdAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

        public Task<string?> GetUserNameAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(user.UserName);

        public Task<string?> GetEmailAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(user.Email);

        public Task<string?> GetPasswordHashAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash);

        public Task SetPasswordHashAsync(TestUser user, string? passwordHash, CancellationToken cancellationToken)
        {
            user.PasswordHash = passwordHash;
            return Task.CompletedTask;
        }

        public Task<bool> HasPasswordAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(user.PasswordHash is not null);

        public Task<IdentityResult> CreateAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

        public Task SetUserNameAsync(TestUser user, string? userName, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<string?> GetNormalizedUserNameAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task SetNormalizedUserNameAsync(TestUser user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task SetEmailAsync(TestUser user, string? email, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<bool> GetEmailConfirmedAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(false);

        public Task SetEmailConfirmedAsync(TestUser user, bool confirmed, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<string?> GetNormalizedEmailAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult<string?>(null);

        public Task SetNormalizedEmailAsync(TestUser user, string? normalizedEmail, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<TestUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) => Task.FromResult<TestUser?>(null);

        public Task<TestUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<TestUser?>(null);

        public Task<TestUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => Task.FromResult<TestUser?>(null);

        public Task<IdentityResult> UpdateAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

        public Task<IdentityResult> DeleteAsync(TestUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

        public void Dispose()
        {
        }
    }
}
