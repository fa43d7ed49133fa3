using System.Globalization;

namespace Kinerja.Documents.Official.Charts;

/// <summary>An RGB colour of a chart's line or bar, as #rrggbb for SVG and as 0–1 components for PDF.</summary>
public readonly record struct ChartColour(byte R, byte G, byte B)
{
    public static ChartColour Plan { get; } = new(0x1F, 0x4E, 0x79);

    public static ChartColour Actual { get; } = new(0xC5, 0x5A, 0x11);

    public static ChartColour Reference { get; } = new(0xC0, 0x00, 0x00);

    public static ChartColour Grid { get; } = new(0xC8, 0xC8, 0xC8);

    public static ChartColour Axis { get; } = new(0x40, 0x40, 0x40);

    public static ChartColour Muted { get; } = new(0x60, 0x60, 0x60);

    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");
}

/// <summary>A value axis from 0 to <see cref="Max"/> in steps of <see cref="Step"/>, each tick labelled the Indonesian way.</summary>
public sealed record ChartAxis(double Max, double Step, string Title, Func<double, string> Label)
{
    /// <summary>
    /// An axis that holds <paramref name="largest"/> with at most about <paramref name="ticks"/> steps of 1, 2, 2,5 or 5 × 10ⁿ,
    /// starting from <paramref name="atLeast"/> (100 for capaian, so the 100% line is always on the chart).
    /// </summary>
    public static ChartAxis Nice(double largest, string title, Func<double, string> label, int ticks = 5, double atLeast = 0)
    {
        // Nothing to show (no pagu yet) still gives an axis from 0 to 1 rather than steps of nothing.
        var top = Math.Max(largest, atLeast) is > 0 and var highest ? highest : 1;
        var raw = top / ticks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(f => f * magnitude).First(s => s >= raw);
        return new ChartAxis(Math.Ceiling((top / step) - 1e-9) * step, step, title, label);
    }

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Max / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return i * Step;
        }
    }
}

/// <summary>One line of a line chart: a value per category, null where there is none yet (the line stops there).</summary>
public sealed record LineSeries(string Name, IReadOnlyList<double?> Values, ChartColour Colour, bool Dashed);

/// <summary>A line chart over categories (the S-curve: months against cumulative Rupiah).</summary>
public sealed record LineChart(string Title, string Description, IReadOnlyList<string> Categories, IReadOnlyList<LineSeries> Series, ChartAxis Axis);

/// <summary>One bar: its label, its value (null draws no bar and prints <see cref="Text"/> instead), and the text printed at its end.</summary>
public sealed record ChartBar(string Label, double? Value, string Text);

/// <summary>A horizontal bar chart with a reference line (capaian per indicator against 100%).</summary>
public sealed record BarChart(string Title, string Description, IReadOnlyList<ChartBar> Bars, ChartAxis Axis, double Reference, string ReferenceLabel)
{
    /// <summary>The most bars one chart holds: twenty fit a landscape page in the PDF and in the printed HTML.</summary>
    public const int BarsPerChart = 20;

    /// <summary>
    /// The chart in parts of at most <see cref="BarsPerChart"/> bars on the same axis, so that no part is taller than a page;
    /// parts after the first are titled "(lanjutan)".
    /// </summary>
    public IEnumerable<BarChart> Parts()
    {
        for (var start = 0; start == 0 || start < Bars.Count; start += BarsPerChart)
        {
            yield return this with { Title = start == 0 ? Title : Title + " (lanjutan)", Bars = [.. Bars.Skip(start).Take(BarsPerChart)] };
        }
    }
}
