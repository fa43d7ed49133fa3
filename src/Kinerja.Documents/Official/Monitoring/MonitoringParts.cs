using Kinerja.Domain.Common;
using Kinerja.Domain.Monitoring;

namespace Kinerja.Documents.Official.Monitoring;

/// <summary>
/// A capaian as printed: the percentage (already capped and rounded by the domain) when there is one, otherwise the
/// reason it has none ("belum dilaporkan", "n/a", "–"), and its category. The monitoring documents carry this rather than
/// the domain's <see cref="Achievement"/>, so that the renderers depend on plain values only.
/// </summary>
/// <param name="Percent">The year-to-date capaian in percent, null when not computed.</param>
/// <param name="Note">What prints instead of a percentage.</param>
/// <param name="Category">The category band's name ("Sangat Baik"), null when there is no percentage.</param>
/// <param name="Band">0 for the best band, 1 for the next …; null without a category. Colours the cell in HTML.</param>
public sealed record CapaianCell(decimal? Percent, string Note, string? Category, int? Band)
{
    /// <summary>"107,14%", or the note.</summary>
    public string Text => Percent is { } p ? MonitoringFormat.Percent(p) : Note;

    public string CategoryText => Category ?? "–";
}

/// <summary>
/// A realisation that is a number, for a workbook to hold as a number with a format: the value as the domain read it,
/// whether it is a percentage (97,5 for 97,5%) and the unit printed after it ("Kali"). Blank, n/a, grades and compound
/// counts have none and stay text.
/// </summary>
public sealed record NumericValue(decimal Value, bool Percent, string? Unit);

/// <summary>The budget realisation of a work unit through a month: pagu, realisation and absorption (penyerapan).</summary>
public sealed record BudgetSummary(long Ceiling, long Realised, decimal? Absorption);

/// <summary>How the monitoring documents print percentages: rounded by <see cref="Achievement.Round"/>, Indonesian, "–" when missing.</summary>
public static class MonitoringFormat
{
    public static string Percent(decimal? value) => value is { } v ? IdFormat.Percent(Achievement.Round(v)) : "–";

    public static string Quarter(int quarter) => quarter switch
    {
        1 => "TW I",
        2 => "TW II",
        3 => "TW III",
        _ => "TW IV",
    };

    /// <summary>"Jan" … "Des": month names short enough for a chart's axis.</summary>
    public static string ShortMonth(int month) => IdFormat.MonthName(month)[..3];
}
