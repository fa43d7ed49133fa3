namespace Kinerja.Domain.Common;

/// <summary>
/// An amount as a person types it into a form (<c>1.250.000</c>, <c>Rp 1.250.000</c>, <c>1250000</c>): whole, not negative;
/// an empty field means no amount. Read by <see cref="Rupiah.TryParse"/>, with a clearer word for the two usual slips.
/// </summary>
public static class RupiahInput
{
    /// <summary>Sen or a decimal fraction: budgets are whole Rupiah.</summary>
    public const string Fraction = "RUPIAH_FRACTION";

    public const string Negative = "RUPIAH_NEGATIVE";

    public const string Invalid = "RUPIAH_INVALID";

    public static Rupiah? Read(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var typed = text.Trim();
        var folded = Digits.ToAscii(typed);
        var number = folded.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) ? folded[2..].TrimStart('.', ' ') : folded;
        if (number.StartsWith('-') || number.StartsWith('\u2212'))
        {
            throw new RuleViolationException(Negative, $"Jumlah rupiah tidak boleh negatif (tertulis \"{typed}\").");
        }

        if (Rupiah.TryParse(folded, out var amount))
        {
            return amount;
        }

        if (HasFraction(number))
        {
            throw new RuleViolationException(Fraction, $"Jumlah rupiah harus bilangan bulat tanpa sen (tertulis \"{typed}\"); tulis misalnya 1.250.000.");
        }

        throw new RuleViolationException(Invalid, $"\"{typed}\" bukan jumlah rupiah (contoh: 1.250.000 atau Rp 1.250.000).");
    }

    /// <summary>Digits, then a comma or dot followed by one or two digits at the end: <c>1.250,5</c>, <c>1250.75</c>.</summary>
    private static bool HasFraction(string number)
    {
        var separator = number.LastIndexOfAny([',', '.']);
        var decimals = number.Length - separator - 1;
        return separator > 0
            && decimals is 1 or 2
            && number.All(c => char.IsAsciiDigit(c) || c is ',' or '.')
            && number[(separator + 1)..].All(char.IsAsciiDigit);
    }
}
