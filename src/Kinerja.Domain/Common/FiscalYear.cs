using System.Globalization;

namespace Kinerja.Domain.Common;

/// <summary>A budget year (tahun anggaran). Plans before the SAKIP era or far in the future are typing mistakes.</summary>
public readonly record struct FiscalYear : IComparable<FiscalYear>
{
    public const int First = 2010;
    public const int Last = 2100;

    public FiscalYear(int value)
    {
        Rule.Require(value is >= First and <= Last, "YEAR_INVALID", $"Tahun anggaran {value} di luar rentang {First}–{Last}.");
        Value = value;
    }

    public int Value { get; }

    public static bool operator <(FiscalYear left, FiscalYear right) => left.Value < right.Value;

    public static bool operator >(FiscalYear left, FiscalYear right) => left.Value > right.Value;

    public static bool operator <=(FiscalYear left, FiscalYear right) => left.Value <= right.Value;

    public static bool operator >=(FiscalYear left, FiscalYear right) => left.Value >= right.Value;

    public FiscalYear Next() => new(Value + 1);

    public int CompareTo(FiscalYear other) => Value.CompareTo(other.Value);

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}
