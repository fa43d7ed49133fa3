using System.Text;
using Kinerja.Documents.Official.Monitoring;
using static Kinerja.Documents.Official.Html.HtmlRenderer;

namespace Kinerja.Documents.Official.Html;

/// <summary>The parts of the monitoring report's HTML: indicator, action and budget tables, the charts with their numbers, and the warnings.</summary>
internal static class MonitoringHtml
{
    public static void Indicators(StringBuilder html, MonitoringEntity entity, int quarter)
    {
        var tw = MonitoringFormat.Quarter(quarter);
        string[] headings = ["No", "Indikator Kinerja", "Target", "Realisasi " + tw, "Realisasi s.d. " + tw, "Capaian s.d. " + tw, "Kategori", "Kendala", "Tindak Lanjut"];
        html.Append("<table class=\"monev indicators\"><thead><tr>");
        foreach (var heading in headings)
        {
            html.Append("<th scope=\"col\">").Append(Encode(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr></thead>");
        string? goal = null;
        foreach (var row in entity.Indicators)
        {
            if (row.Goal != goal)
            {
                html.Append(goal is null ? "<tbody>" : "</tbody><tbody>").Append("<tr class=\"goal\"><th scope=\"rowgroup\" colspan=\"9\">Sasaran ").Append(Encode(row.Goal)).Append("</th></tr>");
                goal = row.Goal;
            }

            html.Append("<tr><td class=\"no\">").Append(Encode(row.Number)).Append("</td><td>").Append(Encode(row.Indicator)).Append("</td><td class=\"target\">").Append(Encode(row.Target))
                .Append("</td><td class=\"target\">").Append(Encode(row.Realisation)).Append("</td><td class=\"target\">").Append(Encode(row.RealisationToDate)).Append("</td>");
            Capaian(html, row.Capaian);
            html.Append("<td>").Append(Encode(row.Problem ?? "–")).Append("</td><td>").Append(Encode(row.FollowUp ?? "–")).Append("</td></tr>");
        }

        html.Append(goal is null ? "<tbody><tr><td colspan=\"9\">Belum ada indikator.</td></tr></tbody>" : "</tbody>").Append("</table>");
    }

    public static void Actions(StringBuilder html, MonitoringEntity entity, int quarter)
    {
        if (entity.Actions.Count == 0)
        {
            return;
        }

        html.Append("<h3>Kemajuan Rencana Aksi ").Append(Encode(entity.Name)).Append(' ').Append(MonitoringFormat.Quarter(quarter)).Append("</h3><table class=\"monev actions\"><thead><tr><th scope=\"col\">NO</th><th scope=\"col\">KEGIATAN/AKSI</th><th scope=\"col\">TARGET</th>");
        foreach (var period in entity.ActionPeriods)
        {
            html.Append("<th scope=\"col\">").Append(Encode(period.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        var number = 1;
        foreach (var action in entity.Actions)
        {
            html.Append("<tr><td class=\"no\">").Append(number++.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("</td><td>").Append(Encode(action.Action))
                .Append("</td><td class=\"target\">").Append(Encode(action.Target)).Append("</td>");
            foreach (var cell in action.Periods)
            {
                html.Append("<td class=\"target\">").Append(Encode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
    }

    public static void Budget(StringBuilder html, MonitoringReportDocument document)
    {
        html.Append("<table class=\"monev outputs\"><thead><tr>");
        foreach (var heading in MonitoringReportDocument.BudgetColumns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in document.Budget)
        {
            BudgetRow(html, row, total: false);
        }

        BudgetRow(html, document.Total, total: true);
        html.Append("</tbody></table><table class=\"monev facts\"><tbody>");
        Fact(html, "Konsistensi penyerapan terhadap RPD", MonitoringFormat.Percent(document.Consistency));
        if (document.Nka is { } nka)
        {
            Fact(html, "Capaian RO (rata-rata capaian indikator)", MonitoringFormat.Percent(nka.OutputAchievement));
            Fact(html, "Penyerapan", MonitoringFormat.Percent(nka.Absorption));
            Fact(html, "Konsistensi", MonitoringFormat.Percent(nka.Consistency));
            Fact(html, "Nilai efisiensi", MonitoringFormat.Percent(nka.EfficiencyValue));
            Fact(html, "Nilai Kinerja Anggaran (NKA)", Domain.Common.IdFormat.Number(Domain.Monitoring.Achievement.Round(nka.Score)));
        }
        else
        {
            Fact(html, "Nilai Kinerja Anggaran (NKA)", "dihitung pada TW IV");
        }

        html.Append("</tbody></table>");
    }

    public static void Charts(StringBuilder html, MonitoringReportDocument document, double width)
    {
        var curve = MonitoringCharts.Curve(document);
        html.Append("<figure class=\"chart\"><figcaption>").Append(Encode(curve.Title)).Append("</figcaption>")
            .Append(SvgChart.Render("kurva-s", curve, width, 260)).Append("</figure><table class=\"monev budget\"><caption>Tabel angka Grafik 1</caption><thead><tr>");
        foreach (var heading in MonitoringReportDocument.CurveColumns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var month in document.Months)
        {
            html.Append("<tr><th scope=\"row\">").Append(Domain.Common.IdFormat.MonthName(month.Month)).Append("</th>");
            Money(html, month.CumulativePlanned);
            html.Append(month.CumulativeRealised is { } realised ? "<td class=\"num\">" + Domain.Common.IdFormat.Whole(realised) + "</td>" : "<td class=\"num\">–</td>").Append("</tr>");
        }

        html.Append("</tbody></table>");
        var part = 0;
        foreach (var capaian in MonitoringCharts.Capaian(document).Parts())
        {
            var id = part++ == 0 ? "capaian" : "capaian-" + part.ToString(System.Globalization.CultureInfo.InvariantCulture);
            html.Append("<figure class=\"chart\"><figcaption>").Append(Encode(capaian.Title)).Append("</figcaption>").Append(SvgChart.Render(id, capaian, width)).Append("</figure>");
        }

        html.Append("<table class=\"monev budget\"><caption>Tabel angka Grafik 2</caption><thead><tr>");
        foreach (var heading in MonitoringReportDocument.CapaianColumns)
        {
            html.Append("<th scope=\"col\">").Append(Encode(heading.ToUpperInvariant())).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var (label, indicator) in MonitoringCharts.Items(document))
        {
            html.Append("<tr><th scope=\"row\">").Append(Encode(label)).Append("</th><td>").Append(Encode(indicator.Indicator)).Append("</td><td class=\"num\">")
                .Append(Encode(indicator.Capaian.Text)).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }

    public static void Warnings(StringBuilder html, IReadOnlyList<WarningSource> warnings)
    {
        if (warnings.Count == 0)
        {
            html.Append("<p>Tidak ada peringatan dini.</p>");
            return;
        }

        html.Append("<ul class=\"warnings\">");
        foreach (var warning in warnings)
        {
            // The rule's code is for whoever asks (a tooltip); the reader reads the place and the message.
            html.Append("<li title=\"").Append(Encode(warning.Code)).Append("\"><strong>").Append(Encode(warning.Location)).Append("</strong>: ")
                .Append(Encode(warning.Message)).Append("</li>");
        }

        html.Append("</ul>");
    }

    private static void BudgetRow(StringBuilder html, MonitoringBudgetRow row, bool total)
    {
        html.Append(total ? "<tr class=\"total\"><td></td><th scope=\"row\">" : "<tr><td>" + Encode(row.Code) + "</td><th scope=\"row\">").Append(Encode(row.Title)).Append("</th>");
        Money(html, row.Ceiling, total);
        Money(html, row.PlannedToDate, total);
        Money(html, row.RealisedToDate, total);
        html.Append("<td class=\"num\">").Append(MonitoringFormat.Percent(row.Absorption)).Append("</td></tr>");
    }

    private static void Fact(StringBuilder html, string label, string value) =>
        html.Append("<tr><th scope=\"row\">").Append(Encode(label)).Append("</th><td class=\"num\">").Append(Encode(value)).Append("</td></tr>");
}
