using Kinerja.Documents.Official.Charts;

namespace Kinerja.Documents.Official.Pdf;

/// <summary>
/// Draws a chart on the <see cref="PdfCanvas"/> at its current position with the canvas' own operators: stroked paths
/// for lines, filled rectangles for bars and marks, Helvetica for labels. The chart keeps to one page: it starts a new
/// page when it does not fit under <see cref="PdfCanvas.Y"/>.
/// </summary>
internal sealed class PdfChart : IChartSurface
{
    private readonly PdfCanvas canvas;
    private readonly double left;
    private readonly double top;

    private PdfChart(PdfCanvas canvas, double height)
    {
        if (!canvas.Fits(height))
        {
            canvas.NewPage();
        }

        this.canvas = canvas;
        left = canvas.Left;
        top = canvas.Y;
    }

    public static void Draw(PdfCanvas canvas, LineChart chart, double height)
    {
        var surface = new PdfChart(canvas, height);
        ChartPainter.Draw(surface, chart, canvas.ContentWidth, height);
        canvas.Y = surface.top - height;
    }

    public static void Draw(PdfCanvas canvas, BarChart chart)
    {
        var height = ChartPainter.BarHeight(chart);
        var surface = new PdfChart(canvas, height);
        ChartPainter.Draw(surface, chart, canvas.ContentWidth);
        canvas.Y = surface.top - height;
    }

    public void Line(double x1, double y1, double x2, double y2, ChartColour colour, double width, bool dashed = false) =>
        canvas.Stroke([Map(x1, y1), Map(x2, y2)], Rgb(colour), width, dashed);

    public void Polyline(IReadOnlyList<(double X, double Y)> points, ChartColour colour, double width, bool dashed) =>
        canvas.Stroke([.. points.Select(p => Map(p.X, p.Y))], Rgb(colour), width, dashed);

    public void Rectangle(double x, double y, double width, double height, ChartColour colour)
    {
        var (px, py) = Map(x, y + height);
        canvas.FillColour(px, py, width, height, Rgb(colour));
    }

    public void Text(string text, double x, double baseline, double size, TextAnchor anchor, bool bold = false)
    {
        var clean = Glyphs.Clean(text);
        var face = bold ? Face.Bold : Face.Regular;
        var (px, py) = Map(x, baseline);
        switch (anchor)
        {
            case TextAnchor.Middle:
                canvas.Text(clean, face, size, px - (Glyphs.Width(clean, face, size) / 2), py);
                break;
            case TextAnchor.End:
                canvas.TextRight(clean, face, size, px, py);
                break;
            default:
                canvas.Text(clean, face, size, px, py);
                break;
        }
    }

    public double TextWidth(string text, double size) => Glyphs.Width(Glyphs.Clean(text), Face.Regular, size);

    private (double X, double Y) Map(double x, double y) => (left + x, top - y);

    private static (double R, double G, double B) Rgb(ChartColour colour) => (colour.R / 255.0, colour.G / 255.0, colour.B / 255.0);
}
