using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Planning;

public enum ScheduleStyle
{
    /// <summary>RKT and PK carry no schedule.</summary>
    None,

    /// <summary>Triwulan T1–T4.</summary>
    Quarterly,

    /// <summary>Bulan B1–B12.</summary>
    Monthly,
}

/// <summary>A quarter (T1–T4) or a month (B1–B12) of the fiscal year.</summary>
public readonly record struct Period : IComparable<Period>
{
    private Period(ScheduleStyle style, int number)
    {
        Style = style;
        Number = number;
    }

    public ScheduleStyle Style { get; }

    public int Number { get; }

    public string Code => (Style == ScheduleStyle.Quarterly ? "T" : "B") + Number.ToString(CultureInfo.InvariantCulture);

    public static IReadOnlyList<Period> All(ScheduleStyle style) => style switch
    {
        ScheduleStyle.Quarterly => [.. Enumerable.Range(1, 4).Select(Quarter)],
        ScheduleStyle.Monthly => [.. Enumerable.Range(1, 12).Select(Month)],
        _ => [],
    };

    public static Period Quarter(int number)
    {
        Rule.Require(number is >= 1 and <= 4, "PERIOD_INVALID", $"Triwulan {number} tidak ada; triwulan adalah 1 sampai 4.");
        return new Period(ScheduleStyle.Quarterly, number);
    }

    public static Period Month(int number)
    {
        Rule.Require(number is >= 1 and <= 12, "PERIOD_INVALID", $"Bulan {number} tidak ada; bulan adalah 1 sampai 12.");
        return new Period(ScheduleStyle.Monthly, number);
    }

    /// <summary>Reads <c>T1</c>…<c>T4</c> and <c>B1</c>…<c>B12</c>.</summary>
    public static Period Parse(string code)
    {
        var s = Digits.ToAscii(code ?? string.Empty).Trim().ToUpperInvariant();
        if (s.Length >= 2 && int.TryParse(s.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            if (s[0] == 'T')
            {
                return Quarter(number);
            }

            if (s[0] == 'B')
            {
                return Month(number);
            }
        }

        throw new RuleViolationException("PERIOD_INVALID", $"\"{code}\" bukan periode; gunakan T1–T4 atau B1–B12.");
    }

    /// <summary>The quarter a month falls in; a quarter is its own quarter.</summary>
    public Period QuarterOf() => Style == ScheduleStyle.Quarterly ? this : Quarter(((Number - 1) / 3) + 1);

    public int CompareTo(Period other) => Style != other.Style ? Style.CompareTo(other.Style) : Number.CompareTo(other.Number);

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;

    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;

    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Code;
}
