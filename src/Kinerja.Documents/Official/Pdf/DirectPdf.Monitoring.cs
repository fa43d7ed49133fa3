using System.Globalization;
using Kinerja.Documents.Official.Monitoring;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Official.Pdf;

/// <summary>The monitoring documents laid out directly: the LKj table, and the monitoring report with its charts drawn on the canvas.</summary>
public static partial class DirectPdf
{
    private const double CurveHeight = 210;

    public static byte[] Render(LkjDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var canvas = new PdfCanvas(options);
        if (options.Letterhead)
        {
            Letterhead(canvas, document.Letterhead);
        }

        Centred(canvas, document.Title.ToUpperInvariant(), Face.Bold, 11);
        Centred(canvas, document.Through.ToUpperInvariant(), Face.Bold, 9);
        canvas.Y -= 6;
        var table = Table(canvas, LkjDocument.Columns, [24, 0, 80, 90, 64, 76], [0, 1, 0, 0, 0, 0]);
        Numbers(table, LkjDocument.Columns.Count, 1);
        foreach (var goal in document.Goals)
        {
            table.Rows.Add([new PdfCell(Glyphs.Clean(goal.Number), Face.Bold, CellAlign.Centre), new PdfCell(Glyphs.Clean(goal.Goal), Face.Bold, Span: 5), null, null, null, null]);
            foreach (var row in goal.Indicators)
            {
                table.Rows.Add(
                [
                    new PdfCell(Glyphs.Clean(row.Number), Align: CellAlign.Centre),
                    new PdfCell(Glyphs.Clean(row.Indicator)),
                    new PdfCell(Glyphs.Clean(row.Target), Align: CellAlign.Centre),
                    new PdfCell(Glyphs.Clean(row.Realisation), Align: CellAlign.Centre),
                    .. CapaianCells(row.Capaian),
                ]);
            }
        }

        table.Write(canvas);
        Section(canvas, "REALISASI ANGGARAN");
        var budget = new PdfTable(canvas.Left, [140, 140, 90]);
        for (var i = 0; i < LkjDocument.BudgetColumns.Count; i++)
        {
            budget.Headings.Add(new PdfHeading(Glyphs.Clean(LkjDocument.BudgetColumns[i].ToUpperInvariant()), 0, i));
        }

        budget.Rows.Add([Amount(document.Budget.Ceiling, Face.Regular), Amount(document.Budget.Realised, Face.Regular), new PdfCell(MonitoringFormat.Percent(document.Budget.Absorption), Align: CellAlign.Right)]);
        budget.Write(canvas);
        if (document.Signature is { } signature)
        {
            Signature(canvas, signature);
        }

        return Finish(canvas, document.Title);
    }

    public static byte[] Render(MonitoringReportDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var canvas = new PdfCanvas(options);
        if (options.Letterhead)
        {
            Letterhead(canvas, document.Letterhead);
        }

        Centred(canvas, MonitoringReportDocument.Title, Face.Bold, 11);
        Centred(canvas, document.Period, Face.Bold, 9);
        Centred(canvas, document.UnitName.ToUpperInvariant(), Face.Bold, 9);
        var section = 'A';
        foreach (var entity in document.Entities)
        {
            Section(canvas, $"{section++}. CAPAIAN KINERJA {entity.Name.ToUpperInvariant()}");
            MonitoringPdf.Indicators(canvas, entity, document.Quarter).Write(canvas);
            if (entity.Actions.Count > 0)
            {
                Section(canvas, $"Kemajuan Rencana Aksi {entity.Name} {MonitoringFormat.Quarter(document.Quarter)}", Face.Bold, 8.5);
                MonitoringPdf.Actions(canvas, entity).Write(canvas);
            }
        }

        Section(canvas, $"{section++}. {document.BudgetHeading.ToUpperInvariant()}");
        MonitoringPdf.Budget(canvas, document).Write(canvas);
        canvas.Y -= 6;
        MonitoringPdf.Facts(canvas, document).Write(canvas);

        Section(canvas, $"{section++}. GRAFIK");
        var curve = MonitoringCharts.Curve(document);
        Section(canvas, curve.Title, Face.Bold, 8.5, keep: CurveHeight);
        PdfChart.Draw(canvas, curve, CurveHeight);
        Section(canvas, "Tabel angka Grafik 1", Face.Italic, 7.5);
        MonitoringPdf.Curve(canvas, document).Write(canvas);
        foreach (var capaian in MonitoringCharts.Capaian(document).Parts())
        {
            Section(canvas, capaian.Title, Face.Bold, 8.5, keep: Charts.ChartPainter.BarHeight(capaian));
            PdfChart.Draw(canvas, capaian);
        }

        Section(canvas, "Tabel angka Grafik 2", Face.Italic, 7.5);
        MonitoringPdf.Capaian(canvas, document).Write(canvas);

        Section(canvas, $"{section}. PERINGATAN DINI");
        if (document.Warnings.Count == 0)
        {
            Paragraph(canvas, "Tidak ada peringatan dini.");
        }

        foreach (var warning in document.Warnings)
        {
            Paragraph(canvas, $"{warning.Location}: {warning.Message}");
        }

        if (document.Signature is { } signature)
        {
            Signature(canvas, signature);
        }

        return Finish(canvas, $"Laporan Monev {MonitoringFormat.Quarter(document.Quarter)} {document.Year.ToString(CultureInfo.InvariantCulture)} – {document.UnitName}");
    }

    /// <summary>A table with one heading row: fixed widths, and the rest of the page shared by weight among the columns with a weight.</summary>
    internal static PdfTable Table(PdfCanvas canvas, IReadOnlyList<string> headings, double[] fixedWidths, double[] weights)
    {
        var free = canvas.ContentWidth - fixedWidths.Sum();
        var weightSum = weights.Sum();
        var widths = fixedWidths.Select((w, i) => w + (weightSum == 0 ? 0 : free * weights[i] / weightSum)).ToArray();
        var table = new PdfTable(canvas.Left, widths);
        for (var i = 0; i < headings.Count; i++)
        {
            table.Headings.Add(new PdfHeading(Glyphs.Clean(headings[i].ToUpperInvariant()), 0, i));
        }

        return table;
    }

    internal static PdfCell[] CapaianCells(CapaianCell capaian) =>
    [
        new PdfCell(Glyphs.Clean(capaian.Text), capaian.Percent is null ? Face.Italic : Face.Regular, capaian.Percent is null ? CellAlign.Centre : CellAlign.Right),
        new PdfCell(Glyphs.Clean(capaian.CategoryText), Align: CellAlign.Centre),
    ];

    internal static PdfCell Money(long amount, Face face = Face.Regular) => new(IdFormat.Whole(amount), face, CellAlign.Right);

    /// <summary>A heading over what follows; it moves to the next page rather than stand alone at the bottom (<paramref name="keep"/> more points must fit under it).</summary>
    private static void Section(PdfCanvas canvas, string text, Face face = Face.Bold, double size = 9.5, double keep = 40)
    {
        canvas.Y -= size * 0.8;
        Space(canvas, (size * 1.3) + keep);
        foreach (var line in Glyphs.Wrap(Glyphs.Clean(text), face, size, canvas.ContentWidth))
        {
            Space(canvas, size * 1.3);
            canvas.Text(line, face, size, canvas.Left, canvas.Y - size);
            canvas.Y -= size * 1.3;
        }

        canvas.Y -= 2;
    }
}
