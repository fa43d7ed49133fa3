using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Documents.Official.Monitoring;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Official.Docx;

/// <summary>The monitoring documents as Word files: the LKj table, and the monitoring report with its charts given as tables of their numbers.</summary>
public static partial class DocxRenderer
{
    private const int TableSize = 18;

    public static void Write(LkjDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var (page, body) = Start(options, document.Letterhead);

        body.Add(Text(document.Title.ToUpperInvariant(), Align.Center, bold: true, size: 26));
        body.Add(Text(document.Through.ToUpperInvariant(), Align.Center, bold: true, size: 22, after: 240));
        var rows = new List<WordCell[]>();
        foreach (var goal in document.Goals)
        {
            rows.Add([new(goal.Number, Align.Center, Bold: true), new(goal.Goal, Bold: true, Span: 5)]);
            rows.AddRange(goal.Indicators.Select(row => (WordCell[])
            [
                new(row.Number, Align.Center),
                new(row.Indicator),
                new(row.Target, Align.Center),
                new(row.Realisation, Align.Center),
                .. CapaianCells(row.Capaian),
            ]));
        }

        body.Add(Grid(Share(page.TextWidth, [(700, 0), (0, 1), (1600, 0), (1800, 0), (1400, 0), (1600, 0)]), LkjDocument.Columns, rows, numbers: true));
        body.Add(Text("REALISASI ANGGARAN", Align.Left, bold: true, before: 240, after: 120));
        body.Add(Grid(
            [2800, 2800, 1800],
            LkjDocument.BudgetColumns,
            [[new(IdFormat.Whole(document.Budget.Ceiling), Align.Right), new(IdFormat.Whole(document.Budget.Realised), Align.Right), new(MonitoringFormat.Percent(document.Budget.Absorption), Align.Right)]]));
        body.AddRange(SignatureBlock(document.Signature, page));
        Save(output, body, page, header: null);
    }

    public static void Write(MonitoringReportDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var (page, body) = Start(options, document.Letterhead);

        body.Add(Text(MonitoringReportDocument.Title, Align.Center, bold: true, size: 26));
        body.Add(Text(document.Period, Align.Center, bold: true, size: 22));
        body.Add(Text(document.UnitName.ToUpperInvariant(), Align.Center, bold: true, size: 22, after: 120));
        var section = 'A';
        foreach (var entity in document.Entities)
        {
            body.Add(Heading($"{section++}. CAPAIAN KINERJA {entity.Name.ToUpperInvariant()}"));
            body.Add(IndicatorGrid(entity, document.Quarter, page));
            if (entity.Actions.Count > 0)
            {
                body.Add(Heading($"Kemajuan Rencana Aksi {entity.Name} {MonitoringFormat.Quarter(document.Quarter)}", size: 20));
                var number = 1;
                body.Add(Grid(
                    Share(page.TextWidth, [(500, 0), (0, 1), (1200, 0), .. entity.ActionPeriods.Select(_ => (1800, 0))]),
                    ["No", "Kegiatan/Aksi", "Target", .. entity.ActionPeriods],
                    [.. entity.Actions.Select(a => (WordCell[])[new(number++.ToString(CultureInfo.InvariantCulture), Align.Center), new(a.Action), new(a.Target, Align.Center), .. a.Periods.Select(p => new WordCell(p, Align.Center))])]));
            }
        }

        body.Add(Heading($"{section++}. {document.BudgetHeading.ToUpperInvariant()}"));
        body.Add(BudgetGrid(document, page));
        body.Add(Text(string.Empty, Align.Left));
        body.Add(Grid([4800, 1800], ["Ukuran", "Nilai"], Facts(document)));
        body.Add(Heading($"{section++}. ANGKA GRAFIK"));
        body.Add(Text(MonitoringCharts.Curve(document).Title, Align.Left, bold: true, after: 60));
        body.Add(Grid(
            [2000, 3000, 3000],
            MonitoringReportDocument.CurveColumns,
            [.. document.Months.Select(m => (WordCell[])[new(IdFormat.MonthName(m.Month)), new(IdFormat.Whole(m.CumulativePlanned), Align.Right), new(m.CumulativeRealised is { } r ? IdFormat.Whole(r) : "–", Align.Right)])]));
        body.Add(Text(MonitoringCharts.Capaian(document).Title, Align.Left, bold: true, before: 180, after: 60));
        body.Add(Grid(
            Share(page.TextWidth * 3 / 4, [(1800, 0), (0, 1), (1500, 0)]),
            MonitoringReportDocument.CapaianColumns,
            [.. MonitoringCharts.Items(document).Select(i => (WordCell[])[new(i.Label), new(i.Indicator.Indicator), new(i.Indicator.Capaian.Text, Align.Right, Italic: i.Indicator.Capaian.Percent is null)])]));
        body.Add(Heading($"{section}. PERINGATAN DINI"));
        if (document.Warnings.Count == 0)
        {
            body.Add(Text("Tidak ada peringatan dini.", Align.Left));
        }

        body.AddRange(document.Warnings.Select(w => Text($"{w.Location}: {w.Message}", Align.Left, after: 60)));
        body.AddRange(SignatureBlock(document.Signature, page));
        Save(output, body, page, header: null);
    }

    /// <summary>A cell of a monitoring table: its text, alignment, weight and how many grid columns it spans.</summary>
    private sealed record WordCell(string Text, Align Align = Align.Left, bool Bold = false, bool Italic = false, int Span = 1);

    private static Table IndicatorGrid(MonitoringEntity entity, int quarter, PageGeometry page)
    {
        var tw = MonitoringFormat.Quarter(quarter);
        var rows = new List<WordCell[]>();
        string? goal = null;
        foreach (var row in entity.Indicators)
        {
            if (row.Goal != goal)
            {
                goal = row.Goal;
                rows.Add([new("Sasaran " + goal, Bold: true, Span: 9)]);
            }

            rows.Add(
            [
                new(row.Number, Align.Center),
                new(row.Indicator),
                new(row.Target, Align.Center),
                new(row.Realisation, Align.Center),
                new(row.RealisationToDate, Align.Center),
                .. CapaianCells(row.Capaian),
                new(row.Problem ?? "–"),
                new(row.FollowUp ?? "–"),
            ]);
        }

        return Grid(
            Share(page.TextWidth, [(500, 0), (0, 3), (1000, 0), (1100, 0), (1100, 0), (1000, 0), (1100, 0), (0, 2), (0, 2)]),
            ["No", "Indikator Kinerja", "Target", "Realisasi " + tw, "Realisasi s.d. " + tw, "Capaian s.d. " + tw, "Kategori", "Kendala", "Tindak Lanjut"],
            rows);
    }

    private static Table BudgetGrid(MonitoringReportDocument document, PageGeometry page)
    {
        static WordCell[] Row(MonitoringBudgetRow row, bool total) =>
        [
            new(row.Code),
            new(row.Title, total ? Align.Right : Align.Left, Bold: total),
            new(IdFormat.Whole(row.Ceiling), Align.Right, Bold: total),
            new(IdFormat.Whole(row.PlannedToDate), Align.Right, Bold: total),
            new(IdFormat.Whole(row.RealisedToDate), Align.Right, Bold: total),
            new(MonitoringFormat.Percent(row.Absorption), Align.Right, Bold: total),
        ];

        return Grid(
            Share(page.TextWidth, [(1700, 0), (0, 1), (2000, 0), (2000, 0), (2000, 0), (1300, 0)]),
            MonitoringReportDocument.BudgetColumns,
            [.. document.Budget.Select(r => Row(r, total: false)), Row(document.Total, total: true)]);
    }

    private static List<WordCell[]> Facts(MonitoringReportDocument document)
    {
        var facts = new List<WordCell[]> { Fact("Konsistensi penyerapan terhadap RPD", MonitoringFormat.Percent(document.Consistency)) };
        if (document.Nka is { } nka)
        {
            facts.Add(Fact("Capaian RO (rata-rata capaian indikator)", MonitoringFormat.Percent(nka.OutputAchievement)));
            facts.Add(Fact("Penyerapan", MonitoringFormat.Percent(nka.Absorption)));
            facts.Add(Fact("Konsistensi", MonitoringFormat.Percent(nka.Consistency)));
            facts.Add(Fact("Nilai efisiensi", MonitoringFormat.Percent(nka.EfficiencyValue)));
            facts.Add(Fact("Nilai Kinerja Anggaran (NKA)", IdFormat.Number(Domain.Monitoring.Achievement.Round(nka.Score))));
        }
        else
        {
            facts.Add(Fact("Nilai Kinerja Anggaran (NKA)", "dihitung pada TW IV"));
        }

        return facts;

        static WordCell[] Fact(string label, string value) => [new(label), new(value, Align.Right)];
    }

    private static WordCell[] CapaianCells(CapaianCell capaian) =>
    [
        new(capaian.Text, capaian.Percent is null ? Align.Center : Align.Right, Italic: capaian.Percent is null),
        new(capaian.CategoryText, Align.Center),
    ];

    private static Paragraph Heading(string text, int size = 22) => Text(text, Align.Left, bold: true, size: size, before: 240, after: 120);

    /// <summary>A bordered table with one repeated heading row (and the "(1) (2) …" row when asked); a cell may span columns.</summary>
    private static Table Grid(int[] widths, IReadOnlyList<string> headings, IEnumerable<WordCell[]> rows, bool numbers = false)
    {
        var table = NewTable(widths, borders: true);
        var header = HeaderRow();
        for (var c = 0; c < headings.Count; c++)
        {
            header.Append(Cell(widths[c], [Text(headings[c], Align.Center, bold: true, size: TableSize)], header: true));
        }

        table.Append(header);
        if (numbers)
        {
            table.Append(NumbersRow(widths, TableSize));
        }

        foreach (var cells in rows)
        {
            var row = BodyRow(cells.Sum(c => c.Text.Length));
            var column = 0;
            foreach (var cell in cells)
            {
                var width = widths.Skip(column).Take(cell.Span).Sum();
                row.Append(Cell(width, [Text(cell.Text, cell.Align, bold: cell.Bold, italic: cell.Italic, size: TableSize)], span: cell.Span));
                column += cell.Span;
            }

            table.Append(row);
        }

        return table;
    }
}
