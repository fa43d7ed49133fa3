using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>An amount of money in whole Rupiah. Budgets in the documents never carry sen.</summary>
public readonly record struct Rupiah(long Value) : IComparable<Rupiah>
{
    public static readonly Rupiah Zero = new(0);

    /// <summary>
    /// The largest amount the app accepts, for one figure and for any total it keeps: Rp 100 triliun (10^14). KPU's whole
    /// budget in an election year is about Rp 76 triliun (2024) and a work unit's is far less, so a larger figure is a typing
    /// or reading mistake. Below it, the sum of the 92.233 largest amounts still fits a <see cref="long"/>.
    /// </summary>
    public const long Max = 100_000_000_000_000;

    public const string TooLarge = "RUPIAH_TOO_LARGE";

    /// <summary>
    /// Sums and differences saturate at ±<see cref="long.MaxValue"/> instead of wrapping or throwing: amounts are refused at the
    /// door beyond <see cref="Max"/>, but rows already stored (or written by SQL) must not take a page down; a saturated total is
    /// beyond <see cref="Max"/>, and is shown and checked as such.
    /// </summary>
    public static Rupiah operator +(Rupiah left, Rupiah right) => new(Saturate((Int128)left.Value + right.Value));

    public static Rupiah operator -(Rupiah left, Rupiah right) => new(Saturate((Int128)left.Value - right.Value));

    public static bool operator <(Rupiah left, Rupiah right) => left.Value < right.Value;

    public static bool operator >(Rupiah left, Rupiah right) => left.Value > right.Value;

    public static bool operator <=(Rupiah left, Rupiah right) => left.Value <= right.Value;

    public static bool operator >=(Rupiah left, Rupiah right) => left.Value >= right.Value;

    public static Rupiah Sum(IEnumerable<Rupiah> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        Int128 total = 0;
        foreach (var amount in amounts)
        {
            total += amount.Value;
        }

        return new Rupiah(Saturate(total));
    }

    /// <summary>Whether the amount is within the ceiling, ±<see cref="Max"/>.</summary>
    public bool IsWithinCeiling => Value is >= -Max and <= Max;

    /// <summary>The amount when it is within the ceiling; otherwise the rule <see cref="TooLarge"/>, naming <paramref name="what"/>.</summary>
    public static Rupiah? Within(Rupiah? amount, string what) => amount is not { IsWithinCeiling: false } ? amount : throw Beyond(what);

    /// <summary>
    /// Whether the text is an amount beyond the ceiling: one that reads beyond <see cref="Max"/>, or one written with more
    /// digits than any amount has (<c>1.000.000.000.000.000.000.000</c>, past a <see cref="long"/>), which is not "no amount".
    /// </summary>
    public static bool IsBeyondCeiling(string? text)
    {
        if (TryParse(text, out var amount))
        {
            return !amount.IsWithinCeiling;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = Digits.ToAscii(text.Trim());
        s = s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase) ? s[2..] : s;
        return s.Count(char.IsAsciiDigit) > 15 && s.All(c => char.IsAsciiDigit(c) || c is ',' or '.' or ' ' or '-');
    }

    /// <summary>The rule <see cref="TooLarge"/> for <paramref name="what"/>, an amount or a total.</summary>
    public static RuleViolationException Beyond(string what) =>
        new(TooLarge, $"{what} melebihi batas {IdFormat.Rupiah(Max)} (Rp 100 triliun).");

    public int CompareTo(Rupiah other) => Value.CompareTo(other.Value);

    public Rupiah Add(Rupiah other) => this + other;

    public Rupiah Subtract(Rupiah other) => this - other;

    /// <summary>
    /// Reads an amount as printed: <c>3,002,300,000</c>, <c>3.178.163.000</c>, <c>Rp. 1.646.458.000,-</c>, <c>1159691000</c>.
    /// Both separators are read as thousands separators because the documents use either; a trailing <c>,-</c> or <c>,00</c> is sen-free decoration.
    /// Every Unicode decimal digit is read as its value (<see cref="Digits"/>).
    /// </summary>
    public static bool TryParse(string? text, out Rupiah amount)
    {
        amount = Zero;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var s = Digits.ToAscii(text.Trim());
        if (s.StartsWith("Rp", StringComparison.OrdinalIgnoreCase))
        {
            s = s[2..].TrimStart('.', ' ');
        }

        if (s.EndsWith(",-", StringComparison.Ordinal) || s.EndsWith(".-", StringComparison.Ordinal))
        {
            s = s[..^2];
        }
        else if (s.EndsWith(",00", StringComparison.Ordinal) && s.Length > 3 && s.Count(c => c is ',' or '.') > 1)
        {
            s = s[..^3];
        }

        var negative = s.StartsWith('-');
        if (negative)
        {
            s = s[1..];
        }

        if (s.Length == 0 || !char.IsAsciiDigit(s[0]) || !char.IsAsciiDigit(s[^1]))
        {
            return false;
        }

        var groups = s.Split(',', '.');
        if (groups.Length > 1 && (groups[0].Length > 3 || groups.Skip(1).Any(g => g.Length != 3)))
        {
            return false;
        }

        if (groups.Any(g => g.Length == 0 || !g.All(char.IsAsciiDigit)))
        {
            return false;
        }

        if (!long.TryParse(string.Concat(groups), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        amount = new Rupiah(negative ? -value : value);
        return true;
    }

    public static Rupiah Parse(string text) =>
        TryParse(text, out var amount)
            ? amount
            : throw new RuleViolationException("RUPIAH_INVALID", $"\"{text}\" bukan jumlah rupiah yang sah.");

    private static long Saturate(Int128 value) => value > long.MaxValue ? long.MaxValue : value < -long.MaxValue ? -long.MaxValue : (long)value;

    /// <summary>Indonesian grouping without the currency sign, as in budget tables: <c>1.159.691.000</c>.</summary>
    public override string ToString() => IdFormat.Whole(Value);
}
