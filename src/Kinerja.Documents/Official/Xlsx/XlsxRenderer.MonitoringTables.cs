using ClosedXML.Excel;
using Kinerja.Documents.Official.Monitoring;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Official.Xlsx;

/// <summary>The tables of the monitoring report's workbook: indicators, actions, budget with NKA, the charts' numbers and the warnings.</summary>
public static partial class XlsxRenderer
{
    private static void IndicatorTable(Sheet layout, MonitoringEntity entity, int quarter)
    {
        var tw = MonitoringFormat.Quarter(quarter);
        var top = layout.Row;
        Headings(layout, ["No", "Indikator Kinerja", "Target", "Realisasi " + tw, "Realisasi s.d. " + tw, "Capaian s.d. " + tw, "Kategori", "Kendala", "Tindak Lanjut"]);
        string? goal = null;
        foreach (var row in entity.Indicators)
        {
            var r = layout.Row;
            if (row.Goal != goal)
            {
                goal = row.Goal;
                layout.Text(r, 1, "Sasaran " + goal, bold: true);
                layout.Worksheet.Range(r, 1, r, 9).Merge();
                layout.Fit(r, 1, 1, "Sasaran " + goal, 9);
                r = ++layout.Row;
            }

            layout.Text(r, 1, row.Number, centre: true);
            layout.Text(r, 2, row.Indicator);
            layout.Text(r, 3, row.Target, centre: true);
            layout.Measured(r, 4, row.Realisation, row.RealisationValue);
            layout.Measured(r, 5, row.RealisationToDate, row.RealisationToDateValue);
            Capaian(layout, r, 6, row.Capaian);
            layout.Text(r, 8, row.Problem ?? "–");
            layout.Text(r, 9, row.FollowUp ?? "–");
            layout.Fit(r, 2, 1, row.Indicator, 1);
            layout.Fit(r, 8, 1, row.Problem ?? string.Empty, 1);
            layout.Fit(r, 9, 1, row.FollowUp ?? string.Empty, 1);
            layout.Row++;
        }

        layout.ApplyHeights();
        layout.Table(top, layout.Row - 1, 9);
    }

    private static void ActionTable(Sheet layout, MonitoringEntity entity)
    {
        var top = layout.Row;
        var columns = 3 + entity.ActionPeriods.Count;
        Headings(layout, ["No", "Kegiatan/Aksi", "Target", .. entity.ActionPeriods]);
        var number = 1;
        foreach (var action in entity.Actions)
        {
            var r = layout.Row;
            layout.Text(r, 1, number++.ToString(System.Globalization.CultureInfo.InvariantCulture), centre: true);
            layout.Text(r, 2, action.Action);
            layout.Text(r, 3, action.Target, centre: true);
            for (var p = 0; p < action.Periods.Count; p++)
            {
                layout.Text(r, 4 + p, action.Periods[p], centre: true);
            }

            layout.Fit(r, 2, 1, action.Action, 1);
            layout.Row++;
        }

        layout.ApplyHeights();
        layout.Table(top, layout.Row - 1, columns);
    }

    private static void BudgetTable(Sheet layout, MonitoringReportDocument document)
    {
        var top = layout.Row;
        Headings(layout, MonitoringReportDocument.BudgetColumns);
        foreach (var row in document.Budget.Append(document.Total))
        {
            var r = layout.Row;
            var total = ReferenceEquals(row, document.Total);
            layout.Text(r, 1, row.Code);
            layout.Text(r, 2, row.Title, bold: total);
            layout.Money(r, 3, row.Ceiling, total);
            layout.Money(r, 4, row.PlannedToDate, total);
            layout.Money(r, 5, row.RealisedToDate, total);
            PercentCell(layout, r, 6, row.Absorption, total);
            layout.Fit(r, 2, 1, row.Title, 1);
            layout.Row++;
        }

        layout.ApplyHeights();
        layout.Table(top, layout.Row - 1, 6);
        layout.Skip();
        var facts = new List<(string Label, decimal? Percent)> { ("Konsistensi penyerapan terhadap RPD", document.Consistency) };
        if (document.Nka is { } nka)
        {
            facts.Add(("Capaian RO (rata-rata capaian indikator)", nka.OutputAchievement));
            facts.Add(("Penyerapan", nka.Absorption));
            facts.Add(("Konsistensi", nka.Consistency));
            facts.Add(("Nilai efisiensi", nka.EfficiencyValue));
        }

        foreach (var (label, value) in facts)
        {
            layout.Text(layout.Row, 2, label, bold: true);
            layout.Percent(layout.Row, 3, value);
            layout.Row++;
        }

        layout.Text(layout.Row, 2, "Nilai Kinerja Anggaran (NKA)", bold: true);
        if (document.Nka is { } score)
        {
            layout.Measured(layout.Row, 3, IdFormat.Number(Domain.Monitoring.Achievement.Round(score.Score)), new NumericValue(Domain.Monitoring.Achievement.Round(score.Score), false, null));
        }
        else
        {
            layout.Text(layout.Row, 3, "dihitung pada TW IV").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
        }

        layout.Row++;
    }

    private static void CurveTable(Sheet layout, MonitoringReportDocument document)
    {
        var top = layout.Row;
        Headings(layout, MonitoringReportDocument.CurveColumns);
        foreach (var month in document.Months)
        {
            layout.Text(layout.Row, 1, IdFormat.MonthName(month.Month));
            layout.Money(layout.Row, 2, month.CumulativePlanned);
            if (month.CumulativeRealised is { } realised)
            {
                layout.Money(layout.Row, 3, realised);
            }
            else
            {
                layout.Text(layout.Row, 3, "–").Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }

            layout.Row++;
        }

        layout.Table(top, layout.Row - 1, 3);
    }

    private static void CapaianTable(Sheet layout, MonitoringReportDocument document)
    {
        var top = layout.Row;
        Headings(layout, MonitoringReportDocument.CapaianColumns);
        foreach (var (label, indicator) in MonitoringCharts.Items(document))
        {
            layout.Text(layout.Row, 1, label);
            layout.Text(layout.Row, 2, indicator.Indicator);
            if (indicator.Capaian.Percent is { } percent)
            {
                layout.Percent(layout.Row, 3, percent);
            }
            else
            {
                layout.Text(layout.Row, 3, indicator.Capaian.Text).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }

            layout.Fit(layout.Row, 2, 1, indicator.Indicator, 1);
            layout.Row++;
        }

        layout.ApplyHeights();
        layout.Table(top, layout.Row - 1, 3);
    }

    private static void WarningList(Sheet layout, IReadOnlyList<WarningSource> warnings, int columns)
    {
        if (warnings.Count == 0)
        {
            layout.Text(layout.Row++, 1, "Tidak ada peringatan dini.");
            return;
        }

        foreach (var warning in warnings)
        {
            var text = $"{warning.Location}: {warning.Message}";
            layout.Text(layout.Row, 1, text);
            layout.Worksheet.Range(layout.Row, 1, layout.Row, columns).Merge();
            layout.Fit(layout.Row, 1, 1, text, columns);
            layout.ApplyHeights();
            layout.Row++;
        }
    }

    private static void PercentCell(Sheet layout, int row, int column, decimal? value, bool bold) =>
        layout.Percent(row, column, value, bold);
}
