namespace Kinerja.Accounts;

/// <summary>
/// The password policy of OWASP ASVS 4.0 level 2: long enough to resist guessing, no composition rules (they push
/// people to <c>Password1!</c>), bounded above because the hash runs over the whole password.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 12;

    public const int MaxLength = 128;
}
