using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Planning;

public enum TargetKind
{
    /// <summary><c>95%</c>, <c>97.5 %</c>.</summary>
    Percentage,

    /// <summary>A number with a unit: <c>4 lap</c>, <c>8 Kali</c>, <c>36 Pegawai</c>.</summary>
    Quantity,

    /// <summary>A bare number or decimal index: <c>35</c>, <c>3,4</c>.</summary>
    Index,

    /// <summary>A band: <c>80–90%</c>.</summary>
    Range,

    /// <summary>A grade on the scale AA &gt; A &gt; BB &gt; B &gt; CC &gt; C &gt; D.</summary>
    Grade,

    /// <summary>An audit opinion on the scale WTP &gt; WDP &gt; TW &gt; TMP.</summary>
    AuditOpinion,

    /// <summary>Several counts with their units: <c>6 kec. 29 kel</c>.</summary>
    CompoundCount,

    /// <summary>Free text that has no typed meaning.</summary>
    Text,
}

/// <summary>Ordered from worst to best so that comparison means "at least as good as".</summary>
public enum Grade
{
    D,
    C,
    CC,
    B,
    BB,
    A,
    AA,
}

/// <summary>BPK audit opinions, ordered from worst to best.</summary>
public enum AuditOpinion
{
    /// <summary>Tidak Menyatakan Pendapat (disclaimer).</summary>
    TMP,

    /// <summary>Tidak Wajar (adverse).</summary>
    TW,

    /// <summary>Wajar Dengan Pengecualian (qualified).</summary>
    WDP,

    /// <summary>Wajar Tanpa Pengecualian (unqualified).</summary>
    WTP,
}

public readonly record struct CountPart(decimal Count, string Unit);

/// <summary>
/// A target as planners write it. The typed meaning is read from the text; the text itself is kept exactly,
/// so a document that is imported and printed again says what it said. Two targets are equal when their text is.
/// </summary>
public readonly partial record struct Target
{
    private const string Num = @"\d{1,3}(?:\.\d{3})+(?![\d,.])|\d+(?:[.,]\d+)?";
    private const string UnitWord = @"[A-Za-z][A-Za-z.]*";

    public const string NumberTooLarge = "TARGET_NUMBER_TOO_LARGE";

    private Target(string text, TargetKind kind, decimal? value, decimal? upper, string? unit, Grade? grade, AuditOpinion? opinion, CountPart[]? parts)
    {
        Text = text;
        Kind = kind;
        Value = value;
        Upper = upper;
        Unit = unit;
        Grade = grade;
        Opinion = opinion;
        _parts = parts;
    }

    private readonly CountPart[]? _parts;

    /// <summary>The text exactly as written.</summary>
    public string Text { get; }

    public TargetKind Kind { get; }

    /// <summary>The number of a percentage, quantity or index; the lower bound of a range.</summary>
    public decimal? Value { get; }

    /// <summary>The upper bound of a range.</summary>
    public decimal? Upper { get; }

    /// <summary>The unit of a quantity (<c>lap</c>), or <c>%</c> for a percentage range.</summary>
    public string? Unit { get; }

    public Grade? Grade { get; }

    public AuditOpinion? Opinion { get; }

    public IReadOnlyList<CountPart> Parts => _parts ?? [];

    public bool IsTyped => Kind != TargetKind.Text;

    /// <summary>Reads a target; blank text gives null (no target), anything else a target, free text when nothing typed fits.</summary>
    public static Target? From(string? text) => string.IsNullOrWhiteSpace(text) ? null : Parse(text);

    public static Target Parse(string text)
    {
        Rule.Require(!string.IsNullOrWhiteSpace(text), "TARGET_EMPTY", "Target kosong.");
        Rule.Require(text.Length <= 500, "TARGET_TOO_LONG", "Target lebih dari 500 karakter.");
        var s = Normalise(text);

        if (PercentPattern().Match(s) is { Success: true } percent)
        {
            return new Target(text, TargetKind.Percentage, Number(percent.Groups[1].Value), null, "%", null, null, null);
        }

        if (RangePattern().Match(s) is { Success: true } range)
        {
            var lower = Number(range.Groups[1].Value);
            var upper = Number(range.Groups[2].Value);
            if (lower < upper)
            {
                var unit = range.Groups[3].Value.Trim();
                return new Target(text, TargetKind.Range, lower, upper, unit.Length == 0 ? null : unit, null, null, null);
            }
        }

        if (Enum.TryParse<Grade>(s, ignoreCase: false, out var grade) && s.All(char.IsAsciiLetterUpper))
        {
            return new Target(text, TargetKind.Grade, null, null, null, grade, null, null);
        }

        if (s.All(char.IsAsciiLetter) && Enum.TryParse<AuditOpinion>(s.ToUpperInvariant(), ignoreCase: false, out var opinion))
        {
            return new Target(text, TargetKind.AuditOpinion, null, null, null, null, opinion, null);
        }

        if (IndexPattern().IsMatch(s))
        {
            return new Target(text, TargetKind.Index, Number(s), null, null, null, null, null);
        }

        if (QuantityPattern().Match(s) is { Success: true } quantity)
        {
            return new Target(text, TargetKind.Quantity, Number(quantity.Groups[1].Value), null, quantity.Groups[2].Value.Trim(), null, null, null);
        }

        if (CompoundPattern().IsMatch(s))
        {
            var parts = PartPattern().Matches(s)
                .Select(m => new CountPart(Number(m.Groups[1].Value), m.Groups[2].Value))
                .ToArray();
            return new Target(text, TargetKind.CompoundCount, null, null, null, null, null, parts);
        }

        return new Target(text, TargetKind.Text, null, null, null, null, null, null);
    }

    /// <summary>The target in Indonesian print form: <c>97,5%</c>, <c>4 lap</c>, <c>6 kec. 29 kel</c>.</summary>
    public string Display() => Kind switch
    {
        TargetKind.Percentage => IdFormat.Percent(Value!.Value),
        TargetKind.Quantity => $"{IdFormat.Number(Value!.Value)} {Unit}",
        TargetKind.Index => IdFormat.Number(Value!.Value),
        TargetKind.Range => $"{IdFormat.Number(Value!.Value)}–{IdFormat.Number(Upper!.Value)}{Unit}",
        TargetKind.Grade => Grade!.Value.ToString(),
        TargetKind.AuditOpinion => Opinion!.Value.ToString(),
        TargetKind.CompoundCount => string.Join(' ', Parts.Select(p => $"{IdFormat.Number(p.Count)} {p.Unit}")),
        _ => Text,
    };

    /// <summary>How the text was understood, in words a planner reads next to the field.</summary>
    public string Describe() => Kind switch
    {
        TargetKind.Percentage => $"persentase {IdFormat.Number(Value!.Value)}",
        TargetKind.Quantity => $"jumlah {IdFormat.Number(Value!.Value)} {Unit}",
        TargetKind.Index => $"angka/indeks {IdFormat.Number(Value!.Value)}",
        TargetKind.Range => $"rentang {IdFormat.Number(Value!.Value)} sampai {IdFormat.Number(Upper!.Value)}{Unit}",
        TargetKind.Grade => $"nilai {Grade} pada skala AA–D",
        TargetKind.AuditOpinion => $"opini audit {Opinion}",
        TargetKind.CompoundCount => "jumlah majemuk: " + string.Join(", ", Parts.Select(p => $"{IdFormat.Number(p.Count)} {p.Unit}")),
        _ => "teks bebas (tidak dapat diukur otomatis)",
    };

    public bool Equals(Target other) => string.Equals(Text, other.Text, StringComparison.Ordinal);

    public override int GetHashCode() => Text is null ? 0 : StringComparer.Ordinal.GetHashCode(Text);

    public override string ToString() => Text ?? string.Empty;

    private static string Normalise(string text) =>
        WhiteSpace().Replace(Digits.ToAscii(text).Replace('\u00A0', ' '), " ").Trim();

    /// <summary>The number a pattern matched; one past the range of a decimal (29 digits and more) is refused, not thrown.</summary>
    private static decimal Number(string text)
    {
        var s = text.Trim();
        s = ThousandsPattern().IsMatch(s) ? s.Replace(".", string.Empty, StringComparison.Ordinal) : s.Replace(',', '.');
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new RuleViolationException(NumberTooLarge, $"Angka \"{text.Trim()}\" pada target terlalu besar untuk dibaca.");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+$")]
    private static partial Regex ThousandsPattern();

    [GeneratedRegex("^(" + Num + @")\s*%$")]
    private static partial Regex PercentPattern();

    [GeneratedRegex("^(" + Num + @")\s*%?\s*(?:-|–|—|s\.?\s?d\.?|sampai)\s*(" + Num + @")\s*(%?)$", RegexOptions.IgnoreCase)]
    private static partial Regex RangePattern();

    [GeneratedRegex("^(?:" + Num + ")$")]
    private static partial Regex IndexPattern();

    [GeneratedRegex("^(" + Num + @")\s*([A-Za-z][A-Za-z.]*(?: [A-Za-z][A-Za-z.]*)*)$")]
    private static partial Regex QuantityPattern();

    [GeneratedRegex("^(?:" + Num + @")\s*" + UnitWord + @"(?:\s*(?:[,;/&+]|dan)?\s*(?:" + Num + @")\s*" + UnitWord + ")+$")]
    private static partial Regex CompoundPattern();

    [GeneratedRegex("(" + Num + @")\s*(" + UnitWord + ")")]
    private static partial Regex PartPattern();
}
