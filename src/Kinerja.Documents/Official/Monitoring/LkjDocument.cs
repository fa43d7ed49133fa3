namespace Kinerja.Documents.Official.Monitoring;

/// <summary>
/// One PK indicator in the LKj table: its target, the realisation of the year so far (and, when it is a number,
/// <see cref="NumericValue"/>) and the capaian to date.
/// </summary>
public sealed record LkjIndicator(string Number, string Indicator, string Target, string Realisation, CapaianCell Capaian, NumericValue? RealisationValue = null);

/// <summary>A goal (sasaran) of the PK with its indicators, as the LKj groups them.</summary>
public sealed record LkjGoal(string Number, string Goal, IReadOnlyList<LkjIndicator> Indicators);

/// <summary>
/// The achievement table of a Laporan Kinerja (LKj): per goal of one entity's PK, each indicator's target, realisation and
/// capaian through a quarter with its category, then the unit's budget realisation. Built by the web from the quarter's
/// monitoring; everything is already in print form except money (whole Rupiah) and percentages. The head of the entity
/// signs it (<see cref="Signature"/>, null when the entity has no head yet).
/// </summary>
public sealed record LkjDocument(
    string EntityName,
    string UnitName,
    int Year,
    int Quarter,
    LetterheadSource Letterhead,
    IReadOnlyList<LkjGoal> Goals,
    BudgetSummary Budget,
    SignatureSource? Signature = null)
{
    public static IReadOnlyList<string> Columns { get; } = ["No", "Sasaran/Indikator Kinerja", "Target", "Realisasi", "Capaian", "Kategori"];

    /// <summary>"Capaian Kinerja Sekretariat KPU Kota Serang Tahun 2026".</summary>
    public string Title => $"Capaian Kinerja {EntityName} Tahun {Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>"s.d. TW IV".</summary>
    public string Through => "s.d. " + MonitoringFormat.Quarter(Quarter);

    public static IReadOnlyList<string> BudgetColumns { get; } = ["Pagu (Rp)", "Realisasi (Rp)", "Penyerapan"];
}
