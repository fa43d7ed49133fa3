using System.Text.RegularExpressions;
using Kinerja.Documents.Official;
using Kinerja.Documents.Official.Charts;
using Kinerja.Documents.Official.Html;
using Kinerja.Documents.Official.Pdf;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics;

namespace Kinerja.Documents.Tests.Official;

/// <summary>The monitoring documents as PDF, laid out directly and printed by Chromium, read back with PdfPig: words, and the charts' drawn paths.</summary>
public sealed class MonitoringPdfTests
{
    [Fact]
    public void The_LKj_table_prints_directly_with_its_capaian_blank_and_na()
    {
        var pdf = DirectPdf.Render(MonitoringSamples.Lkj(), DocumentOptions.Default);

        var text = Words(pdf);
        Assert.Contains("CAPAIAN KINERJA KPU KOTA SERANG TAHUN 2026", text, StringComparison.Ordinal);
        Assert.Contains("S.D. TW IV", text, StringComparison.Ordinal);
        Assert.Contains(MonitoringSamples.Disputes + " 7 6,5 107,14% Sangat Baik", text, StringComparison.Ordinal);
        Assert.Contains("belum dilaporkan belum dilaporkan", text, StringComparison.Ordinal);
        Assert.Contains("n/a n/a", text, StringComparison.Ordinal);
        Assert.Contains("1.186.691.000 1.000.000.000 84,3%", text, StringComparison.Ordinal);
        Assert.Contains("Halaman 1 dari", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_printed_directly_draws_the_S_curve_and_the_capaian_bars()
    {
        var pdf = DirectPdf.Render(MonitoringSamples.Report(), DocumentOptions.Default);

        var text = Words(pdf);
        Assert.Contains("Grafik 1. Kurva S", text, StringComparison.Ordinal);
        Assert.Contains("Grafik 2. Capaian Indikator Kinerja", text, StringComparison.Ordinal);
        Assert.Contains("Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des", text, StringComparison.Ordinal);
        Assert.Contains("Juta Rupiah", text, StringComparison.Ordinal);
        Assert.Contains("RPD kumulatif", text, StringComparison.Ordinal);
        Assert.Contains("Capaian (%)", text, StringComparison.Ordinal);
        Assert.Contains("KPU 1.1", text, StringComparison.Ordinal);
        Assert.Contains("107,14%", text, StringComparison.Ordinal);
        Assert.Contains("Tabel angka Grafik 1", text, StringComparison.Ordinal);
        Assert.Contains("Desember 1.176.000.000 1.080.000.000", text, StringComparison.Ordinal);

        using var document = PdfDocument.Open(pdf);
        var paths = document.GetPages().SelectMany(p => p.Paths).ToList();

        // Each S-curve line is one stroked path of twelve points (a move and eleven lines) in its series' colour.
        var plan = paths.Where(p => p.IsStroked && Is(p, ChartColour.Plan) && Segments(p) == 11).ToList();
        var actual = paths.Where(p => p.IsStroked && Is(p, ChartColour.Actual) && Segments(p) == 11).ToList();
        Assert.Single(plan);
        Assert.Single(actual);
        Assert.True(Dashed(plan[0]), "RPD is dashed");
        Assert.False(Dashed(actual[0]), "realisation is solid");

        // Three bars (the computed capaian) are filled rectangles as wide as their values: 107,14 is longer than 97,5 and 60.
        var bars = paths.Where(p => p.IsFilled && (Filled(p, ChartColour.Plan) || Filled(p, ChartColour.Actual)) && Height(p) > 5).Select(Width).OrderBy(w => w).ToList();
        Assert.Equal(3, bars.Count);
        Assert.Equal(60 / 107.14, bars[0] / bars[2], 2);
        Assert.Equal(97.5 / 107.14, bars[1] / bars[2], 2);

        // The 100% reference line is a dashed red stroke.
        Assert.Contains(paths, p => p.IsStroked && Is(p, ChartColour.Reference) && Dashed(p));
    }

    [Fact]
    public void A_long_PK_splits_the_capaian_chart_so_that_no_part_runs_off_its_page()
    {
        var document = MonitoringSamples.Long(45);
        var pdf = DirectPdf.Render(document, DocumentOptions.Default);

        using var read = PdfDocument.Open(pdf);
        var bottom = 14 * 72 / 25.4;
        var bars = read.GetPages().SelectMany(page => page.Paths.Where(p => p.IsFilled && (Filled(p, ChartColour.Plan) || Filled(p, ChartColour.Actual)) && Height(p) > 5)
            .Select(p => (Page: page.Number, Box: p.GetBoundingRectangle()!.Value))).ToList();
        Assert.Equal(48, bars.Count);
        Assert.All(bars, b => Assert.True(b.Box.Bottom >= bottom, $"a bar on page {b.Page} runs into the margin"));
        Assert.Equal(3, bars.Select(b => b.Page).Distinct().Count());
        Assert.Equal(2, Regex.Count(Words(pdf), @"Grafik 2\. Capaian Indikator Kinerja s\.d\. TW IV 2026 \(lanjutan\)"));
        Assert.Equal(4, Regex.Count(HtmlRenderer.Render(document, DocumentOptions.Default), "<svg "));
    }

    [Fact]
    public async Task The_report_printed_by_Chromium_carries_the_SVG_charts_as_text_and_vectors()
    {
        await using var chromium = await ChromiumPdf.StartAsync(1);

        var pdf = await chromium.PrintAsync(HtmlRenderer.Render(MonitoringSamples.Report(2), DocumentOptions.Default));

        using var document = PdfDocument.Open(pdf);
        Assert.True(document.GetPage(1).Width > document.GetPage(1).Height, "landscape");
        var text = Words(pdf);
        Assert.Contains("LAPORAN MONITORING DAN EVALUASI", text, StringComparison.Ordinal);
        Assert.Contains("Jan", text, StringComparison.Ordinal);
        Assert.Contains("Juta Rupiah", text, StringComparison.Ordinal);
        Assert.Contains("107,14%", text, StringComparison.Ordinal);
        Assert.Contains("dihitung pada TW IV", text, StringComparison.Ordinal);
        Assert.Contains(document.GetPages().SelectMany(p => p.Paths), p => p.IsStroked && Is(p, ChartColour.Actual));
    }

    private static string Words(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join('\n', document.GetPages().Select(p => string.Join(' ', p.GetWords().Select(w => w.Text))));
    }

    /// <summary>The path is stroked in <paramref name="colour"/>, within the two decimals the canvas writes colours with.</summary>
    private static bool Is(PdfPath path, ChartColour colour) => Same(path.StrokeColor?.ToRGBValues() ?? (0, 0, 0), colour);

    private static bool Filled(PdfPath path, ChartColour colour) => Same(path.FillColor?.ToRGBValues() ?? (0, 0, 0), colour);

    private static bool Same((double R, double G, double B) value, ChartColour colour)
    {
        var (r, g, b) = value;
        return Math.Abs(r - (colour.R / 255.0)) < 0.01 && Math.Abs(g - (colour.G / 255.0)) < 0.01 && Math.Abs(b - (colour.B / 255.0)) < 0.01;
    }

    private static bool Dashed(PdfPath path) => path.LineDashPattern is { } dash && dash.Array.Count > 0;

    private static int Segments(PdfPath path) => path.Sum(s => s.Commands.Count(c => c is PdfSubpath.Line));

    private static double Width(PdfPath path) => path.GetBoundingRectangle() is { } box ? box.Width : 0;

    private static double Height(PdfPath path) => path.GetBoundingRectangle() is { } box ? box.Height : 0;
}
