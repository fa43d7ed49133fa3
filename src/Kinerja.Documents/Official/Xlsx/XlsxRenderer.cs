using ClosedXML.Excel;
using Kinerja.Documents.Official.Monitoring;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Official.Xlsx;

/// <summary>
/// Writes the official documents as Excel workbooks with real cells: texts as text (never formulas), money as numbers,
/// grouped goals and indicators as merged cells, borders, explicit column widths and a print setup (landscape, one page
/// wide, table header repeated on every page). The plan workbook is also the offline edit path: the importer reads it
/// back to the same plan, so every figure is a value, never a formula.
/// </summary>
public static partial class XlsxRenderer
{
    /// <summary>Excel's built-in "#,##0": Indonesian Excel and LibreOffice print 1.159.691.000, the separators being the viewer's.</summary>
    public const string MoneyFormat = "#,##0";

    // The workbook is built by this code, not opened from outside: validating the package again on save only costs time,
    // and there are no formulas to evaluate.
    private static readonly SaveOptions Save = new() { ValidatePackage = false, EvaluateFormulasBeforeSaving = false, GenerateCalculationChain = false };

    /// <summary>The largest whole number Excel stores exactly (15 significant digits).</summary>
    public const long MaxExactNumber = 999_999_999_999_999;

    private const string FontName = "Arial";
    private const double FontSize = 10;
    private const double LineHeight = 13;

    // Excel refuses taller rows.
    private const double MaxRowHeight = 409;

    public static void Write(PlanDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(document.Kind.ToString().ToUpperInvariant());
        var layout = new Sheet(sheet, PlanWidths(document));
        var columns = document.ColumnCount;
        if (options.Letterhead)
        {
            layout.Letterhead(document.Letterhead);
        }

        layout.Title(document.Title, 12);
        layout.Title($"TAHUN {document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}", 12);
        layout.Title(document.EntityName.ToUpperInvariant(), 12);
        layout.Skip();
        if (document.Agreement is { } agreement)
        {
            foreach (var line in Statement(document, agreement))
            {
                layout.Paragraph(line);
            }

            layout.Skip();
        }

        var headerTop = layout.Row;
        PlanHeader(layout, document);
        layout.ColumnNumbers(columns);
        var headerBottom = layout.Row - 1;
        PlanRows(layout, document);
        if (document.HasActions)
        {
            var total = layout.Row;
            var ceilingColumn = document.LeadingColumns.Count + document.PeriodLabels.Count + 1;
            layout.Text(total, 1, "Jumlah", bold: true, centre: true);
            sheet.Range(total, 1, total, ceilingColumn - 1).Merge();
            layout.Money(total, ceilingColumn, document.BudgetCeilingTotal, bold: true);
            layout.Fit(total, 1, 1, "Jumlah", 1);
            layout.Row++;
        }

        layout.Table(headerTop, layout.Row - 1, columns);
        layout.Skip();
        if (document.Agreement is { } parties)
        {
            ProgramTable(layout, parties, columns);
            layout.Skip();
            AgreementSignatures(layout, document, parties, columns);
        }
        else if (document.Signature is { } signature)
        {
            layout.Signature(signature, SignatureColumn(columns), columns);
        }

        layout.Print(headerTop, headerBottom, options, columns);
        workbook.SaveAs(output, Save);
    }

    public static void Write(RkaDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("RKA");
        const int columns = 6;
        var layout = new Sheet(sheet, [16, 62, 15, 17, 17, 17]);
        if (options.Letterhead)
        {
            layout.Letterhead(document.Letterhead);
        }

        var year = document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        layout.Title("RENCANA KERJA DAN ANGGARAN SATUAN KERJA", 12);
        layout.Title($"TAHUN ANGGARAN {year}", 12);
        layout.Title("BAGIAN-A", 12);
        if (!string.IsNullOrWhiteSpace(document.VersionLabel))
        {
            layout.Title(document.VersionLabel, 10);
        }

        layout.Skip();
        var header = RkaHeaderLines(document.Header);
        foreach (var (label, value) in header)
        {
            layout.Text(layout.Row, 1, label, bold: true);
            layout.Text(layout.Row, 2, ": " + value);
            sheet.Range(layout.Row, 2, layout.Row, columns).Merge();
            layout.Row++;
        }

        layout.Skip();
        var headerTop = layout.Row;
        var columnsText = RkaDocument.Columns;
        layout.Heading(headerTop, 1, columnsText[0], rows: 2);
        layout.Heading(headerTop, 2, columnsText[1], rows: 2);
        layout.Heading(headerTop, 3, $"ALOKASI ANGGARAN T.A {year}", rows: 1, columns: 4);
        for (var c = 2; c < columnsText.Count; c++)
        {
            layout.Heading(headerTop + 1, c + 1, columnsText[c]);
        }

        layout.Row = headerTop + 2;
        layout.ColumnNumbers(columns);
        var headerBottom = layout.Row - 1;
        foreach (var row in document.Rows)
        {
            var r = layout.Row;
            var strong = row.Kind is RkaRowKind.Program or RkaRowKind.Activity;
            layout.Text(r, 1, row.Code, bold: strong);
            var text = layout.Text(r, 2, row.Text, bold: strong);
            text.Style.Alignment.Indent = Math.Clamp(row.Depth, 0, 15);
            text.Style.Font.Italic = row.Kind == RkaRowKind.Label;
            layout.Text(r, 3, row.Volume ?? string.Empty);
            layout.Money(r, 4, row.Baseline, bold: strong);
            layout.Money(r, 5, row.NewInitiative, bold: strong);
            layout.Money(r, 6, row.Total, bold: strong);
            layout.Fit(r, 2, 1, row.Text, 1, extraChars: row.Depth * 2);
            layout.Row++;
        }

        var total = layout.Row;
        layout.Text(total, 1, "JUMLAH", bold: true, centre: true);
        sheet.Range(total, 1, total, 5).Merge();
        layout.Money(total, 6, document.Total, bold: true);
        layout.Row++;
        layout.Table(headerTop, total, columns);
        layout.Skip();
        if (document.Signature is { } signature)
        {
            layout.Signature(signature, 4, columns);
        }

        layout.Print(headerTop, headerBottom, options, columns);

        // The header block is the RKA's running head: every printed page names the satker it belongs to.
        sheet.PageSetup.Header.Left.AddText(string.Join("\n", header.Select(h => $"{h.Label} : {h.Value}")).Replace("&", "&&", StringComparison.Ordinal), XLHFOccurrence.AllPages);
        workbook.SaveAs(output, Save);
    }

    private static List<(string Label, string Value)> RkaHeaderLines(RkaHeader header)
    {
        var lines = new List<(string, string)> { ("KEMEN/LEMB", header.Ministry), ("UNIT ORG", header.Unit), ("SATUAN KERJA", header.Satker) };
        if (header.Province is { } province)
        {
            lines.Add(("PROPINSI", province));
        }

        if (header.Location is { } location)
        {
            lines.Add(("LOKASI", location));
        }

        return lines;
    }

    /// <summary>Widths in Excel character units: wide text columns, narrow schedule columns (twelve months must fit a landscape page).</summary>
    private static double[] PlanWidths(PlanDocument document)
    {
        if (!document.HasActions)
        {
            return [6, 45, 50, 16];
        }

        var period = document.PeriodLabels.Count > 4 ? 5 : 7;
        return [5, 26, 26, 10, 30, 11, .. document.PeriodLabels.Select(_ => (double)period), 16, 20];
    }

    /// <summary>RAK: two header rows, the period heading over its labels and the other headings merged down. RKT/PK: one row.</summary>
    private static void PlanHeader(Sheet layout, PlanDocument document)
    {
        var top = layout.Row;
        var rows = document.PeriodLabels.Count > 0 ? 2 : 1;
        var column = 1;
        foreach (var heading in document.LeadingColumns)
        {
            layout.Heading(top, column++, heading, rows);
        }

        if (document.PeriodLabels.Count > 0)
        {
            layout.Heading(top, column, document.PeriodGroup, rows: 1, columns: document.PeriodLabels.Count);
            foreach (var label in document.PeriodLabels)
            {
                layout.Heading(top + 1, column++, label);
            }
        }

        foreach (var heading in document.TrailingColumns)
        {
            layout.Heading(top, column++, heading, rows);
        }

        layout.Row = top + rows;
    }

    private static void PlanRows(Sheet layout, PlanDocument document)
    {
        var sheet = layout.Worksheet;
        var leading = document.LeadingColumns.Count;
        foreach (var row in document.Rows)
        {
            var r = layout.Row;
            if (row.FirstOfGoal)
            {
                layout.Text(r, 1, row.GoalNumber, centre: true);
                layout.Text(r, 2, row.Goal);
                layout.Merge(r, 1, row.GoalSpan);
                layout.Merge(r, 2, row.GoalSpan);
                layout.Fit(r, 2, row.GoalSpan, row.Goal, 1);
            }

            if (row.FirstOfIndicator)
            {
                layout.Text(r, 3, row.Indicator);
                layout.Text(r, 4, row.Target, centre: true);
                layout.Merge(r, 3, row.IndicatorSpan);
                layout.Merge(r, 4, row.IndicatorSpan);
                layout.Fit(r, 3, row.IndicatorSpan, row.Indicator, 1);
                layout.Fit(r, 4, row.IndicatorSpan, row.Target, 1);
            }

            if (document.HasActions)
            {
                layout.Text(r, 5, row.Action ?? string.Empty);
                layout.Text(r, 6, row.ActionTarget ?? string.Empty, centre: true);
                layout.Fit(r, 5, 1, row.Action ?? string.Empty, 1);
                layout.Fit(r, 6, 1, row.ActionTarget ?? string.Empty, 1);
                for (var p = 0; p < row.Periods.Count; p++)
                {
                    layout.Text(r, leading + p + 1, row.Periods[p], centre: true);
                    layout.Fit(r, leading + p + 1, 1, row.Periods[p], 1);
                }

                var ceiling = leading + document.PeriodLabels.Count + 1;
                layout.Money(r, ceiling, row.Ceiling);
                layout.Text(r, ceiling + 1, row.Responsible ?? string.Empty);
                layout.Fit(r, ceiling + 1, 1, row.Responsible ?? string.Empty, 1);
            }

            layout.Row++;
        }

        layout.ApplyHeights();
    }

    /// <summary>The agreement's opening: who the two parties are and what the first promises the second.</summary>
    private static IEnumerable<string> Statement(PlanDocument document, AgreementSource agreement)
    {
        var year = document.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:";
        yield return $"Nama : {agreement.First.Name}";
        yield return $"Jabatan : {agreement.First.Position}";
        yield return "selanjutnya disebut pihak pertama,";
        yield return $"Nama : {agreement.Second.Name}";
        yield return $"Jabatan : {agreement.Second.Position}";
        yield return "selaku atasan pihak pertama, selanjutnya disebut pihak kedua.";
        yield return $"Pihak pertama berjanji akan mewujudkan target kinerja tahun {year} yang seharusnya sesuai lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab kami.";
        yield return "Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.";
    }

    /// <summary>"No | Program | Anggaran (Rp)" under the performance table: the program spans the middle columns.</summary>
    private static void ProgramTable(Sheet layout, AgreementSource agreement, int columns)
    {
        var sheet = layout.Worksheet;
        var top = layout.Row;
        layout.Heading(top, 1, "No");
        layout.Heading(top, 2, "Program", rows: 1, columns: columns - 2);
        layout.Heading(top, columns, "Anggaran (Rp)");
        layout.Row++;
        var number = 1;
        foreach (var program in agreement.Programs)
        {
            var r = layout.Row;
            var title = $"{program.Title} ({program.Code})";
            layout.Text(r, 1, number++.ToString(System.Globalization.CultureInfo.InvariantCulture), centre: true);
            layout.Text(r, 2, title);
            sheet.Range(r, 2, r, columns - 1).Merge();
            layout.Money(r, columns, program.Amount);
            layout.Fit(r, 2, 1, title, columns - 2);
            layout.Row++;
        }

        layout.Text(layout.Row, 1, "Jumlah", bold: true, centre: true);
        sheet.Range(layout.Row, 1, layout.Row, columns - 1).Merge();
        layout.Money(layout.Row, columns, agreement.ProgramsTotal, bold: true);
        layout.Row++;
        layout.ApplyHeights();
        layout.Table(top, layout.Row - 1, columns);
    }

    /// <summary>Pihak kedua signs on the left, pihak pertama (the plan's signatory) on the right, under the place and date.</summary>
    private static void AgreementSignatures(Sheet layout, PlanDocument document, AgreementSource agreement, int columns)
    {
        var right = SignatureColumn(columns);
        var left = 1;
        var leftEnd = Math.Max(1, right - 2);
        if (document.Signature is { } signature)
        {
            layout.Block(layout.Row++, right, columns, signature.PlaceAndDate);
        }

        layout.Block(layout.Row, left, leftEnd, "PIHAK KEDUA,", bold: true);
        layout.Block(layout.Row++, right, columns, "PIHAK PERTAMA,", bold: true);
        layout.Block(layout.Row, left, leftEnd, agreement.Second.Position);
        layout.Block(layout.Row++, right, columns, agreement.First.Position);
        layout.Row += 3;
        layout.Block(layout.Row, left, leftEnd, agreement.Second.Name, bold: true, underline: true);
        layout.Block(layout.Row++, right, columns, agreement.First.Name, bold: true, underline: true);
        if (agreement.Second.Nip is not null || agreement.First.Nip is not null)
        {
            layout.Block(layout.Row, left, leftEnd, agreement.Second.Nip is { } second ? "NIP. " + second : string.Empty);
            layout.Block(layout.Row++, right, columns, agreement.First.Nip is { } first ? "NIP. " + first : string.Empty);
        }
    }

    /// <summary>The signature sits over the right third of the page, as in the printed plans.</summary>
    private static int SignatureColumn(int columns) => Math.Max(1, columns - Math.Max(2, columns / 3) + 1);

    /// <summary>The worksheet being filled top-down, with the row heights its wrapped texts need.</summary>
    private sealed class Sheet
    {
        private readonly double[] widths;
        private readonly Dictionary<int, double> heights = [];
        private readonly List<(int Row, int Span, double Height)> spans = [];

        public Sheet(IXLWorksheet worksheet, double[] widths)
        {
            Worksheet = worksheet;
            this.widths = widths;
            worksheet.Style.Font.FontName = FontName;
            worksheet.Style.Font.FontSize = FontSize;

            // Set once on the sheet, inherited by every cell: per-cell style writes are what ClosedXML spends its time on.
            worksheet.Style.Alignment.WrapText = true;
            worksheet.Style.Alignment.Vertical = XLAlignmentVerticalValues.Top;
            for (var c = 0; c < widths.Length; c++)
            {
                worksheet.Column(c + 1).Width = widths[c];
            }
        }

        public IXLWorksheet Worksheet { get; }

        public int Row { get; set; } = 1;

        /// <summary>How many decimals a value prints with, up to four (a capaian is rounded to two).</summary>
        private static int Decimals(decimal value)
        {
            var places = 0;
            while (places < 4 && decimal.Round(value, places) != value)
            {
                places++;
            }

            return places;
        }

        public void Skip() => Row++;

        /// <summary>
        /// Writes text as text: SetValue with a string and the Text type, so that "=1+1", "+62 21", "-" or "@x" stay what
        /// the planner typed instead of becoming a formula or a number. Empty text leaves the cell empty.
        /// </summary>
        public IXLCell Text(int row, int column, string text, bool bold = false, bool centre = false)
        {
            var cell = Worksheet.Cell(row, column);
            if (text.Length > 0)
            {
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
            }

            if (centre)
            {
                cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Center;
            }

            if (bold)
            {
                cell.Style.Font.Bold = true;
            }

            return cell;
        }

        /// <summary>Money as a number with thousands grouping; a missing amount leaves the cell empty (not 0).</summary>
        public void Money(int row, int column, long? amount, bool bold = false)
        {
            var cell = Worksheet.Cell(row, column);
            if (amount is { } large && Math.Abs(large) > MaxExactNumber)
            {
                // Excel keeps 15 significant digits: a larger sum (a total over many trillion-rupiah pagu) would be rounded, so it is printed as text.
                cell.SetValue(IdFormat.Whole(large));
                cell.DataType = XLDataType.Text;
            }
            else if (amount is { } value)
            {
                cell.SetValue(value);
                cell.DataType = XLDataType.Number;
                cell.Style.NumberFormat.Format = MoneyFormat;
            }

            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            if (bold)
            {
                cell.Style.Font.Bold = true;
            }
        }

        /// <summary>
        /// A percentage (97,5 for 97,5%) rounded as printed, as a number with a percent format showing as many decimals as
        /// the printed text ("97,5%" → 0.975 shown 97.5%); "–" when there is none.
        /// </summary>
        public void Percent(int row, int column, decimal? percent, bool bold = false)
        {
            if (percent is { } value)
            {
                Measured(row, column, MonitoringFormat.Percent(value), new NumericValue(Domain.Monitoring.Achievement.Round(value), true, null), bold);
            }
            else
            {
                Text(row, column, MonitoringFormat.Percent(null), bold).Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            }
        }

        /// <summary>A number with its format (percent, or the unit after it: <c>0 "Kali"</c>) when there is one, else the printed text, centred.</summary>
        public void Measured(int row, int column, string text, NumericValue? value, bool bold = false)
        {
            if (value is null)
            {
                Text(row, column, text, bold, centre: true);
                return;
            }

            var cell = Worksheet.Cell(row, column);
            var decimals = Decimals(value.Value);
            var pattern = "#,##0" + (decimals > 0 ? "." + new string('0', decimals) : string.Empty);
            cell.SetValue(value.Percent ? value.Value / 100 : value.Value);
            cell.DataType = XLDataType.Number;
            cell.Style.NumberFormat.Format = value.Percent
                ? pattern + "%"
                : value.Unit is { Length: > 0 } unit ? pattern + " \"" + unit.Replace("\"", string.Empty, StringComparison.Ordinal) + "\"" : pattern;
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Right;
            cell.Style.Font.Bold = bold;
        }

        public void Heading(int row, int column, string text, int rows = 1, int columns = 1)
        {
            var cell = Text(row, column, text, bold: true, centre: true);
            cell.Style.Alignment.Vertical = XLAlignmentVerticalValues.Center;
            cell.Style.Fill.BackgroundColor = XLColor.FromArgb(0xD9, 0xD9, 0xD9);
            if (rows > 1 || columns > 1)
            {
                var range = Worksheet.Range(row, column, row + rows - 1, column + columns - 1);
                range.Merge();
                range.Style.Fill.BackgroundColor = XLColor.FromArgb(0xD9, 0xD9, 0xD9);
            }

            Fit(row, column, rows, text, columns);
        }

        public void Merge(int row, int column, int span)
        {
            if (span > 1)
            {
                Worksheet.Range(row, column, row + span - 1, column).Merge();
            }
        }

        public void ColumnNumbers(int columns)
        {
            for (var c = 1; c <= columns; c++)
            {
                var cell = Text(Row, c, $"({c.ToString(System.Globalization.CultureInfo.InvariantCulture)})", centre: true);
                cell.Style.Font.Italic = true;
                cell.Style.Font.FontSize = 8;
            }

            Row++;
        }

        /// <summary>The kop: body and unit large and bold, then address and contact, ruled off underneath.</summary>
        public void Letterhead(LetterheadSource letterhead)
        {
            var columns = widths.Length;
            Title(letterhead.Body, 14);
            Title(letterhead.Unit, 14);
            if (letterhead.Address is { Length: > 0 } address)
            {
                Title(address, 9, bold: false);
            }

            if (letterhead.Contact is { Length: > 0 } contact)
            {
                Title(contact, 9, bold: false);
            }

            Worksheet.Range(Row - 1, 1, Row - 1, columns).Style.Border.BottomBorder = XLBorderStyleValues.Double;
            Skip();
        }

        public void Title(string text, double size, bool bold = true)
        {
            var cell = Text(Row, 1, text, bold, centre: true);
            cell.Style.Font.FontSize = size;
            Worksheet.Range(Row, 1, Row, widths.Length).Merge();
            Row++;
        }

        public void Paragraph(string text)
        {
            var cell = Text(Row, 1, text);
            cell.Style.Alignment.Horizontal = XLAlignmentHorizontalValues.Justify;
            Worksheet.Range(Row, 1, Row, widths.Length).Merge();
            Fit(Row, 1, 1, text, widths.Length);
            ApplyHeights();
            Row++;
        }

        /// <summary>A centred text over columns <paramref name="from"/>…<paramref name="to"/> outside any table (a signature line).</summary>
        public void Block(int row, int from, int to, string text, bool bold = false, bool underline = false)
        {
            var cell = Text(row, from, text, bold, centre: true);
            if (underline)
            {
                cell.Style.Font.Underline = XLFontUnderlineValues.Single;
            }

            if (to > from)
            {
                Worksheet.Range(row, from, row, to).Merge();
            }
        }

        /// <summary>Place and date, position, body, room to sign, name and NIP, centred over the right columns.</summary>
        public void Signature(SignatureSource signature, int from, int to)
        {
            Block(Row++, from, to, signature.PlaceAndDate);
            if (signature.Position is { Length: > 0 } position)
            {
                Block(Row++, from, to, position, bold: true);
            }

            if (signature.Organisation is { Length: > 0 } organisation)
            {
                Block(Row++, from, to, organisation, bold: true);
            }

            Row += 3;
            Block(Row++, from, to, signature.Name, bold: true, underline: true);
            if (signature.Nip is { Length: > 0 } nip)
            {
                Block(Row++, from, to, "NIP. " + nip);
            }
        }

        /// <summary>Thin borders on every cell of the table, so merged and empty cells are ruled alike.</summary>
        public void Table(int top, int bottom, int columns)
        {
            var range = Worksheet.Range(top, 1, bottom, columns);
            range.Style.Border.OutsideBorder = XLBorderStyleValues.Thin;
            range.Style.Border.InsideBorder = XLBorderStyleValues.Thin;
        }

        /// <summary>
        /// Remembers how tall a text needs its rows to be. Excel does not size rows for wrapped text in merged cells, so
        /// the height is estimated from the text's length and the columns' widths (about one character per width unit).
        /// </summary>
        public void Fit(int row, int column, int rows, string text, int columns, int extraChars = 0)
        {
            if (text.Length == 0)
            {
                return;
            }

            var width = 0.0;
            for (var c = column; c < column + columns && c <= widths.Length; c++)
            {
                width += widths[c - 1];
            }

            var perLine = Math.Max(1, (int)((width - 1) * 1.1) - extraChars);
            var lines = text.Split('\n').Sum(part => Math.Max(1, (int)Math.Ceiling(part.Length / (double)perLine)));
            var height = (lines * LineHeight) + 3;
            if (rows <= 1)
            {
                heights[row] = Math.Max(heights.GetValueOrDefault(row, LineHeight + 3), height);
            }
            else
            {
                spans.Add((row, rows, height));
            }
        }

        /// <summary>Sets the rows' heights: each row fits its own texts; a merged cell's rows are stretched at the bottom if they fall short.</summary>
        public void ApplyHeights()
        {
            foreach (var (row, span, height) in spans)
            {
                var sum = Enumerable.Range(row, span).Sum(r => heights.GetValueOrDefault(r, LineHeight + 3));
                if (sum < height)
                {
                    var last = row + span - 1;
                    heights[last] = heights.GetValueOrDefault(last, LineHeight + 3) + (height - sum);
                }
            }

            foreach (var (row, height) in heights)
            {
                Worksheet.Row(row).Height = Math.Min(MaxRowHeight, height);
            }

            heights.Clear();
            spans.Clear();
        }

        /// <summary>Landscape, one page wide, numbered; rows <paramref name="headerTop"/>…<paramref name="headerBottom"/> repeat on every page (none when 0).</summary>
        public void Print(int headerTop, int headerBottom, DocumentOptions options, int columns)
        {
            ApplyHeights();
            var setup = Worksheet.PageSetup;
            setup.PageOrientation = XLPageOrientation.Landscape;

            // Folio (8.5 × 13 in, 216 × 330 mm) is Excel's name for the F4 sheet Indonesian offices print on.
            setup.PaperSize = options.Paper == PaperSize.F4 ? XLPaperSize.FolioPaper : XLPaperSize.A4Paper;
            setup.FitToPages(1, 0);
            if (headerTop > 0)
            {
                setup.SetRowsToRepeatAtTop(headerTop, headerBottom);
            }

            setup.Margins.Top = 0.6;
            setup.Margins.Bottom = 0.6;
            setup.Margins.Left = 0.5;
            setup.Margins.Right = 0.5;
            setup.Margins.Header = 0.3;
            setup.Margins.Footer = 0.3;
            setup.CenterHorizontally = true;
            setup.PrintAreas.Add(1, 1, Math.Max(Row - 1, 1), columns);
            setup.Footer.Right.AddText("Halaman ", XLHFOccurrence.AllPages);
            setup.Footer.Right.AddText(XLHFPredefinedText.PageNumber, XLHFOccurrence.AllPages);
        }
    }
}
