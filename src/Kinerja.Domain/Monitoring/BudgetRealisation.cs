using Kinerja.Domain.Budgeting;
using Kinerja.Domain.Common;

namespace Kinerja.Domain.Monitoring;

/// <summary>One month of one budget output: the RPD planned and, once reported, what was spent (null: not reported yet).</summary>
public sealed class BudgetMonth
{
    internal BudgetMonth(BudgetCode code, int month)
    {
        Code = code;
        Month = month;
    }

    private BudgetMonth()
    {
    }

    public BudgetCode Code { get; private set; }

    /// <summary>1 (January) … 12.</summary>
    public int Month { get; private set; }

    /// <summary>Rencana penarikan dana of the month.</summary>
    public Rupiah Planned { get; internal set; }

    /// <summary>Realisasi of the month; null when not reported (a month with no spending is Rp 0).</summary>
    public Rupiah? Realised { get; internal set; }
}

/// <summary>
/// The budget realisation of one work unit for one year: per budget output (RO), the monthly disbursement plan (RPD)
/// and the spending realised per month. Pagu comes from the newest budget version; this aggregate holds only the months.
/// </summary>
public sealed class BudgetRealisation
{
    private readonly List<BudgetMonth> _months = [];

    private BudgetRealisation(Guid workUnitId, FiscalYear year)
    {
        Id = Guid.CreateVersion7();
        WorkUnitId = workUnitId;
        Year = year;
    }

    private BudgetRealisation()
    {
    }

    public Guid Id { get; private set; }

    public Guid WorkUnitId { get; private set; }

    public FiscalYear Year { get; private set; }

    public int Revision { get; private set; }

    public IReadOnlyList<BudgetMonth> Months => _months;

    public IEnumerable<BudgetCode> Codes => _months.Select(m => m.Code).Distinct().OrderBy(c => c.Value, StringComparer.Ordinal);

    /// <summary>The last month any output has realised spending reported for (0 before January is reported).</summary>
    public int ThroughMonth => _months.Where(m => m.Realised is not null).Select(m => m.Month).DefaultIfEmpty(0).Max();

    public static BudgetRealisation Start(Guid workUnitId, FiscalYear year)
    {
        Rule.Require(workUnitId != Guid.Empty, "BUDGET_REALISATION_UNIT", "Realisasi anggaran harus milik satuan kerja.");
        return new BudgetRealisation(workUnitId, year);
    }

    /// <summary>Sets the RPD of an output for the twelve months, January first.</summary>
    public void Plan(BudgetCode output, IReadOnlyList<Rupiah> months)
    {
        ArgumentNullException.ThrowIfNull(months);
        EnsureOutput(output);
        Rule.Require(months.Count == 12, "RPD_MONTHS", "Rencana penarikan dana diisi untuk 12 bulan.");
        Rule.Require(months.All(m => m.Value >= 0), "RPD_NEGATIVE", "Rencana penarikan dana tidak boleh negatif.");
        Rupiah.Within(Rupiah.Sum(months), "Jumlah rencana penarikan dana setahun");
        for (var i = 0; i < 12; i++)
        {
            MonthOf(output, i + 1).Planned = months[i];
        }

        Revision++;
    }

    /// <summary>Records the spending of an output in a month; null clears it (not reported).</summary>
    public void Realise(BudgetCode output, int month, Rupiah? amount)
    {
        EnsureOutput(output);
        Rule.Require(month is >= 1 and <= 12, "BUDGET_MONTH_INVALID", $"Bulan {month} tidak ada; bulan adalah 1 sampai 12.");
        Rule.Require(amount is null || amount.Value.Value >= 0, "BUDGET_REALISATION_NEGATIVE", "Realisasi anggaran tidak boleh negatif.");
        var others = Rupiah.Sum(_months.Where(m => m.Code == output && m.Month != month).Select(m => m.Realised ?? Rupiah.Zero));
        Rupiah.Within(amount is { } spent ? others + spent : null, "Jumlah realisasi anggaran setahun");
        MonthOf(output, month).Realised = amount;
        Revision++;
    }

    /// <summary>An output's progress for early warning and the NKA: RPD for 12 months and realisation through <paramref name="throughMonth"/> (unreported months as Rp 0).</summary>
    public BudgetProgress ProgressOf(BudgetCode output, string label, Rupiah ceiling, int throughMonth)
    {
        var months = _months.Where(m => m.Code == output).ToDictionary(m => m.Month);
        var plan = Enumerable.Range(1, 12).Select(m => months.TryGetValue(m, out var x) ? x.Planned : Rupiah.Zero).ToList();
        var realised = Enumerable.Range(1, Math.Clamp(throughMonth, 0, 12)).Select(m => months.TryGetValue(m, out var x) ? x.Realised ?? Rupiah.Zero : Rupiah.Zero).ToList();
        return new BudgetProgress(label, ceiling, plan, realised);
    }

    private BudgetMonth MonthOf(BudgetCode output, int month)
    {
        var entry = _months.SingleOrDefault(m => m.Code == output && m.Month == month);
        if (entry is null)
        {
            entry = new BudgetMonth(output, month);
            _months.Add(entry);
        }

        return entry;
    }

    private static void EnsureOutput(BudgetCode output) =>
        Rule.Require(
            output.Level is BudgetLevel.Output or BudgetLevel.Component,
            "BUDGET_REALISATION_LEVEL",
            $"Realisasi anggaran dicatat per output atau komponen, bukan {output}.");
}
