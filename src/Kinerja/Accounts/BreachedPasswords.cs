using System.Collections.Frozen;
using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Kinerja.Accounts;

/// <summary>
/// Passwords known from leaks or too common to keep anyone out, shipped in <c>breached-passwords.txt</c>
/// (made by <c>scripts/breached-passwords.sh</c>). Only those of <see cref="PasswordRules.MinLength"/> characters
/// or more are listed: the length rule refuses the shorter ones already.
/// </summary>
public sealed class BreachedPasswords
{
    private const string ResourceName = "Kinerja.Accounts.breached-passwords.txt";

    private static readonly Lazy<BreachedPasswords> ShippedList = new(Load);

    private readonly FrozenSet<string> passwords;

    private BreachedPasswords(FrozenSet<string> passwords) => this.passwords = passwords;

    public static BreachedPasswords Shipped => ShippedList.Value;

    public int Count => passwords.Count;

    public bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        return passwords.Contains(Normalize(password));
    }

    /// <summary>
    /// One spelling per password as people see it: NFKC folds full-width and compatibility forms
    /// (<c>ｐａｓｓｗｏｒｄ</c>) to their plain letters, then case is ignored.
    /// </summary>
    internal static string Normalize(string password) =>
        password.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static BreachedPasswords Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var passwords = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                passwords.Add(Normalize(line));
            }
        }

        return new BreachedPasswords(passwords.ToFrozenSet(StringComparer.Ordinal));
    }
}

/// <summary>
/// Refuses a password that is too long to hash cheaply, one on the shipped breached list, and one that is only the
/// user's own name (user name or the local part of the e-mail) repeated or with digits around it. The length floor
/// is Identity's own <c>RequiredLength</c>.
/// </summary>
public sealed class BreachedPasswordValidator<TUser> : IPasswordValidator<TUser>
    where TUser : class
{
    private static readonly char[] Padding = "0123456789 .,_-!@#$%^&*?".ToCharArray();

    private readonly BreachedPasswords breached;

    public BreachedPasswordValidator()
        : this(BreachedPasswords.Shipped)
    {
    }

    public BreachedPasswordValidator(BreachedPasswords breached)
    {
        ArgumentNullException.ThrowIfNull(breached);
        this.breached = breached;
    }

    public async Task<IdentityResult> ValidateAsync(UserManager<TUser> manager, TUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return IdentityResult.Success;
        }

        if (password.Length > PasswordRules.MaxLength)
        {
            return IdentityResult.Failed(IndonesianIdentityErrors.PasswordTooLong);
        }

        if (breached.Contains(password))
        {
            return IdentityResult.Failed(IndonesianIdentityErrors.PasswordBreached);
        }

        var userName = await manager.GetUserNameAsync(user).ConfigureAwait(false);
        var email = await manager.GetEmailAsync(user).ConfigureAwait(false);
        return IsLikeUserName(password, [userName, LocalPart(userName), LocalPart(email)])
            ? IdentityResult.Failed(IndonesianIdentityErrors.PasswordLikeUserName)
            : IdentityResult.Success;
    }

    /// <summary>
    /// True when the password, once digits and separators are stripped from both ends, is one of the names written
    /// once or more in a row (<c>budi.santoso2024</c>, <c>budibudibudi</c>).
    /// </summary>
    internal static bool IsLikeUserName(string password, IEnumerable<string?> names)
    {
        var core = BreachedPasswords.Normalize(password).Trim(Padding);
        if (core.Length == 0)
        {
            return false;
        }

        foreach (var name in names)
        {
            if (name is null)
            {
                continue;
            }

            var own = BreachedPasswords.Normalize(name).Trim(Padding);
            if (own.Length > 0 && core.Length % own.Length == 0
                && string.Concat(Enumerable.Repeat(own, core.Length / own.Length)) == core)
            {
                return true;
            }
        }

        return false;
    }

    private static string? LocalPart(string? address)
    {
        var at = address?.LastIndexOf('@') ?? -1;
        return at > 0 ? address?[..at] : null;
    }
}
