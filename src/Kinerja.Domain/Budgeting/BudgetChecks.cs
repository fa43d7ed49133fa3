using Kinerja.Domain.Common;

namespace Kinerja.Domain.Budgeting;

/// <summary>The rules a budget version is checked against; each finding names the rule by its code.</summary>
public static class BudgetChecks
{
    /// <summary>A line's printed jumlah is not its angka dasar plus inisiatif baru.</summary>
    public const string JumlahMismatch = "BUDGET_JUMLAH_MISMATCH";

    /// <summary>A line's printed amount is not the sum of the lines below it.</summary>
    public const string ChildrenMismatch = "BUDGET_CHILDREN_MISMATCH";

    /// <summary>The stated pagu is not the sum of the programs.</summary>
    public const string CeilingMismatch = "BUDGET_CEILING_MISMATCH";

    /// <summary>An output with no amount at all.</summary>
    public const string OutputWithoutAmount = "BUDGET_OUTPUT_NO_AMOUNT";

    public static IReadOnlyList<Finding> Run(BudgetVersion budget)
    {
        var findings = new List<Finding>();
        foreach (var line in budget.Lines)
        {
            var where = $"{budget.Label} › {line.Code}";
            if (line.StatedTotal is { } stated && (line.Baseline is not null || line.NewInitiative is not null))
            {
                var own = (line.Baseline ?? Rupiah.Zero) + (line.NewInitiative ?? Rupiah.Zero);
                if (own != stated)
                {
                    findings.Add(new Finding(
                        JumlahMismatch,
                        Severity.Error,
                        where,
                        $"Jumlah {line.Code} tertulis {stated}, padahal angka dasar + inisiatif baru = {own}.",
                        line.Id));
                }
            }

            var children = budget.ChildrenOf(line).ToList();
            if (children.Count > 0)
            {
                var computed = budget.AmountsOf(line);
                if (line.Baseline is { } baseline && baseline != computed.Baseline)
                {
                    findings.Add(new Finding(
                        ChildrenMismatch,
                        Severity.Error,
                        where,
                        $"Angka dasar {line.Code} tertulis {baseline}, padahal rincian di bawahnya berjumlah {computed.Baseline}.",
                        line.Id));
                }

                if (line.StatedTotal is { } total && total != computed.Total)
                {
                    findings.Add(new Finding(
                        ChildrenMismatch,
                        Severity.Error,
                        where,
                        $"Jumlah {line.Code} tertulis {total}, padahal rincian di bawahnya berjumlah {computed.Total}.",
                        line.Id));
                }
            }
            else if (line.Level == BudgetLevel.Output && line.Baseline is null && line.NewInitiative is null && line.StatedTotal is null)
            {
                findings.Add(new Finding(OutputWithoutAmount, Severity.Warning, where, $"Output {line.Code} tidak memiliki alokasi anggaran.", line.Id));
            }
        }

        if (budget.StatedCeiling is { } ceiling)
        {
            var programs = Rupiah.Sum(budget.Programs.Select(p => p.StatedTotal ?? budget.AmountsOf(p).Total));
            if (programs != ceiling)
            {
                findings.Add(new Finding(
                    CeilingMismatch,
                    Severity.Error,
                    budget.Label,
                    $"Pagu {budget.Label} tertulis Rp {ceiling}, padahal jumlah program Rp {programs} (selisih Rp {ceiling - programs}).",
                    budget.Id));
            }
        }

        return findings;
    }
}
