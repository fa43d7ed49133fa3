using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>An amount of money in whole Rupiah. Budgets in the documents never carry sen.</summary>
public readonly record struct Rupiah(long Value) : IComparable<Rupiah>
{
    public static readonly Rupiah Zero = new(0);

    public static Rupiah operator +(Rupiah left, Rupiah right) => new(checked(left.Value + right.Value));

    public static Rupiah operator -(Rupiah left, Rupiah right) => new(checked(left.Value - right.Value));

    public static bool operator <(Rupiah left, Rupiah right) => left.Value < right.Value;

    public static bool operator >(Rupiah left, Rupiah right) => left.Value > right.Value;

    public static bool operator <=(Rupiah left, Rupiah right) => left.Value <= right.Value;

    public static bool operator >=(Rupiah left, Rupiah right) => left.Value >= right.Value;

    public static Rupiah Sum(IEnumerable<Rupiah> amounts) => amounts.Aggregate(Zero, (total, next) => total + next);

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

    /// <summary>Indonesian grouping without the currency sign, as in budget tables: <c>1.159.691.000</c>.</summary>
    public override string ToString() => IdFormat.Whole(Value);
}
