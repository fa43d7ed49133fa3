namespace Kinerja.Domain.Common;

/// <summary>An illegal call on the domain: carries a stable code so that callers and tests can tell which rule broke.</summary>
public sealed class RuleViolationException : Exception
{
    public RuleViolationException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public RuleViolationException()
        : this("RULE", "Aturan domain dilanggar.")
    {
    }

    public RuleViolationException(string message)
        : this("RULE", message)
    {
    }

    public RuleViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "RULE";
    }

    public string Code { get; } = "RULE";
}

internal static class Rule
{
    public static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new RuleViolationException(code, message);
        }
    }

    /// <summary>A value cast from a number is not one of the enum's names; stored, it breaks every page that shows it.</summary>
    public static void Defined<T>(T value, string code, string message)
        where T : struct, Enum =>
        Require(Enum.IsDefined(value), code, message);

    public static string Text(string? value, string code, string what, int maxLength = 4000)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        Require(trimmed.Length > 0, code, $"{what} wajib diisi.");
        Require(trimmed.Length <= maxLength, code, $"{what} terlalu panjang (lebih dari {maxLength} karakter).");
        return trimmed;
    }

    public static string? OptionalText(string? value, string code, string what, int maxLength = 4000)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        Require(trimmed.Length <= maxLength, code, $"{what} terlalu panjang (lebih dari {maxLength} karakter).");
        return trimmed;
    }
}
