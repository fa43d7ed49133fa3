namespace Kinerja.Documents.Official.Monitoring;

/// <summary>
/// One PK indicator in the quarter: the realisation reported for the quarter, the year-to-date realisation and capaian,
/// and the kendala and tindak lanjut written with the report. <see cref="Goal"/> numbers the sasaran it belongs to.
/// </summary>
public sealed record MonitoringIndicator(
    string Number,
    string Goal,
    string Indicator,
    string Target,
    string Realisation,
    string RealisationToDate,
    CapaianCell Capaian,
    string? Problem,
    string? FollowUp,
    NumericValue? RealisationValue = null,
    NumericValue? RealisationToDateValue = null);

/// <summary>A RAK action with what was reported in each period of the quarter ("Selesai", a value, "belum dilaporkan", or "–" when not scheduled).</summary>
public sealed record MonitoringAction(string Action, string Target, IReadOnlyList<string> Periods);

/// <summary>The PK of one entity (KPU or its secretariat) in the quarter, with its RAK actions.</summary>
public sealed record MonitoringEntity(
    string Name,
    string ShortName,
    IReadOnlyList<MonitoringIndicator> Indicators,
    IReadOnlyList<string> ActionPeriods,
    IReadOnlyList<MonitoringAction> Actions);

/// <summary>One budget output: pagu, RPD and realisation through the last reported month, and the absorption.</summary>
public sealed record MonitoringBudgetRow(string Code, string Title, long Ceiling, long PlannedToDate, long RealisedToDate, decimal? Absorption);

/// <summary>One month of the S-curve: RPD and realisation added up from January; realisation null after the last reported month.</summary>
public sealed record MonthPoint(int Month, long CumulativePlanned, long? CumulativeRealised);

/// <summary>The budget performance score (NKA) and its parts, all percentages, known at TW IV.</summary>
public sealed record NkaSource(decimal OutputAchievement, decimal Absorption, decimal Consistency, decimal EfficiencyValue, decimal Score);

/// <summary>An early warning (peringatan dini): its stable code (data and tooltips only: no document prints it), where it is and what it says.</summary>
public sealed record WarningSource(string Code, string Location, string Message);

/// <summary>
/// The Laporan Monitoring dan Evaluasi of a work unit for a quarter: per entity the indicators with realisation, capaian,
/// kendala and tindak lanjut and the RAK actions' progress; the budget per output with totals, consistency and the NKA
/// when it is known; the early warnings; and the two charts (<see cref="MonitoringCharts"/>) with their numbers; then
/// the signature block of the secretary, who is the unit's budget holder (KPA).
/// </summary>
public sealed record MonitoringReportDocument(
    string UnitName,
    int Year,
    int Quarter,
    LetterheadSource Letterhead,
    IReadOnlyList<MonitoringEntity> Entities,
    int ThroughMonth,
    IReadOnlyList<MonitoringBudgetRow> Budget,
    MonitoringBudgetRow Total,
    decimal? Consistency,
    IReadOnlyList<MonthPoint> Months,
    NkaSource? Nka,
    IReadOnlyList<WarningSource> Warnings,
    SignatureSource? Signature = null)
{
    public const string Title = "LAPORAN MONITORING DAN EVALUASI";

    public static IReadOnlyList<string> IndicatorColumns { get; } = ["No", "Indikator Kinerja", "Target", "Realisasi Triwulan", "Realisasi s.d. Triwulan", "Capaian", "Kategori", "Kendala", "Tindak Lanjut"];

    public static IReadOnlyList<string> BudgetColumns { get; } = ["Kode", "Output", "Pagu (Rp)", "RPD s.d. Bulan Ini (Rp)", "Realisasi s.d. Bulan Ini (Rp)", "Penyerapan"];

    public static IReadOnlyList<string> CurveColumns { get; } = ["Bulan", "RPD Kumulatif (Rp)", "Realisasi Kumulatif (Rp)"];

    public static IReadOnlyList<string> CapaianColumns { get; } = ["Label", "Indikator Kinerja", "Capaian"];

    /// <summary>"TRIWULAN II TAHUN 2026".</summary>
    public string Period => $"{MonitoringFormat.Quarter(Quarter).Replace("TW", "TRIWULAN", StringComparison.Ordinal)} TAHUN {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>"Realisasi anggaran s.d. Juni 2026", or "awal tahun" before any month is reported.</summary>
    public string BudgetHeading => $"Realisasi Anggaran s.d. {(ThroughMonth > 0 ? Domain.Common.IdFormat.MonthName(ThroughMonth) : "awal tahun")} {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
