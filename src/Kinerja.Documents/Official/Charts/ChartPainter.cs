namespace Kinerja.Documents.Official.Charts;

internal enum TextAnchor
{
    Start,
    Middle,
    End,
}

/// <summary>
/// Where a chart is drawn: SVG for the HTML (and so the Chromium PDF), the PDF canvas for the direct PDF. Coordinates
/// run from the chart's top-left corner downwards, in points; each surface maps them to its own space.
/// </summary>
internal interface IChartSurface
{
    void Line(double x1, double y1, double x2, double y2, ChartColour colour, double width, bool dashed = false);

    void Polyline(IReadOnlyList<(double X, double Y)> points, ChartColour colour, double width, bool dashed);

    void Rectangle(double x, double y, double width, double height, ChartColour colour);

    void Text(string text, double x, double baseline, double size, TextAnchor anchor, bool bold = false);

    double TextWidth(string text, double size);
}

/// <summary>
/// Lays out the monitoring charts once for every surface: axes with labelled ticks and grid lines, the S-curve's lines
/// with point marks and a legend, the capaian bars with their values and the dashed 100% line.
/// </summary>
internal static class ChartPainter
{
    public const double LabelSize = 7;
    private const double BarRow = 15;

    /// <summary>The height the bar chart needs for its bars at the given width.</summary>
    public static double BarHeight(BarChart chart) => 26 + (Math.Max(1, chart.Bars.Count) * BarRow) + 24;

    public static void Draw(IChartSurface surface, LineChart chart, double width, double height)
    {
        var tickLabels = chart.Axis.Ticks().Select(chart.Axis.Label).ToList();
        var left = tickLabels.Max(t => surface.TextWidth(t, LabelSize)) + 10;
        const double top = 18;
        var right = width - 8;
        var bottom = height - 34;
        surface.Text(chart.Axis.Title, left - 4, top - 8, LabelSize, TextAnchor.Start, bold: true);
        foreach (var (tick, label) in chart.Axis.Ticks().Zip(tickLabels))
        {
            var y = bottom - ((bottom - top) * tick / chart.Axis.Max);
            surface.Line(left, y, right, y, tick == 0 ? ChartColour.Axis : ChartColour.Grid, tick == 0 ? 0.8 : 0.4);
            surface.Text(label, left - 4, y + 2.5, LabelSize, TextAnchor.End);
        }

        surface.Line(left, top, left, bottom, ChartColour.Axis, 0.8);
        var slot = (right - left) / Math.Max(1, chart.Categories.Count);
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            surface.Text(chart.Categories[i], left + ((i + 0.5) * slot), bottom + 10, LabelSize, TextAnchor.Middle);
        }

        foreach (var series in chart.Series)
        {
            var points = new List<(double X, double Y)>();
            for (var i = 0; i < series.Values.Count && i < chart.Categories.Count; i++)
            {
                if (series.Values[i] is not { } value)
                {
                    break;
                }

                points.Add((left + ((i + 0.5) * slot), bottom - ((bottom - top) * value / chart.Axis.Max)));
            }

            if (points.Count > 1)
            {
                surface.Polyline(points, series.Colour, 1.6, series.Dashed);
            }

            foreach (var (x, y) in points)
            {
                surface.Rectangle(x - 1.8, y - 1.8, 3.6, 3.6, series.Colour);
            }
        }

        var legendX = left;
        var legendY = height - 8;
        foreach (var series in chart.Series)
        {
            surface.Line(legendX, legendY - 2.5, legendX + 18, legendY - 2.5, series.Colour, 1.6, series.Dashed);
            surface.Text(series.Name, legendX + 22, legendY, LabelSize, TextAnchor.Start);
            legendX += 22 + surface.TextWidth(series.Name, LabelSize) + 18;
        }
    }

    public static void Draw(IChartSurface surface, BarChart chart, double width)
    {
        var height = BarHeight(chart);
        var left = chart.Bars.Select(b => surface.TextWidth(b.Label, LabelSize)).DefaultIfEmpty(0).Max() + 10;
        const double top = 20;
        var right = width - 40;
        var bottom = height - 24;
        double X(double value) => left + ((right - left) * Math.Min(value, chart.Axis.Max) / chart.Axis.Max);
        foreach (var tick in chart.Axis.Ticks())
        {
            surface.Line(X(tick), top, X(tick), bottom, tick == 0 ? ChartColour.Axis : ChartColour.Grid, tick == 0 ? 0.8 : 0.4);
            surface.Text(chart.Axis.Label(tick), X(tick), bottom + 10, LabelSize, TextAnchor.Middle);
        }

        surface.Line(left, bottom, right, bottom, ChartColour.Axis, 0.8);
        surface.Text(chart.Axis.Title, right, height - 2, LabelSize, TextAnchor.End, bold: true);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = top + (i * BarRow);
            surface.Text(bar.Label, left - 5, y + (BarRow / 2) + 2.5, LabelSize, TextAnchor.End);
            if (bar.Value is { } value)
            {
                var end = X(value);
                surface.Rectangle(left, y + 3, Math.Max(end - left, 0.5), BarRow - 6, value >= chart.Reference ? ChartColour.Plan : ChartColour.Actual);
                surface.Text(bar.Text, end + 3, y + (BarRow / 2) + 2.5, LabelSize, TextAnchor.Start);
            }
            else
            {
                surface.Text(bar.Text, left + 3, y + (BarRow / 2) + 2.5, LabelSize, TextAnchor.Start);
            }
        }

        var reference = X(chart.Reference);
        surface.Line(reference, top - 4, reference, bottom, ChartColour.Reference, 1.2, dashed: true);
        surface.Text(chart.ReferenceLabel, reference, top - 7, LabelSize, TextAnchor.Middle, bold: true);
    }
}
