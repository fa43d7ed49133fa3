using System.Globalization;
using System.Text.RegularExpressions;
using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Monitoring;

/// <summary>The three things a realisation cell can hold. Blank, <c>0</c> and <c>n/a</c> never mean the same.</summary>
public enum RealisationKind
{
    /// <summary>Blank: nothing reported yet. Never shown as 0 and never as 100%.</summary>
    NotReported,

    /// <summary><c>n/a</c>: the indicator does not apply in this period (for example no dispute was filed, so none could be settled).</summary>
    NotApplicable,

    /// <summary>A reported value, <c>0</c> included.</summary>
    Value,
}

/// <summary>
/// A realisasi as reported for an indicator in a period. The value part is read by <see cref="Target.Parse"/>, so
/// <c>97,5 %</c>, <c>6 kec. 29 kel</c>, <c>WTP</c> and <c>BB</c> mean here what they mean in a target.
/// A percentage may also carry its numerator and denominator (<c>39/40</c>, <c>39 dari 40</c>) so that a year can sum them.
/// </summary>
public readonly partial record struct Realisation
{
    private Realisation(RealisationKind kind, string text, Target? reading, decimal? numerator, decimal? denominator)
    {
        Kind = kind;
        Text = text;
        Reading = reading;
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>Blank: not reported.</summary>
    public static Realisation NotReported => new(RealisationKind.NotReported, string.Empty, null, null, null);

    /// <summary><c>n/a</c>: not applicable.</summary>
    public static Realisation NotApplicable => new(RealisationKind.NotApplicable, "n/a", null, null, null);

    public RealisationKind Kind { get; }

    /// <summary>The text exactly as reported (empty when not reported).</summary>
    public string Text { get; }

    /// <summary>The typed value when <see cref="Kind"/> is <see cref="RealisationKind.Value"/>; a <see cref="TargetKind.Text"/> reading when the text has no typed meaning.</summary>
    public Target? Reading { get; }

    /// <summary>What was counted (<c>39</c> of <c>39/40</c>), when the percentage was reported as a fraction.</summary>
    public decimal? Numerator { get; }

    /// <summary>What could have been counted (<c>40</c> of <c>39/40</c>).</summary>
    public decimal? Denominator { get; }

    /// <summary>The reading is a number (percentage, quantity or index), so it can be summed and divided.</summary>
    public bool IsNumeric => Reading is { Kind: TargetKind.Percentage or TargetKind.Quantity or TargetKind.Index };

    /// <summary>The number of a numeric reading.</summary>
    public decimal? Number => IsNumeric ? Reading!.Value.Value : null;

    public bool HasFraction => Numerator is not null && Denominator is not null;

    /// <summary>
    /// Reads a realisation cell: blank is <see cref="RealisationKind.NotReported"/>; <c>n/a</c>, <c>N/A</c>, <c>n.a.</c>,
    /// <c>na</c> and <c>tidak berlaku</c> are <see cref="RealisationKind.NotApplicable"/>; <c>39/40</c> or <c>39 dari 40</c> is a
    /// fraction (a percentage with its numerator and denominator); anything else is read like a target. A dash is not special:
    /// it is text, because documents use it both for "nothing" and for "not applicable" and guessing would hide which.
    /// </summary>
    public static Realisation Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return NotReported;
        }

        Rule.Require(text.Length <= 500, "REALISATION_TOO_LONG", "Realisasi lebih dari 500 karakter.");
        var s = Digits.ToAscii(text.Trim());
        if (NotApplicablePattern().IsMatch(s))
        {
            return new Realisation(RealisationKind.NotApplicable, text, null, null, null);
        }

        if (FractionPattern().Match(s) is { Success: true } fraction
            && Target.Parse(fraction.Groups[1].Value) is { Kind: TargetKind.Index, Value: { } numerator }
            && Target.Parse(fraction.Groups[2].Value) is { Kind: TargetKind.Index, Value: { } denominator })
        {
            return Fraction(numerator, denominator, text);
        }

        return new Realisation(RealisationKind.Value, text, Target.Parse(text), null, null);
    }

    /// <summary>
    /// A percentage reported as what was counted over what could have been: <c>Fraction(39, 40)</c> reads 97,5%.
    /// <c>0/0</c> is <see cref="RealisationKind.NotApplicable"/> (nothing to measure) but keeps its zeros for summing.
    /// </summary>
    public static Realisation Fraction(decimal numerator, decimal denominator) =>
        Fraction(numerator, denominator, $"{Plain(numerator)}/{Plain(denominator)}");

    /// <summary>A bare number, a percentage or a quantity with its unit, as the sum or average of periods produces it.</summary>
    public static Realisation Of(decimal value, TargetKind kind = TargetKind.Index, string? unit = null)
    {
        Rule.Require(value >= 0, "REALISATION_NEGATIVE", "Realisasi tidak boleh negatif.");
        var text = kind switch
        {
            TargetKind.Percentage => Plain(value) + "%",
            TargetKind.Quantity when !string.IsNullOrWhiteSpace(unit) => $"{Plain(value)} {unit}",
            TargetKind.Index or TargetKind.Quantity => Plain(value),
            _ => throw new RuleViolationException("REALISATION_KIND", $"Realisasi angka tidak dapat berjenis {kind}."),
        };
        return new Realisation(RealisationKind.Value, text, Target.Parse(text), null, null);
    }

    /// <summary>A compound count (<c>6 kec. 29 kel</c>) from its parts.</summary>
    public static Realisation Of(IEnumerable<CountPart> parts) =>
        Parse(string.Join(' ', parts.Select(p => $"{Plain(p.Count)} {p.Unit}")));

    /// <summary>What to print in a Realisasi column: blank stays blank, <c>n/a</c>, or the value in Indonesian form.</summary>
    public string Display() => Kind switch
    {
        RealisationKind.NotReported => string.Empty,
        RealisationKind.NotApplicable => "n/a",
        _ => Reading!.Value.Display(),
    };

    public override string ToString() => Text ?? string.Empty;

    private static Realisation Fraction(decimal numerator, decimal denominator, string text)
    {
        Rule.Require(numerator >= 0 && denominator >= 0, "REALISATION_NEGATIVE", "Pembilang dan penyebut realisasi tidak boleh negatif.");
        if (denominator == 0)
        {
            Rule.Require(numerator == 0, "REALISATION_FRACTION", $"Realisasi {text}: penyebut 0 dengan pembilang lebih dari 0.");
            return new Realisation(RealisationKind.NotApplicable, text, null, 0, 0);
        }

        var percent = Target.Parse(Plain(numerator / denominator * 100) + "%");
        return new Realisation(RealisationKind.Value, text, percent, numerator, denominator);
    }

    /// <summary>A number as <see cref="Target.Parse"/> reads it back exactly: no grouping, decimal comma.</summary>
    private static string Plain(decimal value) =>
        value.ToString("0.############################", CultureInfo.InvariantCulture).Replace('.', ',');

    [GeneratedRegex(@"^(?:n\s*/\s*a|n\.\s*a\.?|na|tidak berlaku|tdk\.? berlaku)$", RegexOptions.IgnoreCase)]
    private static partial Regex NotApplicablePattern();

    [GeneratedRegex(@"^(\d+(?:[.,]\d+)?)\s*(?:/|dari)\s*(\d+(?:[.,]\d+)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex FractionPattern();
}

/// <summary>A realisation reported for one quarter (T1–T4) or month (B1–B12).</summary>
public readonly record struct PeriodRealisation(Period Period, Realisation Value)
{
    /// <summary>Reads <c>("T2", "97,5%")</c>.</summary>
    public static PeriodRealisation Parse(string period, string? value) => new(Period.Parse(period), Realisation.Parse(value));
}
