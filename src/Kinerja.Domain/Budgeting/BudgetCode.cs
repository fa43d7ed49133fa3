using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Budgeting;

/// <summary>The levels of the budget classification, from the top.</summary>
public enum BudgetLevel
{
    /// <summary><c>076.01.01</c>, <c>076.01.WA</c>: bagian anggaran . unit . program.</summary>
    Program,

    /// <summary>Kegiatan, four digits: <c>3355</c>.</summary>
    Activity,

    /// <summary>Klasifikasi Rincian Output (from 2021): <c>3355.EBA</c>.</summary>
    OutputClass,

    /// <summary>Output (<c>3355.003</c>) or Rincian Output (<c>3355.EBA.994</c>).</summary>
    Output,

    /// <summary>Komponen under an output: <c>3355.003.051</c>, <c>3355.EBA.994.051</c>.</summary>
    Component,
}

/// <summary>A budget code kept as its structured string, with the level its shape says.</summary>
public readonly partial record struct BudgetCode : IComparable<BudgetCode>
{
    private BudgetCode(string value, BudgetLevel level)
    {
        Value = value;
        Level = level;
    }

    public string Value { get; }

    public BudgetLevel Level { get; }

    /// <summary>The code of the level above as far as the code itself says (a program's activities do not carry its code).</summary>
    public BudgetCode? Parent
    {
        get
        {
            if (Level is BudgetLevel.Program or BudgetLevel.Activity)
            {
                return null;
            }

            return Parse(Value[..Value.LastIndexOf('.')]);
        }
    }

    public static bool TryParse(string? text, out BudgetCode code)
    {
        code = default;
        var s = Digits.ToAscii(text ?? string.Empty).Trim().Trim('(', ')', '[', ']').Trim().ToUpperInvariant();
        BudgetLevel? level = s switch
        {
            _ when ProgramPattern().IsMatch(s) => BudgetLevel.Program,
            _ when ActivityPattern().IsMatch(s) => BudgetLevel.Activity,
            _ when OutputClassPattern().IsMatch(s) => BudgetLevel.OutputClass,
            _ when OutputPattern().IsMatch(s) => BudgetLevel.Output,
            _ when ComponentPattern().IsMatch(s) => BudgetLevel.Component,
            _ => null,
        };
        if (level is null)
        {
            return false;
        }

        code = new BudgetCode(s, level.Value);
        return true;
    }

    public static BudgetCode Parse(string text) =>
        TryParse(text, out var code)
            ? code
            : throw new RuleViolationException("BUDGET_CODE_INVALID", $"\"{text}\" bukan kode anggaran (contoh: 076.01.01, 3355, 3355.003, 3355.EBA.994).");

    /// <summary>True when <paramref name="other"/> sits directly below this code in the classification.</summary>
    public bool IsParentOf(BudgetCode other) => other.Parent is { } parent && parent == this;

    public int CompareTo(BudgetCode other) => string.CompareOrdinal(Value, other.Value);

    public static bool operator <(BudgetCode left, BudgetCode right) => left.CompareTo(right) < 0;

    public static bool operator >(BudgetCode left, BudgetCode right) => left.CompareTo(right) > 0;

    public static bool operator <=(BudgetCode left, BudgetCode right) => left.CompareTo(right) <= 0;

    public static bool operator >=(BudgetCode left, BudgetCode right) => left.CompareTo(right) >= 0;

    public override string ToString() => Value ?? string.Empty;

    [GeneratedRegex(@"^\d{3}\.\d{2}\.[0-9A-Z]{2}$")]
    private static partial Regex ProgramPattern();

    [GeneratedRegex(@"^\d{4}$")]
    private static partial Regex ActivityPattern();

    [GeneratedRegex(@"^\d{4}\.[A-Z]{3}$")]
    private static partial Regex OutputClassPattern();

    [GeneratedRegex(@"^\d{4}\.(?:\d{3}|[A-Z]{3}\.\d{3})$")]
    private static partial Regex OutputPattern();

    [GeneratedRegex(@"^\d{4}\.(?:\d{3}|[A-Z]{3}\.\d{3})\.\d{3}$")]
    private static partial Regex ComponentPattern();
}
