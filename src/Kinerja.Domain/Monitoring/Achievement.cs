using Kinerja.Domain.Common;
using Kinerja.Domain.Planning;

namespace Kinerja.Domain.Monitoring;

/// <summary>Why a capaian has, or has not, a percentage. Only <see cref="Computed"/> carries one.</summary>
public enum AchievementStatus
{
    Computed,

    /// <summary>The realisation is blank. Shown blank, never as 0% and never as 100%.</summary>
    NotReported,

    /// <summary>The realisation is <c>n/a</c>.</summary>
    NotApplicable,

    /// <summary>The indicator has no target.</summary>
    NoTarget,

    /// <summary>The target is 0 on an indicator where more is better: no percentage of zero exists.</summary>
    TargetZero,

    /// <summary>The target is free text, or the realisation is of another kind than the target (a grade against a number, text, a range).</summary>
    NotComparable,
}

/// <summary>
/// The capaian of one indicator: a status, the percentage when there is one, its category and the reason in Indonesian.
/// <see cref="Exact"/> is the rule's value before cap and rounding; <see cref="Percent"/> is capped by the policy and then rounded
/// half away from zero to 2 decimals, and the <see cref="Category"/> is decided on that rounded value ("rounding before colouring").
/// </summary>
public sealed record Achievement
{
    private Achievement(AchievementStatus status, decimal? exact, decimal? percent, bool capped, CategoryBand? category, string reason)
    {
        Status = status;
        Exact = exact;
        Percent = percent;
        Capped = capped;
        Category = category;
        Reason = reason;
    }

    public AchievementStatus Status { get; }

    /// <summary>The capaian by the rule, in percent, uncapped and unrounded; never negative.</summary>
    public decimal? Exact { get; }

    /// <summary>The capaian to show and colour, in percent: capped, then rounded half away from zero to 2 decimals.</summary>
    public decimal? Percent { get; }

    /// <summary>The exact capaian was above the cap.</summary>
    public bool Capped { get; }

    public CategoryBand? Category { get; }

    /// <summary>How the capaian was reached, or why there is none, in Indonesian.</summary>
    public string Reason { get; }

    /// <summary>The target is reached: the shown capaian is at least 100%.</summary>
    public bool IsMet => Percent >= 100m;

    /// <summary>
    /// The capaian of <paramref name="realisation"/> against <paramref name="target"/>:
    /// <list type="bullet">
    /// <item>Higher is better: R / T × 100.</item>
    /// <item>Lower is better: (2T − R) / T × 100 (PermenPANRB 8/2021: T 7, R 6,5 → 107,14; T 8, R 9 → 87,5), floored at 0 when R &gt; 2T
    /// because the primer is silent and a negative capaian has no meaning. Target 0: R 0 → 100, more → 0.</item>
    /// <item>Maintain: R ≥ T → 100, below → R / T × 100; never above 100, since keeping a level cannot be overdone.
    /// Target 0: anything reported keeps it → 100.</item>
    /// <item>Range target L–U, direction Range or Maintain: 100 inside; below, R / L × 100; above, (2U − R) / U × 100, floored at 0.
    /// Both sides divide by their bound as the primer says; above the band is scored like lower-is-better because leaving a band
    /// on either side misses it. A range target under "higher is better" is measured against L; under "lower is better", against U.</item>
    /// <item>Grade (AA … D) and audit opinion (WTP … TMP): met when the realised one is at least the target one → 100; missed →
    /// by <see cref="AchievementPolicy.OrdinalScoring"/>. Direction does not apply: the scales are ordered best-first by law.</item>
    /// <item>Compound count (<c>6 kec. 29 kel</c>): each part by the direction rule, capped by the policy, then the plain average of the parts;
    /// parts are matched by position and must be as many as the target's. Parts with a zero target under "higher is better" are left out.</item>
    /// </list>
    /// A bare number is accepted against a percentage, quantity, index or range; otherwise the realisation must be of the target's kind.
    /// Units of quantities are not compared, because planners abbreviate them freely (<c>lap</c>, <c>Laporan</c>).
    /// Never throws for blank, <c>n/a</c>, zero or text: each has its <see cref="AchievementStatus"/>.
    /// </summary>
    public static Achievement Of(Target? target, Realisation realisation, Direction direction, AchievementPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        if (realisation.Kind == RealisationKind.NotReported)
        {
            return Without(AchievementStatus.NotReported, "Realisasi belum dilaporkan.");
        }

        if (realisation.Kind == RealisationKind.NotApplicable)
        {
            return Without(AchievementStatus.NotApplicable, "Realisasi n/a: indikator tidak berlaku pada periode ini.");
        }

        if (target is not { } t)
        {
            return Without(AchievementStatus.NoTarget, "Indikator tidak memiliki target.");
        }

        if (t.Kind == TargetKind.Text)
        {
            return Without(AchievementStatus.NotComparable, $"Target \"{t.Text}\" berupa teks bebas; capaian tidak dapat dihitung otomatis.");
        }

        var r = realisation.Reading!.Value;
        if (!Fits(t, r))
        {
            return Without(
                AchievementStatus.NotComparable,
                $"Realisasi \"{realisation.Text.Trim()}\" ({r.Describe()}) tidak sebanding dengan target \"{t.Text.Trim()}\" ({t.Describe()}).");
        }

        return t.Kind switch
        {
            TargetKind.Grade => Ordinal((int)r.Grade!.Value, (int)t.Grade!.Value, r.Display(), t.Display(), policy),
            TargetKind.AuditOpinion => Ordinal((int)r.Opinion!.Value, (int)t.Opinion!.Value, r.Display(), t.Display(), policy),
            TargetKind.CompoundCount => Compound(t, r, direction, policy),
            TargetKind.Range => Banded(t.Value!.Value, t.Upper!.Value, r.Value!.Value, direction, policy),
            _ => Numeric(t.Value!.Value, r.Value!.Value, direction, policy),
        };
    }

    /// <summary>Blank when not reported, <c>n/a</c>, a dash when there is no percentage, else the Indonesian percentage (<c>107,14%</c>).</summary>
    public string Display() => Status switch
    {
        AchievementStatus.Computed => IdFormat.Percent(Percent!.Value),
        AchievementStatus.NotReported => string.Empty,
        AchievementStatus.NotApplicable => "n/a",
        _ => "–",
    };

    /// <summary>Round half away from zero to 2 decimals: the one rounding used for every capaian shown.</summary>
    public static decimal Round(decimal percent) => Math.Round(percent, 2, MidpointRounding.AwayFromZero);

    internal static Achievement Computed(decimal exact, string reason, AchievementPolicy policy)
    {
        var value = Math.Max(exact, 0m);
        var capped = policy.Cap is { } cap && value > cap;
        var percent = Round(capped ? policy.Cap!.Value : value);
        var shown = capped ? $"{reason} Dibatasi {IdFormat.Percent(policy.Cap!.Value)}." : reason;
        return new Achievement(AchievementStatus.Computed, value, percent, capped, policy.CategoryOf(percent), shown);
    }

    internal static Achievement Without(AchievementStatus status, string reason) => new(status, null, null, false, null, reason);

    private static bool Fits(Target target, Target reading) => (target.Kind, reading.Kind) switch
    {
        (TargetKind.Percentage or TargetKind.Quantity or TargetKind.Index or TargetKind.Range, TargetKind.Index) => true,
        (TargetKind.Range, TargetKind.Percentage) => target.Unit == "%",
        (TargetKind.CompoundCount, TargetKind.CompoundCount) => target.Parts.Count == reading.Parts.Count,
        (var t, var r) => t == r && t != TargetKind.Range,
    };

    private static Achievement Numeric(decimal target, decimal realised, Direction direction, AchievementPolicy policy)
    {
        var (t, r) = (IdFormat.Number(target), IdFormat.Number(realised));
        switch (direction)
        {
            case Direction.HigherIsBetter:
                return target == 0
                    ? Without(AchievementStatus.TargetZero, "Target 0 pada indikator \"semakin tinggi semakin baik\": capaian tidak dapat dihitung sebagai persentase.")
                    : Computed(Bounded.Percent(realised, target), $"Realisasi {r} / target {t} × 100%.", policy);
            case Direction.LowerIsBetter when target == 0:
                return Computed(realised == 0 ? 100m : 0m, realised == 0 ? "Target 0 dan realisasi 0: target tercapai." : $"Target 0 tetapi realisasi {r}: target tidak tercapai.", policy);
            case Direction.LowerIsBetter:
                return Lower(target, realised, $"(2 × target {t} − realisasi {r}) / target {t} × 100%.", policy);
            case Direction.Maintain when target == 0:
                return Computed(100m, "Target 0 dipertahankan.", policy);
            case Direction.Maintain:
                return realised >= target
                    ? Computed(100m, $"Realisasi {r} ≥ target {t}: target dipertahankan.", policy)
                    : Computed(Bounded.Percent(realised, target), $"Realisasi {r} di bawah target {t} yang harus dipertahankan: {r} / {t} × 100%.", policy);
            default:
                return Without(AchievementStatus.NotComparable, $"Indikator berarah rentang memerlukan target rentang, bukan {t}.");
        }
    }

    private static Achievement Lower(decimal bound, decimal realised, string formula, AchievementPolicy policy)
    {
        // (2 × bound − realised) / bound × 100, written so that no step passes a decimal's range.
        var exact = Bounded.Percent(bound - realised, bound) + 100m;
        return exact < 0
            ? Computed(0m, $"{formula} Hasil negatif dicatat 0%.", policy)
            : Computed(exact, formula, policy);
    }

    private static Achievement Banded(decimal lower, decimal upper, decimal realised, Direction direction, AchievementPolicy policy)
    {
        var (l, u, r) = (IdFormat.Number(lower), IdFormat.Number(upper), IdFormat.Number(realised));
        if (direction == Direction.HigherIsBetter)
        {
            return Numeric(lower, realised, direction, policy);
        }

        if (direction == Direction.LowerIsBetter || realised > upper)
        {
            return Lower(upper, realised, $"Realisasi {r} di atas batas atas {u}: (2 × {u} − {r}) / {u} × 100%.", policy);
        }

        if (realised >= lower)
        {
            return Computed(100m, $"Realisasi {r} di dalam rentang {l}–{u}.", policy);
        }

        return lower == 0
            ? Computed(0m, $"Realisasi {r} di bawah batas bawah 0.", policy)
            : Computed(Bounded.Percent(realised, lower), $"Realisasi {r} di bawah batas bawah {l}: {r} / {l} × 100%.", policy);
    }

    private static Achievement Ordinal(int realised, int target, string r, string t, AchievementPolicy policy)
    {
        if (realised >= target)
        {
            return Computed(100m, $"Realisasi {r} setara atau lebih baik dari target {t}: tercapai.", policy);
        }

        return policy.OrdinalScoring == OrdinalScoring.Binary
            ? Computed(0m, $"Realisasi {r} di bawah target {t}: tidak tercapai.", policy)
            : Computed((realised + 1m) / (target + 1m) * 100m, $"Realisasi {r} di bawah target {t}: peringkat {realised + 1} / {target + 1} × 100%.", policy);
    }

    private static Achievement Compound(Target target, Target reading, Direction direction, AchievementPolicy policy)
    {
        var parts = target.Parts
            .Zip(reading.Parts, (t, r) => (Part: t, Result: Numeric(t.Count, r.Count, direction, policy)))
            .ToList();
        var scored = parts.Where(p => p.Result.Status == AchievementStatus.Computed).ToList();
        if (scored.Count == 0)
        {
            return parts.Count > 0 ? parts[0].Result : Without(AchievementStatus.NotComparable, "Target majemuk tanpa bagian.");
        }

        var average = Bounded.Average(scored.Select(p => Math.Min(p.Result.Exact!.Value, policy.Cap ?? decimal.MaxValue)));
        var each = string.Join("; ", scored.Select(p => $"{p.Part.Unit} {IdFormat.Percent(Round(Math.Min(p.Result.Exact!.Value, policy.Cap ?? decimal.MaxValue)))}"));
        return Computed(average, $"Rata-rata capaian per bagian ({each}).", policy);
    }
}
