using System.Globalization;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Official.Pdf;

/// <summary>
/// The official documents written straight to PDF, with the layout of <see cref="Html.HtmlRenderer"/> but no browser:
/// standard Helvetica (not embedded), measured word wrap, repeated table headings and "Halaman n dari m". Schedule
/// marks print as a bold "v": ■ has no WinAnsi code, and a drawn square has no letter for the importer to read.
/// </summary>
public static partial class DirectPdf
{
    private const double TextSize = 8.5;
    private const double Mark = 8;
    private const double PeriodValueSize = 6.5;

    public static byte[] Render(PlanDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var canvas = new PdfCanvas(options);
        if (options.Letterhead)
        {
            Letterhead(canvas, document.Letterhead);
        }

        Centred(canvas, document.Title, Face.Bold, 11);
        Centred(canvas, "TAHUN " + document.Year.ToString(CultureInfo.InvariantCulture), Face.Bold, 9);
        Centred(canvas, document.EntityName.ToUpperInvariant(), Face.Bold, 9);
        canvas.Y -= 6;
        if (document.Agreement is { } agreement)
        {
            Agreement(canvas, document, agreement);
        }

        PlanTable(canvas, document).Write(canvas);
        if (document.Agreement is { } withBudget)
        {
            canvas.Y -= 10;
            Programs(canvas, withBudget).Write(canvas);
            var first = withBudget.First;
            var second = withBudget.Second;
            Signatures(
                canvas,
                [[string.Empty, "PIHAK KEDUA", second.Position], [document.Signature?.PlaceAndDate ?? string.Empty, "PIHAK PERTAMA", first.Position]],
                [second.Name, first.Name],
                [second.Nip, first.Nip]);
        }
        else if (document.Signature is { } signature)
        {
            Signature(canvas, signature);
        }

        return Finish(canvas, $"{document.Title} {document.Year} – {document.EntityName}");
    }

    public static byte[] Render(RkaDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var canvas = new PdfCanvas(options);
        canvas.PagePreamble = () => RkaHeader(canvas, document);
        RkaHeader(canvas, document);
        var total = canvas.ContentWidth;
        double[] widths = [total * 0.09, total * 0.37, total * 0.10, total * 0.11, total * 0.11, total * 0.11];
        widths[1] = total - widths.Sum() + widths[1];
        var year = document.Year.ToString(CultureInfo.InvariantCulture);
        var table = new PdfTable(canvas.Left, widths);
        table.Headings.Add(new PdfHeading("KODE", 0, 0, RowSpan: 2));
        table.Headings.Add(new PdfHeading(Glyphs.Clean(RkaDocument.Columns[1].ToUpperInvariant()), 0, 1, RowSpan: 2));
        table.Headings.Add(new PdfHeading("ALOKASI ANGGARAN T.A " + year, 0, 2, ColumnSpan: 4));
        for (var i = 2; i < RkaDocument.Columns.Count; i++)
        {
            table.Headings.Add(new PdfHeading(Glyphs.Clean(RkaDocument.Columns[i].ToUpperInvariant()), 1, i));
        }

        Numbers(table, RkaDocument.Columns.Count, 2);
        foreach (var row in document.Rows)
        {
            var face = row.Kind switch
            {
                RkaRowKind.Program or RkaRowKind.Activity => Face.Bold,
                RkaRowKind.Label => Face.Italic,
                _ => Face.Regular,
            };
            table.Rows.Add(
            [
                new PdfCell(Glyphs.Clean(row.Code), face, row.Kind == RkaRowKind.Statement ? CellAlign.Right : CellAlign.Left),
                new PdfCell(Glyphs.Clean(row.Text), face, Indent: row.Depth * 0.8 * PdfTable.BodySize),
                new PdfCell(Glyphs.Clean(row.Volume), face),
                Amount(row.Baseline, face),
                Amount(row.NewInitiative, face),
                Amount(row.Total, face),
            ]);
        }

        table.Rows.Add([Empty(), new PdfCell("JUMLAH", Face.Bold), Empty(), Empty(), Empty(), Amount(document.Total, Face.Bold)]);
        table.Write(canvas);
        canvas.PagePreamble = null;
        if (document.Signature is { } signature)
        {
            Signature(canvas, signature);
        }

        return Finish(canvas, $"RKA Satker Bagian A {document.Year} – {document.UnitName}");
    }

    private static PdfTable PlanTable(PdfCanvas canvas, PlanDocument document)
    {
        var leading = document.LeadingColumns;
        var periods = document.PeriodLabels;
        var trailing = document.TrailingColumns;
        var periodWidth = periods.Count > 4 ? 19.0 : 36.0;

        // Fixed widths for numbers, targets, periods and amounts; text columns share the rest by weight.
        var fixedWidths = new List<double>();
        var weights = new List<double>();
        void Column(double width, double weight)
        {
            fixedWidths.Add(width);
            weights.Add(weight);
        }

        Column(20, 0);
        Column(0, 3);
        Column(0, 3);
        Column(document.HasActions ? 44 : 80, 0);
        if (document.HasActions)
        {
            Column(0, 3.2);
            Column(44, 0);
        }

        for (var i = 0; i < periods.Count; i++)
        {
            Column(periodWidth, 0);
        }

        if (document.HasActions)
        {
            Column(64, 0);
            Column(0, 2);
        }

        var free = canvas.ContentWidth - fixedWidths.Sum();
        var weightSum = weights.Sum();
        var widths = new double[fixedWidths.Count];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = fixedWidths[i] + (free * weights[i] / weightSum);
        }

        var table = new PdfTable(canvas.Left, widths);
        var headingRows = periods.Count > 0 ? 2 : 1;
        var column = 0;
        foreach (var heading in leading)
        {
            table.Headings.Add(new PdfHeading(Glyphs.Clean(heading.ToUpperInvariant()), 0, column++, RowSpan: headingRows));
        }

        if (periods.Count > 0)
        {
            table.Headings.Add(new PdfHeading(Glyphs.Clean(document.PeriodGroup.ToUpperInvariant()), 0, column, ColumnSpan: periods.Count));
            foreach (var period in periods)
            {
                table.Headings.Add(new PdfHeading(Glyphs.Clean(period), 1, column++));
            }
        }

        foreach (var heading in trailing)
        {
            table.Headings.Add(new PdfHeading(Glyphs.Clean(heading.ToUpperInvariant()), 0, column++, RowSpan: headingRows));
        }

        Numbers(table, document.ColumnCount, headingRows);
        foreach (var row in document.Rows)
        {
            var cells = new PdfCell?[widths.Length];
            cells[0] = new PdfCell(Glyphs.Clean(row.GoalNumber), Align: CellAlign.Centre, Continued: !row.FirstOfGoal);
            cells[1] = new PdfCell(Glyphs.Clean(row.Goal), Continued: !row.FirstOfGoal);
            cells[2] = new PdfCell(Glyphs.Clean(row.Indicator), Continued: !row.FirstOfIndicator);
            cells[3] = new PdfCell(Glyphs.Clean(row.Target), Align: CellAlign.Centre, Continued: !row.FirstOfIndicator);
            if (document.HasActions)
            {
                cells[4] = new PdfCell(Glyphs.Clean(row.Action));
                cells[5] = new PdfCell(Glyphs.Clean(row.ActionTarget), Align: CellAlign.Centre);
                for (var p = 0; p < periods.Count; p++)
                {
                    var value = p < row.Periods.Count ? row.Periods[p] : string.Empty;
                    cells[6 + p] = value == DocumentSources.Mark
                        ? new PdfCell("v", Face.Bold, CellAlign.Centre, Mark)
                        : new PdfCell(Glyphs.Clean(value), Align: CellAlign.Centre, Size: PeriodValueSize);
                }

                cells[6 + periods.Count] = Amount(row.Ceiling, Face.Regular);
                cells[7 + periods.Count] = new PdfCell(Glyphs.Clean(row.Responsible));
            }

            table.Rows.Add(cells);
        }

        if (document.HasActions)
        {
            var span = leading.Count + periods.Count;
            var total = new PdfCell?[widths.Length];
            total[0] = new PdfCell("JUMLAH PAGU ANGGARAN", Face.Bold, CellAlign.Right, Span: span);
            total[span] = Amount(document.BudgetCeilingTotal, Face.Bold);
            total[span + 1] = Empty();
            table.Rows.Add(total);
        }

        return table;
    }

    private static void Numbers(PdfTable table, int count, int row)
    {
        for (var i = 0; i < count; i++)
        {
            table.Headings.Add(new PdfHeading("(" + (i + 1).ToString(CultureInfo.InvariantCulture) + ")", row, i, Size: 6.5, Bold: false));
        }
    }

    private static PdfTable Programs(PdfCanvas canvas, AgreementSource agreement)
    {
        var width = canvas.ContentWidth * 0.7;
        double[] widths = [26, 70, width - 26 - 70 - 90, 90];
        var table = new PdfTable(canvas.Left, widths);
        string[] headings = ["NO", "KODE", "PROGRAM", "ANGGARAN (Rp)"];
        for (var i = 0; i < headings.Length; i++)
        {
            table.Headings.Add(new PdfHeading(headings[i], 0, i));
        }

        var number = 1;
        foreach (var program in agreement.Programs)
        {
            table.Rows.Add(
            [
                new PdfCell(number++.ToString(CultureInfo.InvariantCulture), Align: CellAlign.Centre),
                new PdfCell(Glyphs.Clean(program.Code)),
                new PdfCell(Glyphs.Clean(program.Title)),
                Amount(program.Amount, Face.Regular),
            ]);
        }

        table.Rows.Add([new PdfCell("JUMLAH", Face.Bold, CellAlign.Right, Span: 3), null, null, Amount(agreement.ProgramsTotal, Face.Bold)]);
        return table;
    }

    private static void Agreement(PdfCanvas canvas, PlanDocument document, AgreementSource agreement)
    {
        Paragraph(canvas, "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:");
        Party(canvas, agreement.First);
        Mixed(canvas, "selanjutnya disebut ", "pihak pertama", ";");
        Party(canvas, agreement.Second);
        Mixed(canvas, "selaku atasan pihak pertama, selanjutnya disebut ", "pihak kedua", ".");
        Paragraph(canvas, "Pihak pertama berjanji akan mewujudkan target kinerja tahun " + document.Year.ToString(CultureInfo.InvariantCulture)
            + " sebagaimana tercantum dalam lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab pihak pertama.");
        Paragraph(canvas, "Pihak kedua akan melakukan supervisi yang diperlukan serta evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.");
        canvas.Y -= 6;
    }

    private static void Party(PdfCanvas canvas, PartySource party)
    {
        var x = canvas.Left + 24;
        foreach (var (label, value) in (ReadOnlySpan<(string, string)>)[("Nama", party.Name), ("Jabatan", party.Position)])
        {
            var lines = Glyphs.Wrap(Glyphs.Clean(value), Face.Regular, TextSize, canvas.ContentWidth - 90);
            Space(canvas, Math.Max(1, lines.Count) * TextSize * 1.35);
            var baseline = canvas.Y - TextSize;
            canvas.Text(label, Face.Regular, TextSize, x, baseline);
            canvas.Text(":", Face.Regular, TextSize, x + 50, baseline);
            foreach (var line in lines)
            {
                canvas.Text(line, Face.Regular, TextSize, x + 58, baseline);
                baseline -= TextSize * 1.35;
            }

            canvas.Y -= Math.Max(1, lines.Count) * TextSize * 1.35;
        }
    }

    /// <summary>One line with a bold phrase in it ("selanjutnya disebut <b>pihak pertama</b>;").</summary>
    private static void Mixed(PdfCanvas canvas, string before, string bold, string after)
    {
        Space(canvas, TextSize * 1.35);
        var baseline = canvas.Y - TextSize;
        var x = canvas.Left + 24;
        canvas.Text(before, Face.Regular, TextSize, x, baseline);
        x += Glyphs.Width(before, Face.Regular, TextSize);
        canvas.Text(bold, Face.Bold, TextSize, x, baseline);
        x += Glyphs.Width(bold, Face.Bold, TextSize);
        canvas.Text(after, Face.Regular, TextSize, x, baseline);
        canvas.Y -= TextSize * 1.35;
    }

    private static void Paragraph(PdfCanvas canvas, string text)
    {
        canvas.Y -= 3;
        foreach (var line in Glyphs.Wrap(Glyphs.Clean(text), Face.Regular, TextSize, canvas.ContentWidth))
        {
            Space(canvas, TextSize * 1.35);
            canvas.Text(line, Face.Regular, TextSize, canvas.Left, canvas.Y - TextSize);
            canvas.Y -= TextSize * 1.35;
        }
    }

    private static void Centred(PdfCanvas canvas, string text, Face face, double size)
    {
        foreach (var line in Glyphs.Wrap(Glyphs.Clean(text), face, size, canvas.ContentWidth))
        {
            Space(canvas, size * 1.3);
            canvas.TextCentred(line, face, size, canvas.Left, canvas.Right, canvas.Y - size);
            canvas.Y -= size * 1.3;
        }
    }

    private static void Space(PdfCanvas canvas, double height)
    {
        if (!canvas.Fits(height))
        {
            canvas.NewPage();
        }
    }

    private static void Letterhead(PdfCanvas canvas, LetterheadSource letterhead)
    {
        Centred(canvas, letterhead.Body, Face.Bold, 12);
        Centred(canvas, letterhead.Unit, Face.Bold, 12);
        if (letterhead.Address is { } address)
        {
            Centred(canvas, address, Face.Regular, 8);
        }

        if (letterhead.Contact is { } contact)
        {
            Centred(canvas, contact, Face.Regular, 8);
        }

        canvas.Y -= 3;
        canvas.Line(canvas.Left, canvas.Y, canvas.Right, canvas.Y, 1.6);
        canvas.Line(canvas.Left, canvas.Y - 2.4, canvas.Right, canvas.Y - 2.4, 0.6);
        canvas.Y -= 12;
    }

    private static void RkaHeader(PdfCanvas canvas, RkaDocument document)
    {
        Centred(canvas, "RENCANA KERJA ANGGARAN SATKER", Face.Bold, 9);
        Centred(canvas, "RENCANA KINERJA SATUAN KERJA", Face.Bold, 9);
        Centred(canvas, "TAHUN ANGGARAN " + document.Year.ToString(CultureInfo.InvariantCulture), Face.Bold, 9);
        var version = " (" + Glyphs.Clean(document.VersionLabel) + ")";
        var width = Glyphs.Width("BAGIAN-A", Face.Bold, 9) + Glyphs.Width(version, Face.Regular, 9);
        var x = ((canvas.Left + canvas.Right) / 2) - (width / 2);
        canvas.Text("BAGIAN-A", Face.Bold, 9, x, canvas.Y - 9);
        canvas.Text(version, Face.Regular, 9, x + Glyphs.Width("BAGIAN-A", Face.Bold, 9), canvas.Y - 9);
        canvas.Y -= 9 * 1.3 + 4;
        var header = document.Header;
        foreach (var (label, value) in (ReadOnlySpan<(string, string)>)[
            ("KEMEN/LEMB", header.Ministry), ("UNIT ORG", header.Unit), ("SATUAN KERJA", header.Satker), ("PROPINSI", header.Province ?? "–"), ("LOKASI", header.Location ?? "–")])
        {
            var baseline = canvas.Y - 8;
            canvas.Text(label, Face.Regular, 8, canvas.Left, baseline);
            canvas.Text(":", Face.Regular, 8, canvas.Left + 72, baseline);
            canvas.Text(Glyphs.Clean(value), Face.Regular, 8, canvas.Left + 80, baseline);
            canvas.Y -= 8 * 1.3;
        }

        canvas.Y -= 6;
    }

    private static void Signature(PdfCanvas canvas, SignatureSource signature)
    {
        List<string> above = [signature.PlaceAndDate];
        if (signature.Position is { } position)
        {
            above.Add(position);
        }

        if (signature.Organisation is { } organisation)
        {
            above.Add(organisation);
        }

        Signatures(canvas, [above], [signature.Name], [signature.Nip]);
    }

    /// <summary>
    /// Signature blocks side by side, the last one at the right margin: the lines above the signing space, the name
    /// bold and underlined, the NIP. The blocks stay together: a new page when they do not fit.
    /// </summary>
    private static void Signatures(PdfCanvas canvas, List<string>[] above, string[] names, string?[] nips)
    {
        const double Gap = 14;
        const double SigningSpace = 42;
        var leading = TextSize * 1.35;
        var blockWidth = canvas.ContentWidth * 0.34;
        var wrapped = new List<List<string>>();
        var aboveLines = 0;
        foreach (var lines in above)
        {
            var block = new List<string>();
            foreach (var line in lines)
            {
                var pieces = Glyphs.Wrap(Glyphs.Clean(line), Face.Regular, TextSize, blockWidth);
                block.AddRange(pieces.Count == 0 ? [string.Empty] : pieces);
            }

            wrapped.Add(block);
            aboveLines = Math.Max(aboveLines, block.Count);
        }

        var height = Gap + (aboveLines * leading) + SigningSpace + (2 * leading);
        if (!canvas.Fits(height))
        {
            canvas.NewPage();
        }

        var top = canvas.Y - Gap;
        for (var b = 0; b < wrapped.Count; b++)
        {
            var right = b == wrapped.Count - 1 ? canvas.Right : canvas.Left + blockWidth;
            var left = right - blockWidth;
            var baseline = top - TextSize;
            foreach (var line in wrapped[b])
            {
                if (line.Length > 0)
                {
                    canvas.TextCentred(line, Face.Regular, TextSize, left, right, baseline);
                }

                baseline -= leading;
            }

            baseline = top - (aboveLines * leading) - SigningSpace - TextSize;
            var name = Glyphs.Clean(names[b]);
            var nameWidth = Glyphs.Width(name, Face.Bold, TextSize);
            canvas.TextCentred(name, Face.Bold, TextSize, left, right, baseline);
            var start = ((left + right) / 2) - (nameWidth / 2);
            canvas.Line(start, baseline - 1.5, start + nameWidth, baseline - 1.5, 0.6);
            if (nips[b] is { } nip)
            {
                canvas.TextCentred("NIP. " + Glyphs.Clean(nip), Face.Regular, TextSize, left, right, baseline - leading);
            }
        }

        canvas.Y -= height;
    }

    private static PdfCell Amount(long? amount, Face face) =>
        new(amount is { } a ? IdFormat.Whole(a) : string.Empty, face, CellAlign.Right);

    private static PdfCell Empty() => new(string.Empty);

    /// <summary>Numbers the pages now that their count is known.</summary>
    private static byte[] Finish(PdfCanvas canvas, string title)
    {
        var count = canvas.PageCount.ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < canvas.PageCount; i++)
        {
            canvas.Select(i);
            canvas.TextRight("Halaman " + (i + 1).ToString(CultureInfo.InvariantCulture) + " dari " + count, Face.Regular, 7, canvas.Right, canvas.Bottom - 18);
        }

        return canvas.Build(title);
    }
}
