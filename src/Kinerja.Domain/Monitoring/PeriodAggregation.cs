using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Monitoring;

/// <summary>How an indicator's period values make its value for the year so far. Chosen per indicator.</summary>
public enum AggregationKind
{
    /// <summary>The sum of the periods (kumulatif): reports, events, documents.</summary>
    Cumulative,

    /// <summary>The latest reported period: indices, grades, levels that stand at a point in time.</summary>
    LastValue,

    /// <summary>The plain average of the reported periods.</summary>
    Average,

    /// <summary>
    /// Σ numerators / Σ denominators × 100 for percentages reported as fractions (<c>39/40</c>). When any reported period lacks
    /// its fraction the average of the percentages is used instead, and the note says so.
    /// </summary>
    RatioOfSums,
}

/// <summary>
/// The value of an indicator over the periods so far, with the periods that made it.
/// <see cref="Note"/> says in Indonesian how it was made (and any fallback).
/// </summary>
public sealed record AggregatedRealisation(
    Realisation Value,
    AggregationKind Kind,
    IReadOnlyList<Period> Reported,
    IReadOnlyList<Period> NotReported,
    IReadOnlyList<Period> NotApplicable,
    string Note);

/// <summary>Combines period realisations into the realisation of the year so far.</summary>
public static class PeriodAggregation
{
    /// <summary>
    /// The usual aggregation for a kind of target when the indicator does not say: counts add up (quantity, compound count),
    /// percentages sum their fractions, everything else (index, range, grade, opinion, text) takes the latest value.
    /// </summary>
    public static AggregationKind DefaultFor(TargetKind kind) => kind switch
    {
        TargetKind.Quantity or TargetKind.CompoundCount => AggregationKind.Cumulative,
        TargetKind.Percentage => AggregationKind.RatioOfSums,
        _ => AggregationKind.LastValue,
    };

    /// <summary>
    /// Aggregates the periods up to and including <paramref name="through"/> (all given periods when null).
    /// Blank periods are left out and listed in <see cref="AggregatedRealisation.NotReported"/>; <c>n/a</c> periods are left out
    /// and listed too. With nothing reported the result is blank; with only <c>n/a</c>, <c>n/a</c>.
    /// Grades and opinions cannot be added or averaged, so they always take the latest value. Values of different kinds
    /// (a grade and a number) give a text realisation, which capaian reports as not comparable.
    /// Quarters and months cannot be mixed, and a period may appear once.
    /// </summary>
    public static AggregatedRealisation Aggregate(AggregationKind kind, IEnumerable<PeriodRealisation> periods, Period? through = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var all = periods.OrderBy(p => p.Period).ToList();
        Rule.Require(all.Select(p => p.Period.Style).Distinct().Count() <= 1, "PERIOD_MIXED", "Triwulan dan bulan tidak dapat digabung dalam satu perhitungan.");
        Rule.Require(all.Select(p => p.Period).Distinct().Count() == all.Count, "PERIOD_DUPLICATE", "Satu periode dilaporkan lebih dari sekali.");
        if (through is { } last)
        {
            Rule.Require(all.Count == 0 || all[0].Period.Style == last.Style, "PERIOD_MIXED", "Triwulan dan bulan tidak dapat digabung dalam satu perhitungan.");
            all = [.. all.Where(p => p.Period <= last)];
        }

        var reported = all.Where(p => p.Value.Kind == RealisationKind.Value).ToList();
        var blank = all.Where(p => p.Value.Kind == RealisationKind.NotReported).Select(p => p.Period).ToList();
        var notApplicable = all.Where(p => p.Value.Kind == RealisationKind.NotApplicable).Select(p => p.Period).ToList();
        AggregatedRealisation Result(Realisation value, string note) =>
            new(value, kind, [.. reported.Select(p => p.Period)], blank, notApplicable, note);

        if (reported.Count == 0)
        {
            return notApplicable.Count > 0 && blank.Count == 0
                ? Result(Realisation.NotApplicable, "Semua periode n/a.")
                : Result(Realisation.NotReported, "Belum ada realisasi yang dilaporkan.");
        }

        var values = reported.Select(p => p.Value).ToList();
        var latest = values[^1];
        if (kind == AggregationKind.LastValue || values.Count == 1 && kind != AggregationKind.RatioOfSums)
        {
            return Result(latest, $"Nilai periode terakhir yang dilaporkan ({reported[^1].Period}).");
        }

        if (latest.Reading is { Kind: TargetKind.Grade or TargetKind.AuditOpinion } && values.All(v => v.Reading!.Value.Kind == latest.Reading.Value.Kind))
        {
            return Result(latest, $"Nilai/opini tidak dapat dijumlah atau dirata-rata; dipakai periode terakhir ({reported[^1].Period}).");
        }

        if (values.All(v => v.Reading!.Value.Kind == TargetKind.CompoundCount)
            && values.All(v => v.Reading!.Value.Parts.Count == latest.Reading!.Value.Parts.Count))
        {
            var parts = latest.Reading!.Value.Parts
                .Select((part, i) => new CountPart(Combine(kind, values.Select(v => v.Reading!.Value.Parts[i].Count)), part.Unit));
            return Result(Realisation.Of(parts), Describe(kind, reported.Count) + " per bagian.");
        }

        if (!values.All(v => v.IsNumeric))
        {
            return Result(Realisation.Parse(string.Join("; ", values.Select(v => v.Text.Trim()))), "Realisasi antarperiode berbeda jenis dan tidak dapat digabung.");
        }

        if (kind == AggregationKind.RatioOfSums && values.All(v => v.HasFraction))
        {
            var numerator = Bounded.Sum(all.Select(p => p.Value.Numerator ?? 0m));
            var denominator = Bounded.Sum(all.Select(p => p.Value.Denominator ?? 0m));
            return Result(Realisation.Fraction(numerator, denominator), "Jumlah pembilang / jumlah penyebut seluruh periode × 100%.");
        }

        var numeric = latest.Reading!.Value;
        var combined = Realisation.Of(Combine(kind, values.Select(v => v.Number!.Value)), numeric.Kind, numeric.Unit);
        var note = kind == AggregationKind.RatioOfSums
            ? "Sebagian periode tanpa pembilang/penyebut; dipakai rata-rata persentase."
            : Describe(kind, reported.Count) + ".";
        return Result(combined, note);
    }

    private static decimal Combine(AggregationKind kind, IEnumerable<decimal> numbers) =>
        kind == AggregationKind.Cumulative ? Bounded.Sum(numbers) : Bounded.Average(numbers);

    private static string Describe(AggregationKind kind, int count) =>
        kind == AggregationKind.Cumulative ? $"Jumlah {count} periode yang dilaporkan" : $"Rata-rata {count} periode yang dilaporkan";
}
