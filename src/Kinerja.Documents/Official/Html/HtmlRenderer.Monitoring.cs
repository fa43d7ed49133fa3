using System.Globalization;
using System.Text;
using Kinerja.Documents.Official.Monitoring;

namespace Kinerja.Documents.Official.Html;

/// <summary>The monitoring documents: the LKj achievement table and the quarterly monitoring report with its SVG charts.</summary>
public static partial class HtmlRenderer
{
    /// <summary>The chart's width in CSS pixels of the SVG's view box; the image scales to the page.</summary>
    private const double ChartWidth = 760;

    public static string Render(LkjDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var html = new StringBuilder(16 * 1024);
        Open(html, document.Title, options, MonitoringCss);
        if (options.Letterhead)
        {
            Letterhead(html, document.Letterhead);
        }

        html.Append("<header class=\"title\"><h1>").Append(E(document.Title.ToUpperInvariant())).Append("</h1><p>").Append(E(document.Through.ToUpperInvariant())).Append("</p></header>");
        html.Append("<table class=\"monev lkj\"><thead><tr>");
        foreach (var heading in LkjDocument.Columns)
        {
            html.Append("<th scope=\"col\">").Append(E(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr>");
        Numbers(html, LkjDocument.Columns.Count);
        html.Append("</thead>");
        foreach (var goal in document.Goals)
        {
            html.Append("<tbody><tr class=\"goal\"><th scope=\"rowgroup\" class=\"no\">").Append(E(goal.Number)).Append("</th><th scope=\"rowgroup\" colspan=\"5\">").Append(E(goal.Goal)).Append("</th></tr>");
            foreach (var row in goal.Indicators)
            {
                html.Append("<tr><td class=\"no\">").Append(E(row.Number)).Append("</td><td>").Append(E(row.Indicator)).Append("</td><td class=\"target\">").Append(E(row.Target))
                    .Append("</td><td class=\"target\">").Append(E(row.Realisation)).Append("</td>");
                Capaian(html, row.Capaian);
                html.Append("</tr>");
            }

            html.Append("</tbody>");
        }

        html.Append("</table><h2>REALISASI ANGGARAN</h2><table class=\"monev budget\"><thead><tr>");
        foreach (var heading in LkjDocument.BudgetColumns)
        {
            html.Append("<th scope=\"col\">").Append(E(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr></thead><tbody><tr>");
        Amount(html, document.Budget.Ceiling);
        Amount(html, document.Budget.Realised);
        html.Append("<td class=\"num\">").Append(MonitoringFormat.Percent(document.Budget.Absorption)).Append("</td></tr></tbody></table>");
        if (document.Signature is { } signature)
        {
            Signature(html, signature);
        }

        return Close(html);
    }

    public static string Render(MonitoringReportDocument document, DocumentOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(options);
        var html = new StringBuilder(48 * 1024);
        Open(html, $"Laporan Monev {MonitoringFormat.Quarter(document.Quarter)} {document.Year} – {document.UnitName}", options, MonitoringCss);
        if (options.Letterhead)
        {
            Letterhead(html, document.Letterhead);
        }

        html.Append("<header class=\"title\"><h1>").Append(MonitoringReportDocument.Title).Append("</h1><p>").Append(E(document.Period)).Append("</p><p>")
            .Append(E(document.UnitName.ToUpperInvariant())).Append("</p></header>");
        var section = 'A';
        foreach (var entity in document.Entities)
        {
            html.Append("<h2>").Append(section++).Append(". CAPAIAN KINERJA ").Append(E(entity.Name.ToUpperInvariant())).Append("</h2>");
            MonitoringHtml.Indicators(html, entity, document.Quarter);
            MonitoringHtml.Actions(html, entity, document.Quarter);
        }

        html.Append("<h2>").Append(section++).Append(". ").Append(E(document.BudgetHeading.ToUpperInvariant())).Append("</h2>");
        MonitoringHtml.Budget(html, document);
        html.Append("<h2>").Append(section++).Append(". GRAFIK</h2>");
        MonitoringHtml.Charts(html, document, ChartWidth);
        html.Append("<h2>").Append(section).Append(". PERINGATAN DINI</h2>");
        MonitoringHtml.Warnings(html, document.Warnings);
        if (document.Signature is { } signature)
        {
            Signature(html, signature);
        }

        return Close(html);
    }

    internal static void Capaian(StringBuilder html, CapaianCell capaian)
    {
        var band = capaian.Band is { } b ? " cat-" + b.ToString(CultureInfo.InvariantCulture) : capaian.Percent is null ? " blank" : string.Empty;
        html.Append("<td class=\"num").Append(band).Append("\">").Append(E(capaian.Text)).Append("</td><td class=\"target").Append(band).Append("\">")
            .Append(E(capaian.CategoryText)).Append("</td>");
    }

    internal static void Numbers(StringBuilder html, int count)
    {
        html.Append("<tr class=\"numbers\">");
        for (var i = 1; i <= count; i++)
        {
            html.Append("<th>(").Append(i.ToString(CultureInfo.InvariantCulture)).Append(")</th>");
        }

        html.Append("</tr>");
    }

    internal static void Money(StringBuilder html, long amount, bool bold = false) =>
        html.Append(bold ? "<td class=\"num strong\">" : "<td class=\"num\">").Append(Domain.Common.IdFormat.Whole(amount)).Append("</td>");

    internal static string Encode(string text) => E(text);

    // No ligatures: Chromium would print "Grafik" with an "ﬁ" glyph, which a reader of the PDF cannot search for.
    private const string MonitoringCss =
        "body{font-variant-ligatures:none}table.monev{page-break-inside:auto;margin-bottom:8px}table.monev th,table.monev td{border:0.6pt solid #000;padding:2px 3px;vertical-align:top}" +
        "table.monev tr.goal th{text-align:left;background:#f4f4f4}table.monev tr.goal th.no{text-align:center}table.monev tbody th{font-weight:700}" +
        "table.monev td.strong,table.monev tr.total td,table.monev tr.total th{font-weight:700}table.monev tr.total th{text-align:right}" +
        "table.budget{width:auto;min-width:50%}table.facts{width:auto}table.facts th{text-align:left;background:none;font-weight:400}" +
        "td.cat-0{background:#d9ead3}td.cat-1{background:#e2efd9}td.cat-2{background:#fff2cc}td.cat-3{background:#fce5cd}td.cat-4,td.cat-5{background:#f4cccc}td.blank{font-style:italic}" +
        "h2{font-size:9.5pt;margin:10px 0 4px}h3{font-size:9pt;margin:8px 0 4px}" +
        "figure.chart{margin:6px 0 10px;page-break-inside:avoid}figure.chart svg{width:100%;height:auto;font-family:inherit}figure.chart figcaption{font-weight:700;margin-bottom:2px}" +
        "table.monev caption{text-align:left;font-style:italic;font-size:7.5pt;padding:2px 0}ul.warnings{margin:2px 0 0 1.2em;padding:0}";
}
