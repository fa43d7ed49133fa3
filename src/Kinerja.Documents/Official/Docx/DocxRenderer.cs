using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Kinerja.Domain.Common;
using WordPageSize = DocumentFormat.OpenXml.Wordprocessing.PageSize;

namespace Kinerja.Documents.Official.Docx;

/// <summary>
/// Writes the official documents as Word files with real tables, for offices that edit before signing: the header rows
/// repeat on every page, goal and indicator cells are merged as printed, and the file reads back through the importer.
/// </summary>
public static partial class DocxRenderer
{
    public static void Write(PlanDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var (page, body) = Start(options, document.Letterhead);

        body.Add(Text(document.Title, Align.Center, bold: true, size: 28));
        body.Add(Text("TAHUN " + document.Year.ToString(CultureInfo.InvariantCulture), Align.Center, bold: true, size: 24));
        body.Add(Text(document.EntityName.ToUpperInvariant(), Align.Center, bold: true, size: 24, after: 240));
        if (document.Agreement is { } agreement)
        {
            body.AddRange(AgreementStatement(agreement, document.Year));
        }

        body.Add(PlanTable(document, page));
        if (document.Agreement is { } programs)
        {
            body.Add(Text("Anggaran per program:", Align.Left, bold: true, before: 240, after: 120));
            body.Add(ProgramTable(programs, page));
            body.Add(Text(string.Empty, Align.Left));
            body.Add(PartiesSignatures(programs, document.Signature, document.Year, page));
        }
        else
        {
            body.Add(Text(string.Empty, Align.Left));
            body.AddRange(SignatureBlock(document.Signature, page));
        }

        Save(output, body, page, header: null);
    }

    public static void Write(RkaDocument document, DocumentOptions options, Stream output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var (page, body) = Start(options, document.Letterhead);

        body.Add(Text("RENCANA KERJA ANGGARAN SATKER", Align.Center, bold: true, size: 24));
        body.Add(Text("RENCANA KINERJA SATUAN KERJA", Align.Center, bold: true, size: 24));
        body.Add(Text("TAHUN ANGGARAN " + document.Year.ToString(CultureInfo.InvariantCulture), Align.Center, bold: true, size: 24, after: 120));
        body.Add(Text("BAGIAN-A", Align.Center, bold: true, size: 24, after: 240));
        body.AddRange(RkaIdentity(document.Header, size: 20));
        body.Add(Text(string.Empty, Align.Left));
        body.Add(RkaTable(document, page));
        body.Add(Text(string.Empty, Align.Left));
        body.AddRange(SignatureBlock(document.Signature, page));

        // The first page shows the identity block in its body (where the importer reads it); later pages get it in the page header.
        var header = RkaIdentity(document.Header, size: 16).Append(Text(string.Empty, Align.Left, size: 8)).ToList();
        Save(output, body, page, header);
    }

    private enum Align
    {
        Left,
        Center,
        Right,
        Both,
    }

    /// <summary>Landscape page and margins in twips (1/1440 inch); the table fills the width between the margins.</summary>
    private sealed class PageGeometry(PaperSize paper)
    {
        public uint Width { get; } = paper == PaperSize.F4 ? Twips(330) : 16838u;

        public uint Height { get; } = paper == PaperSize.F4 ? Twips(215) : 11906u;

        /// <summary>2 cm left and right leaves a table wide enough for twelve month columns; 1.5 cm top and bottom keeps rows per page.</summary>
        public const uint SideMargin = 720;

        public const int VerticalMargin = 851;

        public int TextWidth => (int)(Width - (2 * SideMargin));

        private static uint Twips(double millimetres) => (uint)Math.Round(millimetres * 1440 / 25.4);
    }

    private static void Save(Stream output, List<OpenXmlElement> body, PageGeometry page, List<Paragraph>? header)
    {
        // The package is built in memory: OpenXml needs a seekable stream and the caller's may be a response body.
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            AddStyles(main);
            var section = new SectionProperties();
            if (header is not null)
            {
                var first = main.AddNewPart<HeaderPart>();
                first.Header = new Header(Text(string.Empty, Align.Left));
                var rest = main.AddNewPart<HeaderPart>();
                rest.Header = new Header(header);
                section.Append(
                    new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(rest) },
                    new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) });
            }

            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(PageNumber());
            section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            if (header is not null)
            {
                var firstFooter = main.AddNewPart<FooterPart>();
                firstFooter.Footer = new Footer(PageNumber());
                section.Append(new FooterReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(firstFooter) });
            }

            section.Append(
                new WordPageSize { Width = page.Width, Height = page.Height, Orient = PageOrientationValues.Landscape },
                new PageMargin { Top = PageGeometry.VerticalMargin, Bottom = PageGeometry.VerticalMargin, Left = PageGeometry.SideMargin, Right = PageGeometry.SideMargin, Header = 425, Footer = 425, Gutter = 0 });
            if (header is not null)
            {
                section.Append(new TitlePage());
            }

            main.Document = new Document(new Body(body.Append(section)));
            main.Document.Save();
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>Arial 10 pt, no spacing between paragraphs, Indonesian proofing: what the offices' own templates use.</summary>
    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "20" },
                    new FontSizeComplexScript { Val = "20" },
                    new Languages { Val = "id-ID" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true });
        styles.Styles.Save();
    }

    private static Paragraph PageNumber() =>
        new(
            new ParagraphProperties(new Justification { Val = JustificationValues.Right }),
            new Run(new RunProperties(new FontSize { Val = "16" }), new Text("Halaman ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new RunProperties(new FontSize { Val = "16" }), new Text("1"))) { Instruction = " PAGE " });

    /// <summary>Every document's start: its page, and a body opened by the letterhead when the options ask for one.</summary>
    private static (PageGeometry Page, List<OpenXmlElement> Body) Start(DocumentOptions options, LetterheadSource letterhead)
    {
        var body = new List<OpenXmlElement>();
        if (options.Letterhead)
        {
            body.AddRange(Letterhead(letterhead));
        }

        return (new PageGeometry(options.Paper), body);
    }

    private static List<Paragraph> Letterhead(LetterheadSource head)
    {
        var lines = new List<Paragraph>
        {
            Text(head.Body, Align.Center, bold: true, size: 28),
            Text(head.Unit, Align.Center, bold: true, size: 28),
        };
        if (head.Address is { Length: > 0 } address)
        {
            lines.Add(Text(address, Align.Center, size: 18));
        }

        if (head.Contact is { Length: > 0 } contact)
        {
            lines.Add(Text(contact, Align.Center, size: 18));
        }

        // The kop ends in the customary thick-over-thin rule under its last line.
        var last = lines[^1].ParagraphProperties!;
        last.InsertAt(new ParagraphBorders(new BottomBorder { Val = BorderValues.ThickThinSmallGap, Size = 18, Space = 1, Color = "000000" }), 0);
        last.GetFirstChild<SpacingBetweenLines>()!.After = "240";
        return lines;
    }

    private static IEnumerable<Paragraph> AgreementStatement(AgreementSource agreement, int year)
    {
        yield return Text(
            "Sebagai wujud komitmen untuk menjalankan pemerintahan yang efektif, transparan dan akuntabel, yang berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
            Align.Both,
            after: 120);
        foreach (var line in Party(agreement.First))
        {
            yield return line;
        }

        yield return Text("selanjutnya disebut pihak pertama;", Align.Left, after: 120, indent: 567);
        foreach (var line in Party(agreement.Second))
        {
            yield return line;
        }

        yield return Text("sebagai atasan langsung pihak pertama, selanjutnya disebut pihak kedua.", Align.Left, after: 120, indent: 567);
        yield return Text(
            $"Pihak pertama menyanggupi untuk mencapai target kinerja tahun {year.ToString(CultureInfo.InvariantCulture)} yang tercantum dalam lampiran perjanjian ini, sebagai bagian dari sasaran jangka menengah yang telah ditetapkan dalam dokumen perencanaan, dan bertanggung jawab atas tercapai atau tidaknya target tersebut.",
            Align.Both,
            after: 120);
        yield return Text(
            "Pihak kedua memberikan arahan dan pengawasan yang diperlukan, menilai capaian kinerja berdasarkan perjanjian ini, serta menindaklanjuti hasil penilaian tersebut dengan penghargaan atau sanksi sesuai ketentuan.",
            Align.Both,
            after: 240);
    }

    private static IEnumerable<Paragraph> Party(PartySource party)
    {
        yield return Labelled("Nama", party.Name);
        yield return Labelled("Jabatan", party.Position);
        if (party.Nip is { Length: > 0 } nip)
        {
            yield return Labelled("NIP", nip);
        }
    }

    /// <summary>"Nama : …" with the colons aligned on a tab stop, indented under the opening sentence.</summary>
    private static Paragraph Labelled(string label, string value) =>
        new(
            new ParagraphProperties(
                new Tabs(new TabStop { Val = TabStopValues.Left, Position = 2268 }),
                new SpacingBetweenLines { After = "0" },
                new Indentation { Left = "567" }),
            new Run(new Text(label)),
            new Run(new TabChar()),
            new Run(new Text(": " + value) { Space = SpaceProcessingModeValues.Preserve }));

    private static Table PlanTable(PlanDocument document, PageGeometry page)
    {
        var periods = document.PeriodLabels.Count;
        var leading = document.LeadingColumns;
        var trailing = document.TrailingColumns;
        var widths = PlanWidths(document, page.TextWidth);
        var size = periods > 4 ? 16 : 18;
        var table = NewTable(widths, borders: true);

        if (periods > 0)
        {
            // Two heading rows: the period group spans its columns, every other heading spans both rows.
            var top = HeaderRow();
            for (var c = 0; c < leading.Count; c++)
            {
                top.Append(Cell(widths[c], [Text(leading[c], Align.Center, bold: true, size: size)], vMerge: MergedCellValues.Restart, header: true));
            }

            top.Append(Cell(widths.Skip(leading.Count).Take(periods).Sum(), [Text(document.PeriodGroup, Align.Center, bold: true, size: size)], span: periods, header: true));
            for (var c = 0; c < trailing.Count; c++)
            {
                top.Append(Cell(widths[leading.Count + periods + c], [Text(trailing[c], Align.Center, bold: true, size: size)], vMerge: MergedCellValues.Restart, header: true));
            }

            var second = HeaderRow();
            for (var c = 0; c < widths.Length; c++)
            {
                var isPeriod = c >= leading.Count && c < leading.Count + periods;
                second.Append(isPeriod
                    ? Cell(widths[c], [Text(document.PeriodLabels[c - leading.Count], Align.Center, bold: true, size: size)], header: true)
                    : Cell(widths[c], [Text(string.Empty, Align.Center, size: size)], vMerge: MergedCellValues.Continue, header: true));
            }

            table.Append(top, second);
        }
        else
        {
            var row = HeaderRow();
            for (var c = 0; c < leading.Count; c++)
            {
                row.Append(Cell(widths[c], [Text(leading[c], Align.Center, bold: true, size: size)], header: true));
            }

            table.Append(row);
        }

        table.Append(NumbersRow(widths, size));
        foreach (var source in document.Rows)
        {
            var row = BodyRow(source.Goal.Length + source.Indicator.Length + (source.Action?.Length ?? 0));
            var goal = Merge(source.FirstOfGoal, source.GoalSpan);
            var indicator = Merge(source.FirstOfIndicator, source.IndicatorSpan);
            row.Append(
                Cell(widths[0], [Text(source.FirstOfGoal ? source.GoalNumber : string.Empty, Align.Center, size: size)], vMerge: goal),
                Cell(widths[1], [Text(source.FirstOfGoal ? source.Goal : string.Empty, Align.Left, size: size)], vMerge: goal),
                Cell(widths[2], [Text(source.FirstOfIndicator ? source.Indicator : string.Empty, Align.Left, size: size)], vMerge: indicator),
                Cell(widths[3], [Text(source.FirstOfIndicator ? source.Target : string.Empty, Align.Center, size: size)], vMerge: indicator));
            if (document.HasActions)
            {
                row.Append(
                    Cell(widths[4], [Text(source.Action ?? string.Empty, Align.Left, size: size)]),
                    Cell(widths[5], [Text(source.ActionTarget ?? string.Empty, Align.Center, size: size)]));
                for (var p = 0; p < periods; p++)
                {
                    var mark = p < source.Periods.Count ? source.Periods[p] : string.Empty;
                    row.Append(Cell(widths[leading.Count + p], [Text(mark, Align.Center, size: size)]));
                }

                row.Append(
                    Cell(widths[^2], [Text(source.Ceiling is { } ceiling ? IdFormat.Whole(ceiling) : string.Empty, Align.Right, size: size)]),
                    Cell(widths[^1], [Text(source.Responsible ?? string.Empty, Align.Left, size: size)]));
            }

            table.Append(row);
        }

        if (document.HasActions)
        {
            table.Append(PlanTotalRow(document, widths, size));
        }

        return table;
    }

    /// <summary>
    /// The "Jumlah" row: one cell over everything before the pagu column, the label beside the total. The importer reads
    /// a merged cell's text at its first grid column, under "No", where it takes "Jumlah" for the total row.
    /// </summary>
    private static TableRow PlanTotalRow(PlanDocument document, int[] widths, int size)
    {
        var span = widths.Length - 2;
        var row = BodyRow(0);
        row.Append(
            Cell(widths.Take(span).Sum(), [Text("Jumlah", Align.Right, bold: true, size: size)], span: span),
            Cell(widths[^2], [Text(IdFormat.Whole(document.BudgetCeilingTotal), Align.Right, bold: true, size: size)]),
            Cell(widths[^1], [Text(string.Empty, Align.Left, size: size)]));
        return row;
    }

    /// <summary>Schedule, target, number and money columns get fixed narrow widths; the text columns share the rest.</summary>
    private static int[] PlanWidths(PlanDocument document, int total)
    {
        var periods = document.PeriodLabels.Count;
        if (!document.HasActions)
        {
            // No · Sasaran · Indikator · Target
            return Share(total, [(600, 0), (0, 5), (0, 5), (1800, 0)]);
        }

        // Wide enough for "B12" and "(16)" on one line at the table's 8 pt.
        var period = periods > 4 ? 500 : 680;
        var columns = new List<(int Fixed, int Weight)> { (450, 0), (0, 3), (0, 3), (800, 0), (0, 3), (800, 0) };
        columns.AddRange(Enumerable.Repeat((period, 0), periods));
        columns.Add((1400, 0));
        columns.Add((1100, 1));
        return Share(total, columns);
    }

    private static int[] Share(int total, IReadOnlyList<(int Fixed, int Weight)> columns)
    {
        var free = Math.Max(total - columns.Sum(c => c.Fixed), 0);
        var weights = columns.Sum(c => c.Weight);
        var widths = columns.Select(c => c.Fixed + (weights == 0 ? 0 : free * c.Weight / weights)).ToArray();
        // Rounding leftovers go to the last text column, so the table fills the width exactly.
        var weighted = columns.Select((c, i) => c.Weight > 0 ? i : -1).Max();
        widths[weighted >= 0 ? weighted : widths.Length - 1] += total - widths.Sum();
        return widths;
    }

    private static Table ProgramTable(AgreementSource agreement, PageGeometry page)
    {
        var widths = Share(page.TextWidth, [(600, 0), (2000, 0), (0, 1), (2400, 0)]);
        var table = NewTable(widths, borders: true);
        var header = HeaderRow();
        string[] headings = ["No", "Kode", "Program", "Anggaran (Rp)"];
        for (var c = 0; c < headings.Length; c++)
        {
            header.Append(Cell(widths[c], [Text(headings[c], Align.Center, bold: true, size: 18)], header: true));
        }

        table.Append(header);
        for (var i = 0; i < agreement.Programs.Count; i++)
        {
            var program = agreement.Programs[i];
            var row = BodyRow(program.Title.Length);
            row.Append(
                Cell(widths[0], [Text((i + 1).ToString(CultureInfo.InvariantCulture), Align.Center, size: 18)]),
                Cell(widths[1], [Text(program.Code, Align.Left, size: 18)]),
                Cell(widths[2], [Text(program.Title, Align.Left, size: 18)]),
                Cell(widths[3], [Text(IdFormat.Whole(program.Amount), Align.Right, size: 18)]));
            table.Append(row);
        }

        var total = BodyRow(0);
        total.Append(
            Cell(widths[0] + widths[1] + widths[2], [Text("Jumlah", Align.Right, bold: true, size: 18)], span: 3),
            Cell(widths[3], [Text(IdFormat.Whole(agreement.ProgramsTotal), Align.Right, bold: true, size: 18)]));
        table.Append(total);
        return table;
    }

    /// <summary>Pihak kedua on the left, pihak pertama on the right, each with room to sign; the date stands over the first party.</summary>
    private static Table PartiesSignatures(AgreementSource agreement, SignatureSource? signature, int year, PageGeometry page)
    {
        var half = page.TextWidth / 2;
        var table = NewTable([half, page.TextWidth - half], borders: false);
        var placeAndDate = signature?.PlaceAndDate ?? $"……………, ……………………… {year.ToString(CultureInfo.InvariantCulture)}";
        var row = new TableRow(new TableRowProperties(new CantSplit()));
        row.Append(
            Cell(half, PartyBlock(string.Empty, "PIHAK KEDUA,", agreement.Second), borders: false),
            Cell(page.TextWidth - half, PartyBlock(placeAndDate, "PIHAK PERTAMA,", agreement.First), borders: false));
        table.Append(row);
        return table;
    }

    private static List<Paragraph> PartyBlock(string placeAndDate, string role, PartySource party)
    {
        var lines = new List<Paragraph>
        {
            Text(placeAndDate, Align.Center),
            Text(role, Align.Center, bold: true),
            Text(party.Position, Align.Center),
            Text(string.Empty, Align.Center),
            Text(string.Empty, Align.Center),
            Text(string.Empty, Align.Center),
            Text(party.Name, Align.Center, bold: true, underline: true),
        };
        if (party.Nip is { Length: > 0 } nip)
        {
            lines.Add(Text("NIP. " + nip, Align.Center));
        }

        return lines;
    }

    /// <summary>
    /// The signature block as paragraphs indented to the right third of the page rather than as a table cell: the
    /// importer reads a signature from lines outside tables, so the signed file imports with its signatory.
    /// </summary>
    private static IEnumerable<Paragraph> SignatureBlock(SignatureSource? signature, PageGeometry page)
    {
        if (signature is null)
        {
            yield break;
        }

        var indent = page.TextWidth * 3 / 5;
        var lines = new List<Paragraph> { Text(signature.PlaceAndDate, Align.Center, indent: indent) };
        if (signature.Position is { Length: > 0 } position)
        {
            lines.Add(Text(position, Align.Center, indent: indent));
        }

        if (signature.Organisation is { Length: > 0 } organisation)
        {
            lines.Add(Text(organisation, Align.Center, indent: indent));
        }

        lines.AddRange(Enumerable.Range(0, 3).Select(_ => Text(string.Empty, Align.Center, indent: indent)));
        lines.Add(Text(signature.Name, Align.Center, bold: true, underline: true, indent: indent));
        if (signature.Nip is { Length: > 0 } nip)
        {
            lines.Add(Text("NIP. " + nip, Align.Center, indent: indent));
        }

        // Keep the block on one page: every line but the last keeps with the next.
        for (var i = 0; i < lines.Count; i++)
        {
            if (i < lines.Count - 1)
            {
                lines[i].ParagraphProperties!.InsertAt(new KeepNext(), 0);
            }

            yield return lines[i];
        }
    }

    private static IEnumerable<Paragraph> RkaIdentity(RkaHeader header, int size)
    {
        var lines = new List<(string Label, string? Value)>
        {
            ("KEMEN/LEMB", header.Ministry),
            ("UNIT ORG", header.Unit),
            ("SATUAN KERJA", header.Satker),
            ("PROPINSI", header.Province),
            ("LOKASI", header.Location),
        };
        foreach (var (label, value) in lines.Where(l => !string.IsNullOrEmpty(l.Value)))
        {
            yield return new Paragraph(
                new ParagraphProperties(new Tabs(new TabStop { Val = TabStopValues.Left, Position = 1701 })),
                new Run(new RunProperties(new FontSize { Val = Size(size) }), new Text(label)),
                new Run(new RunProperties(new FontSize { Val = Size(size) }), new TabChar()),
                new Run(new RunProperties(new FontSize { Val = Size(size) }), new Text(": " + value) { Space = SpaceProcessingModeValues.Preserve }));
        }
    }

    private static Table RkaTable(RkaDocument document, PageGeometry page)
    {
        var columns = RkaDocument.Columns;
        var widths = Share(page.TextWidth, [(1700, 0), (0, 1), (1500, 0), (1900, 0), (1900, 0), (1900, 0)]);
        const int size = 18;
        var table = NewTable(widths, borders: true);
        var top = HeaderRow();
        top.Append(
            Cell(widths[0], [Text(columns[0], Align.Center, bold: true, size: size)], vMerge: MergedCellValues.Restart, header: true),
            Cell(widths[1], [Text(columns[1], Align.Center, bold: true, size: size)], vMerge: MergedCellValues.Restart, header: true),
            Cell(widths.Skip(2).Sum(), [Text("Alokasi Anggaran T.A " + document.Year.ToString(CultureInfo.InvariantCulture), Align.Center, bold: true, size: size)], span: 4, header: true));
        var second = HeaderRow();
        second.Append(
            Cell(widths[0], [Text(string.Empty, Align.Center, size: size)], vMerge: MergedCellValues.Continue, header: true),
            Cell(widths[1], [Text(string.Empty, Align.Center, size: size)], vMerge: MergedCellValues.Continue, header: true));
        for (var c = 2; c < columns.Count; c++)
        {
            second.Append(Cell(widths[c], [Text(columns[c], Align.Center, bold: true, size: size)], header: true));
        }

        table.Append(top, second, NumbersRow(widths, size));
        foreach (var source in document.Rows)
        {
            var strong = source.Kind is RkaRowKind.Program or RkaRowKind.Activity;
            var label = source.Kind == RkaRowKind.Label;
            var row = BodyRow(source.Text.Length);
            row.Append(
                Cell(widths[0], [Text(source.Code, Align.Left, bold: strong, size: size)]),
                Cell(widths[1], [Text(source.Text, Align.Left, bold: strong || label, italic: label, size: size, indent: Math.Max(source.Depth, 0) * 227)]),
                Cell(widths[2], [Text(source.Volume ?? string.Empty, Align.Center, size: size)]),
                Cell(widths[3], [Text(Amount(source.Baseline), Align.Right, bold: strong, size: size)]),
                Cell(widths[4], [Text(Amount(source.NewInitiative), Align.Right, bold: strong, size: size)]),
                Cell(widths[5], [Text(Amount(source.Total), Align.Right, bold: strong, size: size)]));
            table.Append(row);
        }

        var total = BodyRow(0);
        total.Append(
            Cell(widths[0] + widths[1] + widths[2], [Text("JUMLAH", Align.Center, bold: true, size: size)], span: 3),
            Cell(widths[3], [Text(string.Empty, Align.Right, size: size)]),
            Cell(widths[4], [Text(string.Empty, Align.Right, size: size)]),
            Cell(widths[5], [Text(IdFormat.Whole(document.Total), Align.Right, bold: true, size: size)]));
        table.Append(total);
        return table;
    }

    private static string Amount(long? value) => value is { } v ? IdFormat.Whole(v) : string.Empty;

    private static MergedCellValues? Merge(bool first, int span) =>
        first ? (span > 1 ? MergedCellValues.Restart : null) : MergedCellValues.Continue;

    private static Table NewTable(int[] widths, bool borders)
    {
        var properties = new TableProperties(
            new TableWidth { Width = widths.Sum().ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        properties.Append(borders
            ? new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new RightBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" },
                new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "000000" })
            : new TableBorders(
                new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil },
                new InsideHorizontalBorder { Val = BorderValues.Nil },
                new InsideVerticalBorder { Val = BorderValues.Nil }));

        // Fixed layout: Word keeps the widths given instead of re-measuring long texts, so the schedule stays narrow.
        properties.Append(
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableCellMarginDefault(
                new TopMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = 70, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = "28", Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = 70, Type = TableWidthValues.Dxa }));
        return new Table(properties, new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
    }

    private static TableRow HeaderRow() => new(new TableRowProperties(new CantSplit(), new TableHeader()));

    /// <summary>A body row stays whole on its page unless its text is long enough to need more than a page.</summary>
    private static TableRow BodyRow(int textLength) =>
        textLength < 1200 ? new TableRow(new TableRowProperties(new CantSplit())) : new TableRow();

    /// <summary>The "(1) (2) …" row under the headings, repeated with them on every page.</summary>
    private static TableRow NumbersRow(int[] widths, int size)
    {
        var row = HeaderRow();
        for (var c = 0; c < widths.Length; c++)
        {
            row.Append(Cell(widths[c], [Text($"({(c + 1).ToString(CultureInfo.InvariantCulture)})", Align.Center, size: size - 2)], header: true));
        }

        return row;
    }

    private static TableCell Cell(
        int width,
        IEnumerable<Paragraph> paragraphs,
        int span = 1,
        MergedCellValues? vMerge = null,
        bool header = false,
        bool borders = true)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (vMerge is { } merge)
        {
            properties.Append(new VerticalMerge { Val = merge });
        }

        if (!borders)
        {
            properties.Append(new TableCellBorders(
                new TopBorder { Val = BorderValues.Nil },
                new LeftBorder { Val = BorderValues.Nil },
                new BottomBorder { Val = BorderValues.Nil },
                new RightBorder { Val = BorderValues.Nil }));
        }

        if (header)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = "E7E6E6" });
        }

        properties.Append(new TableCellVerticalAlignment { Val = header ? TableVerticalAlignmentValues.Center : TableVerticalAlignmentValues.Top });
        var cell = new TableCell(properties);
        cell.Append(paragraphs);
        return cell;
    }

    private static Paragraph Text(
        string text,
        Align align,
        bool bold = false,
        bool italic = false,
        bool underline = false,
        int size = 20,
        int before = 0,
        int after = 0,
        int indent = 0)
    {
        var properties = new ParagraphProperties(new SpacingBetweenLines
        {
            Before = before.ToString(CultureInfo.InvariantCulture),
            After = after.ToString(CultureInfo.InvariantCulture),
        });
        if (indent > 0)
        {
            properties.Append(new Indentation { Left = indent.ToString(CultureInfo.InvariantCulture) });
        }

        properties.Append(new Justification
        {
            Val = align switch
            {
                Align.Center => JustificationValues.Center,
                Align.Right => JustificationValues.Right,
                Align.Both => JustificationValues.Both,
                _ => JustificationValues.Left,
            },
        });
        var paragraph = new Paragraph(properties);
        if (text.Length == 0)
        {
            return paragraph;
        }

        var run = new RunProperties();
        if (bold)
        {
            run.Append(new Bold());
        }

        if (italic)
        {
            run.Append(new Italic());
        }

        run.Append(new FontSize { Val = Size(size) }, new FontSizeComplexScript { Val = Size(size) });
        if (underline)
        {
            run.Append(new Underline { Val = UnderlineValues.Single });
        }

        // Line breaks inside a text (a goal written on two lines) stay line breaks in Word.
        var parts = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var content = new Run(run);
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                content.Append(new Break());
            }

            content.Append(new Text(parts[i]) { Space = SpaceProcessingModeValues.Preserve });
        }

        paragraph.Append(content);
        return paragraph;
    }

    private static string Size(int halfPoints) => halfPoints.ToString(CultureInfo.InvariantCulture);
}
