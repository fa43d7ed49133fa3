using Kinerja.Documents.Official.Charts;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Official.Monitoring;

/// <summary>
/// The two charts of the monitoring report, made from its numbers so that every format draws the same: the budget
/// S-curve (cumulative RPD against cumulative realisation per month) and the capaian of every indicator against 100%.
/// </summary>
public static class MonitoringCharts
{
    public const string CurveTitle = "Grafik 1. Kurva S: RPD Kumulatif dan Realisasi Kumulatif";

    public const string CapaianTitle = "Grafik 2. Capaian Indikator Kinerja";

    public static LineChart Curve(MonitoringReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var largest = document.Months.Select(m => Math.Max(m.CumulativePlanned, m.CumulativeRealised ?? 0)).DefaultIfEmpty(0).Max();

        // Amounts are drawn in millions, or in billions when the pagu reaches them: tick labels stay short.
        var (divisor, unit) = largest >= 10_000_000_000 ? (1e9, "Miliar Rupiah") : (1e6, "Juta Rupiah");
        var axis = ChartAxis.Nice(largest / divisor, unit, v => IdFormat.Number((decimal)v, 2));
        return new LineChart(
            $"{CurveTitle} Tahun {document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            "Kurva S anggaran: RPD kumulatif dan realisasi kumulatif per bulan; angkanya ada pada tabel di bawah grafik.",
            [.. document.Months.Select(m => MonitoringFormat.ShortMonth(m.Month))],
            [
                new LineSeries("RPD kumulatif", [.. document.Months.Select(m => (double?)(m.CumulativePlanned / divisor))], ChartColour.Plan, Dashed: true),
                new LineSeries("Realisasi kumulatif", [.. document.Months.Select(m => m.CumulativeRealised is { } r ? r / divisor : (double?)null)], ChartColour.Actual, Dashed: false),
            ],
            axis);
    }

    /// <summary>One bar per indicator of every entity, labelled "KPU 1.2"; an indicator without a percentage prints its note ("n/a") in place of a bar.</summary>
    public static BarChart Capaian(MonitoringReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var bars = Items(document).Select(i => new ChartBar(i.Label, i.Indicator.Capaian.Percent is { } p ? (double)p : null, i.Indicator.Capaian.Text)).ToList();
        var largest = bars.Select(b => b.Value ?? 0).DefaultIfEmpty(0).Max();
        var axis = ChartAxis.Nice(largest, "Capaian (%)", v => IdFormat.Percent((decimal)v), ticks: 6, atLeast: 100);
        return new BarChart(
            $"{CapaianTitle} s.d. {MonitoringFormat.Quarter(document.Quarter)} {document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            "Capaian tiap indikator kinerja terhadap garis 100%; angkanya ada pada tabel di bawah grafik.",
            bars,
            axis,
            100,
            "100%");
    }

    /// <summary>The indicators in chart order with their chart labels: the numbers' table under the capaian chart lists the same.</summary>
    public static IEnumerable<(string Label, MonitoringIndicator Indicator)> Items(MonitoringReportDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Entities.SelectMany(e => e.Indicators.Select(i => ($"{e.ShortName} {i.Number}", i)));
    }
}
