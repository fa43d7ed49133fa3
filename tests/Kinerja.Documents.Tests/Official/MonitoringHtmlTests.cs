using System.Net;
using System.Text.RegularExpressions;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Html;

namespace Kinerja.Documents.Tests.Official;

/// <summary>The monitoring documents as HTML: the LKj table's cells and the report's server-drawn SVG charts with their numbers.</summary>
public sealed class MonitoringHtmlTests
{
    [Fact]
    public void The_LKj_table_prints_capaian_blank_and_na_as_the_domain_gives_them()
    {
        var html = HtmlRenderer.Render(MonitoringSamples.Lkj(), DocumentOptions.Default);

        Assert.Contains("CAPAIAN KINERJA KPU KOTA SERANG TAHUN 2026", html, StringComparison.Ordinal);
        Assert.Contains("S.D. TW IV", html, StringComparison.Ordinal);
        var disputes = RowOf(html, MonitoringSamples.Disputes);
        Assert.Contains(">107,14%<", disputes, StringComparison.Ordinal);
        Assert.Contains(">Sangat Baik<", disputes, StringComparison.Ordinal);
        var archive = RowOf(html, MonitoringSamples.Archive);
        Assert.Equal(2, Regex.Count(archive, ">belum dilaporkan<"));
        Assert.DoesNotContain("%", archive.Replace(">100%<", "><", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal(2, Regex.Count(RowOf(html, MonitoringSamples.Turnout), ">n/a<"));
        Assert.Contains(">1.186.691.000<", html, StringComparison.Ordinal);
        Assert.Contains(">84,3%<", html, StringComparison.Ordinal);
        Assert.Contains("KOMISI PEMILIHAN UMUM", html, StringComparison.Ordinal);
        Assert.DoesNotContain("KOMISI PEMILIHAN UMUM", HtmlRenderer.Render(MonitoringSamples.Lkj(), DocumentOptions.Default with { Letterhead = false }), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_draws_both_charts_as_inline_SVG_with_their_numbers_and_no_script()
    {
        var html = HtmlRenderer.Render(MonitoringSamples.Report(), DocumentOptions.Default);

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        var charts = Regex.Matches(html, "<svg[^>]*role=\"img\".*?</svg>", RegexOptions.Singleline).Select(m => m.Value).ToList();
        Assert.Equal(2, charts.Count);

        // The S-curve: two lines of twelve points, month labels, the unit of the axis.
        var curve = charts[0];
        Assert.Contains("<title id=\"kurva-s-t\">Grafik 1. Kurva S", curve, StringComparison.Ordinal);
        var lines = Regex.Matches(curve, "<polyline[^>]*points=\"([^\"]*)\"").Select(m => m.Groups[1].Value.Trim().Split(' ').Length).ToList();
        Assert.Equal([12, 12], lines);
        Assert.Contains(">Jan</text>", curve, StringComparison.Ordinal);
        Assert.Contains(">Des</text>", curve, StringComparison.Ordinal);
        Assert.Contains(">Juta Rupiah</text>", curve, StringComparison.Ordinal);

        // Capaian: one bar per computed indicator, the note in place of a bar otherwise, and the dashed 100% line.
        var capaian = charts[1];
        Assert.Equal(3, Regex.Count(capaian, "<rect "));
        Assert.Contains(">100%</text>", capaian, StringComparison.Ordinal);
        Assert.Contains(">107,14%</text>", capaian, StringComparison.Ordinal);
        Assert.Contains(">n/a</text>", capaian, StringComparison.Ordinal);
        Assert.Contains(">belum dilaporkan</text>", capaian, StringComparison.Ordinal);
        Assert.Matches("<line[^>]*stroke=\"#c00000\"[^>]*stroke-dasharray", capaian);
        Assert.Contains(">100%</text>", capaian, StringComparison.Ordinal);

        // Every chart has its numbers in a table.
        Assert.Contains("Tabel angka Grafik 1", html, StringComparison.Ordinal);
        Assert.Contains(">1.176.000.000<", html, StringComparison.Ordinal);
        Assert.Contains(">1.080.000.000<", html, StringComparison.Ordinal);
        Assert.Contains("Tabel angka Grafik 2", html, StringComparison.Ordinal);
        Assert.Contains(">KPU 1.1<", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_prints_kendala_actions_budget_totals_NKA_and_warnings()
    {
        var html = WebUtility.HtmlDecode(HtmlRenderer.Render(MonitoringSamples.Report(), DocumentOptions.Default));

        Assert.Contains("LAPORAN MONITORING DAN EVALUASI", html, StringComparison.Ordinal);
        Assert.Contains("TRIWULAN IV TAHUN 2026", html, StringComparison.Ordinal);
        Assert.Contains("Penataan ruang arsip tertunda.", html, StringComparison.Ordinal);
        Assert.Contains("Pengadaan rak arsip pada triwulan berikutnya.", html, StringComparison.Ordinal);
        Assert.Contains("Kemajuan Rencana Aksi Sekretariat KPU Kota Serang TW IV", html, StringComparison.Ordinal);
        Assert.Contains(">Selesai<", html, StringComparison.Ordinal);
        Assert.Contains(">1.186.691.000<", html, StringComparison.Ordinal);
        Assert.Contains(">64,72%<", html, StringComparison.Ordinal);
        Assert.Contains(">91,84%<", html, StringComparison.Ordinal);
        Assert.Contains(">79,87<", html, StringComparison.Ordinal);
        Assert.Contains("EW_NOT_REPORTED", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Before_TW_IV_the_realisation_line_stops_at_the_quarter_and_the_NKA_waits()
    {
        var html = HtmlRenderer.Render(MonitoringSamples.Report(2), DocumentOptions.Default);

        var curve = Regex.Match(html, "<svg.*?</svg>", RegexOptions.Singleline).Value;
        var lines = Regex.Matches(curve, "<polyline[^>]*points=\"([^\"]*)\"").Select(m => m.Groups[1].Value.Trim().Split(' ').Length).ToList();
        Assert.Equal([12, 6], lines);
        Assert.Contains("dihitung pada TW IV", html, StringComparison.Ordinal);
        Assert.Contains("REALISASI ANGGARAN S.D. JUNI 2026", html, StringComparison.Ordinal);
    }

    private static string RowOf(string html, string indicator) =>
        Regex.Match(html, $"<tr>(?:(?!</tr>).)*{Regex.Escape(indicator)}.*?</tr>", RegexOptions.Singleline).Value;
}
