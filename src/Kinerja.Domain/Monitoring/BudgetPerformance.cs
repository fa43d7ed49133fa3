using Kinerja.Domain.Common;

namespace Kinerja.Domain.Monitoring;

/// <summary>
/// A budget line watched over the year: its pagu, its monthly disbursement plan (RPD, 12 months) and the realisation of the
/// months reported so far (January first; a month with no spending is Rp 0, not missing). <see cref="Id"/> is meant to be the
/// <see cref="Budgeting.BudgetLine"/> it follows, so that a warning links back to the row.
/// </summary>
public sealed record BudgetProgress
{
    public BudgetProgress(string label, Rupiah ceiling, IReadOnlyList<Rupiah> plan, IReadOnlyList<Rupiah> realised, Guid? id = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(realised);
        Label = Rule.Text(label, "BUDGET_PROGRESS_INVALID", "Nama baris anggaran", 500);
        Rule.Require(ceiling >= Rupiah.Zero, "BUDGET_PROGRESS_INVALID", "Pagu tidak boleh negatif.");
        Rule.Require(plan.Count == 12, "BUDGET_PROGRESS_INVALID", $"RPD harus 12 bulan, bukan {plan.Count}.");
        Rule.Require(realised.Count <= 12, "BUDGET_PROGRESS_INVALID", $"Realisasi paling banyak 12 bulan, bukan {realised.Count}.");
        Rule.Require(plan.Concat(realised).All(a => a >= Rupiah.Zero), "BUDGET_PROGRESS_INVALID", "RPD dan realisasi tidak boleh negatif.");
        Ceiling = ceiling;
        Plan = [.. plan];
        Realised = [.. realised];
        Id = id;
    }

    public string Label { get; }

    /// <summary>Pagu anggaran.</summary>
    public Rupiah Ceiling { get; }

    /// <summary>Rencana penarikan dana per month, January first.</summary>
    public IReadOnlyList<Rupiah> Plan { get; }

    /// <summary>Realisasi per reported month, January first.</summary>
    public IReadOnlyList<Rupiah> Realised { get; }

    public Guid? Id { get; }

    /// <summary>The last month reported (0 before January is reported).</summary>
    public int ThroughMonth => Realised.Count;

    public Rupiah RealisedToDate => Rupiah.Sum(Realised);

    public Rupiah PlannedToDate => Rupiah.Sum(Plan.Take(ThroughMonth));
}

/// <summary>One output (RO) for the efficiency measure: its pagu, its capaian in percent and what it spent.</summary>
public readonly record struct OutputSpending(Rupiah Ceiling, decimal Achievement, Rupiah Realised);

/// <summary>The four parts of the budget performance score (nilai kinerja anggaran, NKA), each in percent (0–100).</summary>
public readonly record struct NkaComponents(decimal OutputAchievement, decimal Absorption, decimal Consistency, decimal EfficiencyValue);

/// <summary>An NKA with the parts it was made from; <see cref="Score"/> is rounded half away from zero to 2 decimals.</summary>
public sealed record NkaScore(NkaComponents Components, decimal Exact)
{
    public decimal Score => Achievement.Round(Exact);

    public string Display() => IdFormat.Number(Score);
}

/// <summary>
/// Budget performance at satker level, after PMK 22/2021. All results are percentages as decimals (95,53 means 95,53%),
/// null when there is nothing to divide by. Money stays whole Rupiah until it is divided.
/// </summary>
public static class BudgetPerformance
{
    /// <summary>NKA weights of PMK 22/2021: capaian RO 43,5%, penyerapan 9,7%, konsistensi 18,2%, efisiensi 28,6%.</summary>
    public const decimal OutputAchievementWeight = 0.435m;

    public const decimal AbsorptionWeight = 0.097m;

    public const decimal ConsistencyWeight = 0.182m;

    public const decimal EfficiencyWeight = 0.286m;

    /// <summary>Efficiency is bounded to ±20% before it becomes a value, so the value runs from 0 to 100.</summary>
    public const decimal EfficiencyBound = 20m;

    /// <summary>Penyerapan = Σ realisasi / Σ pagu × 100.</summary>
    public static decimal? Absorption(Rupiah realised, Rupiah ceiling) =>
        ceiling.Value == 0 ? null : (decimal)realised.Value / ceiling.Value * 100m;

    /// <summary>Penyerapan of several lines: their realisation to date over their pagu.</summary>
    public static decimal? Absorption(IEnumerable<BudgetProgress> lines)
    {
        var list = lines.ToList();
        return Absorption(Rupiah.Sum(list.Select(l => l.RealisedToDate)), Rupiah.Sum(list.Select(l => l.Ceiling)));
    }

    /// <summary>
    /// Konsistensi penyerapan terhadap RPD. The primer gives no formula; this is the PMK 22/2021 style: for each reported month,
    /// min(cumulative realisation / cumulative RPD, 1), averaged over those months, × 100. Months whose cumulative RPD is still 0 are
    /// left out (nothing was planned to compare with); null when no month is left. Spending ahead of plan does not raise the score
    /// above 100 and does not make up for another month.
    /// </summary>
    public static decimal? Consistency(IReadOnlyList<Rupiah> plan, IReadOnlyList<Rupiah> realised)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(realised);
        var ratios = new List<decimal>();
        Rupiah planned = Rupiah.Zero, spent = Rupiah.Zero;
        for (var month = 0; month < realised.Count && month < plan.Count; month++)
        {
            planned += plan[month];
            spent += realised[month];
            if (planned > Rupiah.Zero)
            {
                ratios.Add(Math.Min((decimal)spent.Value / planned.Value, 1m));
            }
        }

        return ratios.Count == 0 ? null : ratios.Average() * 100m;
    }

    /// <summary>Konsistensi of one line from its RPD and its realisation so far.</summary>
    public static decimal? Consistency(BudgetProgress line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Consistency(line.Plan, line.Realised);
    }

    /// <summary>
    /// Efisiensi E (PMK 22/2021): what the outputs should have cost at their capaian, less what they cost, over what they should have
    /// cost: E = (Σ pagu·min(capaian, 100%) − Σ realisasi) / Σ pagu·min(capaian, 100%) × 100. Overshooting an output does not make
    /// its money go further. Null when nothing should have been spent.
    /// </summary>
    public static decimal? Efficiency(IEnumerable<OutputSpending> outputs)
    {
        ArgumentNullException.ThrowIfNull(outputs);
        var list = outputs.ToList();
        var should = list.Sum(o => o.Ceiling.Value * Math.Clamp(o.Achievement, 0m, 100m) / 100m);
        var spent = list.Sum(o => (decimal)o.Realised.Value);
        return should == 0 ? null : (should - spent) / should * 100m;
    }

    /// <summary>Nilai efisiensi = 50% + (E / 20) × 50%, with E bounded to ±20% so the value lies between 0 and 100.</summary>
    public static decimal EfficiencyValue(decimal efficiency) =>
        50m + (Math.Clamp(efficiency, -EfficiencyBound, EfficiencyBound) / EfficiencyBound * 50m);

    /// <summary>
    /// NKA = 43,5%·capaian RO + 9,7%·penyerapan + 18,2%·konsistensi + 28,6%·nilai efisiensi.
    /// The parts are taken as given (the caller decides whether capaian RO was capped); the published case
    /// 99,72 / 95,53 / 99,61 / 59,98 gives 87,93.
    /// </summary>
    public static NkaScore Nka(NkaComponents components) =>
        new(
            components,
            (OutputAchievementWeight * components.OutputAchievement)
            + (AbsorptionWeight * components.Absorption)
            + (ConsistencyWeight * components.Consistency)
            + (EfficiencyWeight * components.EfficiencyValue));
}
