using ClosedXML.Excel;
using Kinerja.Documents.Official.Monitoring;

namespace Kinerja.Documents.Official.Xlsx;

/// <summary>
/// The monitoring documents as workbooks: money, capaian, percentages and numeric realisations as numbers with a number
/// format (so a verifier can sum and sort them); blank, n/a, "–", grades and compound counts stay the printed text, so
/// they keep what they mean. The report's charts are given as their numbers' tables.
/// </summary>
public static partial class XlsxRenderer
{
    public static void Write(LkjDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Capaian");
        var columns = LkjDocument.Columns.Count;
        var layout = new Sheet(sheet, [8, 60, 16, 18, 14, 16]);
        if (options.Letterhead)
        {
            layout.Letterhead(document.Letterhead);
        }

        layout.Title(document.Title.ToUpperInvariant(), 12);
        layout.Title(document.Through.ToUpperInvariant(), 11);
        layout.Skip();
        var headerTop = layout.Row;
        Headings(layout, LkjDocument.Columns);
        layout.ColumnNumbers(columns);
        var headerBottom = layout.Row - 1;
        foreach (var goal in document.Goals)
        {
            var r = layout.Row;
            layout.Text(r, 1, goal.Number, bold: true, centre: true);
            layout.Text(r, 2, goal.Goal, bold: true);
            sheet.Range(r, 2, r, columns).Merge();
            layout.Fit(r, 2, 1, goal.Goal, columns - 1);
            layout.Row++;
            foreach (var row in goal.Indicators)
            {
                r = layout.Row;
                layout.Text(r, 1, row.Number, centre: true);
                layout.Text(r, 2, row.Indicator);
                layout.Text(r, 3, row.Target, centre: true);
                layout.Measured(r, 4, row.Realisation, row.RealisationValue);
                Capaian(layout, r, 5, row.Capaian);
                layout.Fit(r, 2, 1, row.Indicator, 1);
                layout.Row++;
            }
        }

        layout.ApplyHeights();
        layout.Table(headerTop, layout.Row - 1, columns);
        layout.Skip();
        layout.Text(layout.Row++, 2, "REALISASI ANGGARAN", bold: true);
        var budgetTop = layout.Row;
        foreach (var (label, amount, percent) in new (string, long?, decimal?)[]
        {
            (LkjDocument.BudgetColumns[0], document.Budget.Ceiling, null),
            (LkjDocument.BudgetColumns[1], document.Budget.Realised, null),
            (LkjDocument.BudgetColumns[2], null, document.Budget.Absorption),
        })
        {
            layout.Text(layout.Row, 2, label, bold: true);
            if (amount is { } value)
            {
                layout.Money(layout.Row, 3, value);
            }
            else
            {
                layout.Percent(layout.Row, 3, percent);
            }

            layout.Row++;
        }

        sheet.Range(budgetTop, 2, layout.Row - 1, 3).Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
        sheet.Range(budgetTop, 2, layout.Row - 1, 3).Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        if (document.Signature is { } signature)
        {
            layout.Skip();
            layout.Signature(signature, 4, columns);
        }

        layout.Print(headerTop, headerBottom, options, columns);
        workbook.SaveAs(output, Save);
    }

    public static void Write(MonitoringReportDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Monev");
        var layout = new Sheet(sheet, [14, 44, 14, 18, 18, 14, 14, 28, 28]);
        const int columns = 9;
        if (options.Letterhead)
        {
            layout.Letterhead(document.Letterhead);
        }

        layout.Title(MonitoringReportDocument.Title, 12);
        layout.Title(document.Period, 11);
        layout.Title(document.UnitName.ToUpperInvariant(), 11);
        var section = 'A';
        foreach (var entity in document.Entities)
        {
            Section(layout, $"{section++}. CAPAIAN KINERJA {entity.Name.ToUpperInvariant()}");
            IndicatorTable(layout, entity, document.Quarter);
            if (entity.Actions.Count > 0)
            {
                Section(layout, $"Kemajuan Rencana Aksi {entity.Name} {MonitoringFormat.Quarter(document.Quarter)}");
                ActionTable(layout, entity);
            }
        }

        Section(layout, $"{section++}. {document.BudgetHeading.ToUpperInvariant()}");
        BudgetTable(layout, document);
        Section(layout, $"{section++}. ANGKA GRAFIK");
        layout.Text(layout.Row++, 1, MonitoringCharts.Curve(document).Title, bold: true);
        CurveTable(layout, document);
        layout.Skip();
        layout.Text(layout.Row++, 1, MonitoringCharts.Capaian(document).Title, bold: true);
        CapaianTable(layout, document);
        Section(layout, $"{section}. PERINGATAN DINI");
        WarningList(layout, document.Warnings, columns);
        if (document.Signature is { } signature)
        {
            layout.Skip();
            layout.Signature(signature, 7, columns);
        }

        layout.Print(0, 0, options, columns);
        workbook.SaveAs(output, Save);
    }

    private static void Section(Sheet layout, string text)
    {
        layout.Skip();
        layout.Text(layout.Row, 1, text, bold: true).Style.Font.FontSize = 11;
        layout.Row++;
    }

    private static void Headings(Sheet layout, IReadOnlyList<string> headings)
    {
        for (var c = 0; c < headings.Count; c++)
        {
            layout.Heading(layout.Row, c + 1, headings[c]);
        }

        layout.Row++;
    }

    /// <summary>The capaian as a percentage number, or its note ("belum dilaporkan", n/a) in italics; its category beside it.</summary>
    private static void Capaian(Sheet layout, int row, int column, CapaianCell capaian)
    {
        if (capaian.Percent is { } percent)
        {
            layout.Percent(row, column, percent);
        }
        else
        {
            var cell = layout.Text(row, column, capaian.Text, centre: true);
            cell.Style.Font.Italic = true;
        }

        layout.Text(row, column + 1, capaian.CategoryText, centre: true);
    }
}
