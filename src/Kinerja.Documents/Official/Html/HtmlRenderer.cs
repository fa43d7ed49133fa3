using System.Globalization;
using System.Net;
using System.Text;
using Kinerja.Domain.Common;

namespace Kinerja.Documents.Official.Html;

/// <summary>
/// The official documents as one self-contained HTML page each (no scripts, no external files): the on-screen preview
/// and, printed by Chromium, the PDF. Header rows sit in &lt;thead&gt; so they repeat on every printed page; totals stay in
/// the body.
/// </summary>
public static partial class HtmlRenderer
{
    public static string Render(PlanDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var html = new StringBuilder(16 * 1024);
        Open(html, $"{document.Title} {document.Year} – {document.EntityName}", options);
        if (options.Letterhead)
        {
            Letterhead(html, document.Letterhead);
        }

        html.Append("<header class=\"title\"><h1>").Append(E(document.Title)).Append("</h1><p>TAHUN ").Append(document.Year.ToString(CultureInfo.InvariantCulture))
            .Append("</p><p>").Append(E(document.EntityName.ToUpperInvariant())).Append("</p></header>");
        if (document.Agreement is { } agreement)
        {
            Agreement(html, document, agreement);
        }

        PlanTable(html, document);
        if (document.Agreement is { } withBudget)
        {
            Programs(html, withBudget);
            html.Append("<div class=\"signatures two\">");
            Party(html, "PIHAK KEDUA", withBudget.Second, null);
            Party(html, "PIHAK PERTAMA", withBudget.First, document.Signature?.PlaceAndDate);
            html.Append("</div>");
        }
        else if (document.Signature is { } signature)
        {
            Signature(html, signature);
        }

        return Close(html);
    }

    public static string Render(RkaDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var html = new StringBuilder(32 * 1024);
        // One class per depth in the stylesheet rather than a style attribute per row: the served preview's policy allows
        // the document's stylesheet and no inline declaration.
        var indents = string.Concat(document.Rows.Select(r => r.Depth).Distinct().Order().Select(depth =>
            $"td.d{depth.ToString(CultureInfo.InvariantCulture)}{{padding-left:{(0.3 + (depth * 0.8)).ToString("0.0", CultureInfo.InvariantCulture)}em}}"));
        Open(html, $"RKA Satker Bagian A {document.Year} – {document.UnitName}", options, indents);
        html.Append("<table class=\"rka\"><colgroup><col class=\"code\"><col class=\"text\"><col class=\"volume\"><col class=\"amount\"><col class=\"amount\"><col class=\"amount\"></colgroup><thead>");

        // The title and the header block are part of the table head so that Chromium repeats them on every page, as the RKA prints them.
        html.Append("<tr class=\"block\"><th colspan=\"6\"><div class=\"rka-title\"><strong>RENCANA KERJA ANGGARAN SATKER<br>RENCANA KINERJA SATUAN KERJA<br>TAHUN ANGGARAN ")
            .Append(document.Year.ToString(CultureInfo.InvariantCulture)).Append("</strong><br><strong>BAGIAN-A</strong> <span class=\"version\">(")
            .Append(E(document.VersionLabel)).Append(")</span></div><table class=\"header-block\">");
        Field(html, "KEMEN/LEMB", document.Header.Ministry);
        Field(html, "UNIT ORG", document.Header.Unit);
        Field(html, "SATUAN KERJA", document.Header.Satker);
        Field(html, "PROPINSI", document.Header.Province ?? "–");
        Field(html, "LOKASI", document.Header.Location ?? "–");
        html.Append("</table></th></tr>");
        html.Append("<tr><th rowspan=\"2\">KODE</th><th rowspan=\"2\">").Append(E(RkaDocument.Columns[1].ToUpperInvariant()))
            .Append("</th><th colspan=\"4\">ALOKASI ANGGARAN T.A ").Append(document.Year.ToString(CultureInfo.InvariantCulture)).Append("</th></tr><tr>");
        foreach (var heading in RkaDocument.Columns.Skip(2))
        {
            html.Append("<th>").Append(E(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr><tr class=\"numbers\">");
        for (var i = 1; i <= 6; i++)
        {
            html.Append("<th>(").Append(i.ToString(CultureInfo.InvariantCulture)).Append(")</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in document.Rows)
        {
            var kind = row.Kind.ToString().ToLowerInvariant();
            html.Append("<tr class=\"").Append(kind).Append("\"><td class=\"code\">").Append(E(row.Code)).Append("</td><td class=\"d")
                .Append(row.Depth.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(row.Text)).Append("</td><td>")
                .Append(E(row.Volume ?? string.Empty)).Append("</td>");
            Amount(html, row.Baseline);
            Amount(html, row.NewInitiative);
            Amount(html, row.Total);
            html.Append("</tr>");
        }

        html.Append("<tr class=\"total\"><td></td><td>JUMLAH</td><td></td><td></td><td></td>");
        Amount(html, document.Total);
        html.Append("</tr></tbody></table>");
        if (document.Signature is { } signature)
        {
            Signature(html, signature);
        }

        return Close(html);
    }

    private static void PlanTable(StringBuilder html, PlanDocument document)
    {
        var periods = document.PeriodLabels;
        var twoRows = periods.Count > 0;
        html.Append("<table class=\"plan ").Append(document.HasActions ? "rak" : "rkt").Append(periods.Count > 4 ? " monthly" : string.Empty).Append("\"><thead><tr>");
        foreach (var heading in document.LeadingColumns)
        {
            html.Append(twoRows ? "<th rowspan=\"2\">" : "<th>").Append(E(heading.ToUpperInvariant())).Append("</th>");
        }

        if (twoRows)
        {
            html.Append("<th colspan=\"").Append(periods.Count.ToString(CultureInfo.InvariantCulture)).Append("\">").Append(E(document.PeriodGroup.ToUpperInvariant())).Append("</th>");
        }

        foreach (var heading in document.TrailingColumns)
        {
            html.Append(twoRows ? "<th rowspan=\"2\">" : "<th>").Append(E(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr>");
        if (twoRows)
        {
            html.Append("<tr>");
            foreach (var period in periods)
            {
                html.Append("<th class=\"period\">").Append(E(period)).Append("</th>");
            }

            html.Append("</tr>");
        }

        html.Append("<tr class=\"numbers\">");
        for (var i = 1; i <= document.ColumnCount; i++)
        {
            html.Append("<th>(").Append(i.ToString(CultureInfo.InvariantCulture)).Append(")</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in document.Rows)
        {
            html.Append("<tr>");
            if (row.FirstOfGoal)
            {
                var span = row.GoalSpan.ToString(CultureInfo.InvariantCulture);
                html.Append("<td class=\"no\" rowspan=\"").Append(span).Append("\">").Append(E(row.GoalNumber)).Append("</td><td rowspan=\"").Append(span).Append("\">").Append(E(row.Goal)).Append("</td>");
            }

            if (row.FirstOfIndicator)
            {
                var span = row.IndicatorSpan.ToString(CultureInfo.InvariantCulture);
                html.Append("<td rowspan=\"").Append(span).Append("\">").Append(E(row.Indicator)).Append("</td><td class=\"target\" rowspan=\"").Append(span).Append("\">").Append(E(row.Target)).Append("</td>");
            }

            if (document.HasActions)
            {
                html.Append("<td>").Append(E(row.Action ?? string.Empty)).Append("</td><td class=\"target\">").Append(E(row.ActionTarget ?? string.Empty)).Append("</td>");
                foreach (var cell in row.Periods)
                {
                    html.Append(cell.Length == 0 ? "<td class=\"period\"></td>" : cell == DocumentSources.Mark ? "<td class=\"period mark\">■</td>" : "<td class=\"period value\">" + E(cell) + "</td>");
                }

                Amount(html, row.Ceiling);
                html.Append("<td>").Append(E(row.Responsible ?? string.Empty)).Append("</td>");
            }

            html.Append("</tr>");
        }

        if (document.HasActions)
        {
            html.Append("<tr class=\"total\"><td colspan=\"").Append((document.LeadingColumns.Count + periods.Count).ToString(CultureInfo.InvariantCulture)).Append("\">JUMLAH PAGU ANGGARAN</td>");
            Amount(html, document.BudgetCeilingTotal);
            html.Append("<td></td></tr>");
        }

        html.Append("</tbody></table>");
    }

    private static void Agreement(StringBuilder html, PlanDocument document, AgreementSource agreement)
    {
        html.Append("<section class=\"agreement\"><p>Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:</p><table class=\"parties\">");
        PartyLines(html, agreement.First);
        html.Append("<tr><td colspan=\"3\">selanjutnya disebut <strong>pihak pertama</strong>;</td></tr>");
        PartyLines(html, agreement.Second);
        html.Append("<tr><td colspan=\"3\">selaku atasan pihak pertama, selanjutnya disebut <strong>pihak kedua</strong>.</td></tr></table>")
            .Append("<p>Pihak pertama berjanji akan mewujudkan target kinerja tahun ").Append(document.Year.ToString(CultureInfo.InvariantCulture))
            .Append(" sebagaimana tercantum dalam lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja tersebut menjadi tanggung jawab pihak pertama.</p>")
            .Append("<p>Pihak kedua akan melakukan supervisi yang diperlukan serta evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan dalam rangka pemberian penghargaan dan sanksi.</p></section>");
    }

    private static void PartyLines(StringBuilder html, PartySource party)
    {
        html.Append("<tr><td>Nama</td><td>:</td><td>").Append(E(party.Name)).Append("</td></tr><tr><td>Jabatan</td><td>:</td><td>").Append(E(party.Position)).Append("</td></tr>");
    }

    private static void Programs(StringBuilder html, AgreementSource agreement)
    {
        html.Append("<table class=\"programs\"><thead><tr><th>NO</th><th>KODE</th><th>PROGRAM</th><th>ANGGARAN (Rp)</th></tr></thead><tbody>");
        var number = 1;
        foreach (var program in agreement.Programs)
        {
            html.Append("<tr><td class=\"no\">").Append(number++.ToString(CultureInfo.InvariantCulture)).Append("</td><td>").Append(E(program.Code)).Append("</td><td>").Append(E(program.Title)).Append("</td>");
            Amount(html, program.Amount);
            html.Append("</tr>");
        }

        html.Append("<tr class=\"total\"><td colspan=\"3\">JUMLAH</td>");
        Amount(html, agreement.ProgramsTotal);
        html.Append("</tr></tbody></table>");
    }

    private static void Party(StringBuilder html, string label, PartySource party, string? placeAndDate)
    {
        html.Append("<div class=\"signature\"><p>").Append(E(placeAndDate ?? "\u00A0")).Append("</p><p>").Append(label).Append("</p><p>").Append(E(party.Position))
            .Append("</p><p class=\"space\"></p><p class=\"name\">").Append(E(party.Name)).Append("</p>");
        if (party.Nip is { } nip)
        {
            html.Append("<p>NIP. ").Append(E(nip)).Append("</p>");
        }

        html.Append("</div>");
    }

    private static void Signature(StringBuilder html, SignatureSource signature) => html.Append(SignatureBlock(signature));

    /// <summary>
    /// The signature block as HTML (place and date, position, name, NIP), encoded: the documents end with it, and a web
    /// preview that is not the document itself (the LKj table page) shows the same block rather than a second rendering.
    /// </summary>
    public static string SignatureBlock(SignatureSource signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        var html = new StringBuilder(256);
        html.Append("<div class=\"signatures\"><div class=\"signature\"><p>").Append(E(signature.PlaceAndDate)).Append("</p>");
        if (signature.Position is { } position)
        {
            html.Append("<p>").Append(E(position)).Append("</p>");
        }

        if (signature.Organisation is { } organisation)
        {
            html.Append("<p>").Append(E(organisation)).Append("</p>");
        }

        html.Append("<p class=\"space\"></p><p class=\"name\">").Append(E(signature.Name)).Append("</p>");
        if (signature.Nip is { } nip)
        {
            html.Append("<p>NIP. ").Append(E(nip)).Append("</p>");
        }

        return html.Append("</div></div>").ToString();
    }

    private static void Letterhead(StringBuilder html, LetterheadSource letterhead)
    {
        html.Append("<header class=\"kop\"><p class=\"body\">").Append(E(letterhead.Body)).Append("</p><p class=\"unit\">").Append(E(letterhead.Unit)).Append("</p>");
        if (letterhead.Address is { } address)
        {
            html.Append("<p>").Append(E(address)).Append("</p>");
        }

        if (letterhead.Contact is { } contact)
        {
            html.Append("<p>").Append(E(contact)).Append("</p>");
        }

        html.Append("</header>");
    }

    private static void Field(StringBuilder html, string label, string value) =>
        html.Append("<tr><td>").Append(label).Append("</td><td>:</td><td>").Append(E(value)).Append("</td></tr>");

    private static void Amount(StringBuilder html, long? amount) =>
        html.Append("<td class=\"num\">").Append(amount is { } a ? IdFormat.Whole(a) : string.Empty).Append("</td>");

    private static void Open(StringBuilder html, string title, DocumentOptions options, string extraCss = "")
    {
        var (width, height) = options.PageMillimetres;
        html.Append("<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title><style>")
            .Append("@page{size:").Append(width.ToString(CultureInfo.InvariantCulture)).Append("mm ").Append(height.ToString(CultureInfo.InvariantCulture)).Append("mm;margin:12mm 10mm 14mm 10mm;@bottom-right{content:'Halaman ' counter(page) ' dari ' counter(pages);font-size:7pt;font-family:sans-serif}}")
            .Append(Css)
            .Append(extraCss)
            .Append("</style></head><body>");
    }

    private static string Close(StringBuilder html) => html.Append("</body></html>").ToString();

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css =
        "*{box-sizing:border-box}body{font-family:'DejaVu Sans','Liberation Sans',Arial,sans-serif;font-size:8.5pt;color:#000;margin:0}" +
        ".kop{text-align:center;border-bottom:2.5px double #000;padding-bottom:4px;margin-bottom:8px}.kop p{margin:0}.kop .body,.kop .unit{font-weight:700;font-size:12pt}" +
        ".title{text-align:center;margin-bottom:8px}.title h1{font-size:11pt;margin:0}.title p{margin:0;font-weight:700}" +
        "table{border-collapse:collapse;width:100%}table.plan,table.rka,table.programs{page-break-inside:auto}" +
        "table.plan th,table.plan td,table.rka>thead>tr:not(.block)>th,table.rka td,table.programs th,table.programs td{border:0.6pt solid #000;padding:2px 3px;vertical-align:top}" +
        "thead{display:table-header-group}tr{page-break-inside:avoid}th{background:#e8e8e8;text-align:center;vertical-align:middle;font-weight:700}" +
        "tr.numbers th{background:#f4f4f4;font-weight:400;font-size:7pt}td.num{text-align:right;white-space:nowrap}td.no{text-align:center}" +
        "td.period,th.period{text-align:center;width:2.2em}table.monthly td.period,table.monthly th.period{width:1.7em}td.mark{font-size:9pt}td.value{font-size:7pt}" +
        "td.target{text-align:center}tr.total td{font-weight:700}tr.total td:first-child{text-align:right}" +
        ".signatures{display:flex;justify-content:flex-end;margin-top:14px;page-break-inside:avoid}.signatures.two{justify-content:space-between}" +
        ".signature{width:34%;text-align:center}.signature p{margin:0}.signature .space{height:52px}.signature .name{font-weight:700;text-decoration:underline}" +
        ".agreement p{text-align:justify;margin:4px 0}.parties{width:auto;margin:4px 0 4px 2em}.parties td{padding:1px 4px}table.programs{width:70%;margin-top:10px}" +
        "table.rka col.code{width:9%}table.rka col.volume{width:10%}table.rka col.amount{width:11%}tr.block th{background:none;border:none;text-align:left;font-weight:400;padding:0 0 6px 0}" +
        ".rka-title{text-align:center;margin-bottom:4px}.rka-title .version{font-weight:400}table.rka .header-block{width:auto}table.rka .header-block td{padding:0 4px;border:none}" +
        "tr.program td,tr.activity td{font-weight:700}tr.label td{font-style:italic}tr.statement td.code{text-align:right}";
}
