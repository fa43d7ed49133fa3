using Kinerja.Documents.Official.Monitoring;
using Kinerja.Domain.Common;
using static Kinerja.Documents.Official.Pdf.DirectPdf;

namespace Kinerja.Documents.Official.Pdf;

/// <summary>The tables of the monitoring report in the direct PDF: indicators, actions, budget, NKA facts and the charts' numbers.</summary>
internal static class MonitoringPdf
{
    public static PdfTable Indicators(PdfCanvas canvas, MonitoringEntity entity, int quarter)
    {
        var tw = MonitoringFormat.Quarter(quarter);
        var table = Table(
            canvas,
            ["No", "Indikator Kinerja", "Target", "Realisasi " + tw, "Realisasi s.d. " + tw, "Capaian s.d. " + tw, "Kategori", "Kendala", "Tindak Lanjut"],
            [26, 0, 58, 62, 62, 56, 60, 0, 0],
            [0, 3, 0, 0, 0, 0, 0, 2, 2]);
        string? goal = null;
        foreach (var row in entity.Indicators)
        {
            if (row.Goal != goal)
            {
                goal = row.Goal;
                table.Rows.Add([new PdfCell("Sasaran " + Glyphs.Clean(goal), Face.Bold, Span: 9), null, null, null, null, null, null, null, null]);
            }

            table.Rows.Add(
            [
                new PdfCell(Glyphs.Clean(row.Number), Align: CellAlign.Centre),
                new PdfCell(Glyphs.Clean(row.Indicator)),
                new PdfCell(Glyphs.Clean(row.Target), Align: CellAlign.Centre),
                new PdfCell(Glyphs.Clean(row.Realisation), Align: CellAlign.Centre),
                new PdfCell(Glyphs.Clean(row.RealisationToDate), Align: CellAlign.Centre),
                .. CapaianCells(row.Capaian),
                new PdfCell(Glyphs.Clean(row.Problem ?? "–")),
                new PdfCell(Glyphs.Clean(row.FollowUp ?? "–")),
            ]);
        }

        if (goal is null)
        {
            table.Rows.Add([new PdfCell("Belum ada indikator.", Span: 9), null, null, null, null, null, null, null, null]);
        }

        return table;
    }

    public static PdfTable Actions(PdfCanvas canvas, MonitoringEntity entity)
    {
        var periods = entity.ActionPeriods.Count;
        var table = Table(
            canvas,
            ["No", "Kegiatan/Aksi", "Target", .. entity.ActionPeriods],
            [26, 0, 70, .. Enumerable.Repeat(90.0, periods)],
            [0, 1, 0, .. Enumerable.Repeat(0.0, periods)]);
        var number = 1;
        foreach (var action in entity.Actions)
        {
            table.Rows.Add(
            [
                new PdfCell(number++.ToString(System.Globalization.CultureInfo.InvariantCulture), Align: CellAlign.Centre),
                new PdfCell(Glyphs.Clean(action.Action)),
                new PdfCell(Glyphs.Clean(action.Target), Align: CellAlign.Centre),
                .. action.Periods.Select(p => new PdfCell(Glyphs.Clean(p), Align: CellAlign.Centre)),
            ]);
        }

        return table;
    }

    public static PdfTable Budget(PdfCanvas canvas, MonitoringReportDocument document)
    {
        var table = Table(canvas, MonitoringReportDocument.BudgetColumns, [80, 0, 100, 100, 100, 64], [0, 1, 0, 0, 0, 0]);
        foreach (var row in document.Budget)
        {
            table.Rows.Add([new PdfCell(Glyphs.Clean(row.Code)), new PdfCell(Glyphs.Clean(row.Title)), Money(row.Ceiling), Money(row.PlannedToDate), Money(row.RealisedToDate), Percent(row.Absorption)]);
        }

        var total = document.Total;
        table.Rows.Add([new PdfCell(Glyphs.Clean(total.Title), Face.Bold, CellAlign.Right, Span: 2), null, Money(total.Ceiling, Face.Bold), Money(total.PlannedToDate, Face.Bold), Money(total.RealisedToDate, Face.Bold), Percent(total.Absorption, Face.Bold)]);
        return table;
    }

    public static PdfTable Facts(PdfCanvas canvas, MonitoringReportDocument document)
    {
        var table = new PdfTable(canvas.Left, [220, 90]);
        table.Rows.Add([new PdfCell("Konsistensi penyerapan terhadap RPD"), Percent(document.Consistency)]);
        if (document.Nka is { } nka)
        {
            table.Rows.Add([new PdfCell("Capaian RO (rata-rata capaian indikator)"), Percent(nka.OutputAchievement)]);
            table.Rows.Add([new PdfCell("Penyerapan"), Percent(nka.Absorption)]);
            table.Rows.Add([new PdfCell("Konsistensi"), Percent(nka.Consistency)]);
            table.Rows.Add([new PdfCell("Nilai efisiensi"), Percent(nka.EfficiencyValue)]);
            table.Rows.Add([new PdfCell("Nilai Kinerja Anggaran (NKA)", Face.Bold), new PdfCell(IdFormat.Number(Domain.Monitoring.Achievement.Round(nka.Score)), Face.Bold, CellAlign.Right)]);
        }
        else
        {
            table.Rows.Add([new PdfCell("Nilai Kinerja Anggaran (NKA)"), new PdfCell("dihitung pada TW IV", Align: CellAlign.Right)]);
        }

        return table;
    }

    public static PdfTable Curve(PdfCanvas canvas, MonitoringReportDocument document)
    {
        var table = new PdfTable(canvas.Left, [90, 130, 130]);
        for (var i = 0; i < MonitoringReportDocument.CurveColumns.Count; i++)
        {
            table.Headings.Add(new PdfHeading(MonitoringReportDocument.CurveColumns[i].ToUpperInvariant(), 0, i));
        }

        foreach (var month in document.Months)
        {
            table.Rows.Add(
            [
                new PdfCell(IdFormat.MonthName(month.Month)),
                Money(month.CumulativePlanned),
                month.CumulativeRealised is { } realised ? Money(realised) : new PdfCell("–", Align: CellAlign.Right),
            ]);
        }

        return table;
    }

    public static PdfTable Capaian(PdfCanvas canvas, MonitoringReportDocument document)
    {
        var table = Table(canvas, MonitoringReportDocument.CapaianColumns, [90, 0, 80], [0, 1, 0]);
        foreach (var (label, indicator) in MonitoringCharts.Items(document))
        {
            table.Rows.Add([new PdfCell(Glyphs.Clean(label)), new PdfCell(Glyphs.Clean(indicator.Indicator)), new PdfCell(Glyphs.Clean(indicator.Capaian.Text), Align: CellAlign.Right)]);
        }

        return table;
    }

    private static PdfCell Percent(decimal? value, Face face = Face.Regular) => new(MonitoringFormat.Percent(value), face, CellAlign.Right);
}
