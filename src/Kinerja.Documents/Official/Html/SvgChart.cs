using System.Globalization;
using System.Net;
using System.Text;
using Kinerja.Documents.Official.Charts;
using Kinerja.Documents.Official.Pdf;

namespace Kinerja.Documents.Official.Html;

/// <summary>
/// The monitoring charts as inline SVG, drawn on the server (no script): a titled, described image that Chromium prints
/// as vectors. Text is measured with the PDF's Helvetica metrics, close enough to the sans-serif the page uses.
/// </summary>
internal sealed class SvgChart : IChartSurface
{
    private readonly StringBuilder svg = new(8 * 1024);

    private SvgChart(string id, string title, string description, double width, double height)
    {
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ").Append(N(width)).Append(' ').Append(N(height))
            .Append("\" aria-labelledby=\"").Append(id).Append("-t ").Append(id).Append("-d\"><title id=\"").Append(id).Append("-t\">").Append(E(title))
            .Append("</title><desc id=\"").Append(id).Append("-d\">").Append(E(description)).Append("</desc>");
    }

    public static string Render(string id, LineChart chart, double width, double height)
    {
        var surface = new SvgChart(id, chart.Title, chart.Description, width, height);
        ChartPainter.Draw(surface, chart, width, height);
        return surface.Close();
    }

    public static string Render(string id, BarChart chart, double width)
    {
        var surface = new SvgChart(id, chart.Title, chart.Description, width, ChartPainter.BarHeight(chart));
        ChartPainter.Draw(surface, chart, width);
        return surface.Close();
    }

    public void Line(double x1, double y1, double x2, double y2, ChartColour colour, double width, bool dashed = false) =>
        svg.Append("<line x1=\"").Append(N(x1)).Append("\" y1=\"").Append(N(y1)).Append("\" x2=\"").Append(N(x2)).Append("\" y2=\"").Append(N(y2))
            .Append('"').Append(Stroke(colour, width, dashed)).Append("/>");

    public void Polyline(IReadOnlyList<(double X, double Y)> points, ChartColour colour, double width, bool dashed)
    {
        svg.Append("<polyline fill=\"none\" points=\"");
        foreach (var (x, y) in points)
        {
            svg.Append(N(x)).Append(',').Append(N(y)).Append(' ');
        }

        svg.Append('"').Append(Stroke(colour, width, dashed)).Append("/>");
    }

    public void Rectangle(double x, double y, double width, double height, ChartColour colour) =>
        svg.Append("<rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" width=\"").Append(N(width)).Append("\" height=\"").Append(N(height))
            .Append("\" fill=\"").Append(colour.Hex).Append("\"/>");

    public void Text(string text, double x, double baseline, double size, TextAnchor anchor, bool bold = false) =>
        svg.Append("<text x=\"").Append(N(x)).Append("\" y=\"").Append(N(baseline)).Append("\" font-size=\"").Append(N(size)).Append('"')
            .Append(anchor switch { TextAnchor.Middle => " text-anchor=\"middle\"", TextAnchor.End => " text-anchor=\"end\"", _ => string.Empty })
            .Append(bold ? " font-weight=\"700\"" : string.Empty).Append('>').Append(E(text)).Append("</text>");

    public double TextWidth(string text, double size) => Glyphs.Width(Glyphs.Clean(text), Face.Regular, size);

    private string Close() => svg.Append("</svg>").ToString();

    private static string Stroke(ChartColour colour, double width, bool dashed) =>
        " stroke=\"" + colour.Hex + "\" stroke-width=\"" + N(width) + "\"" + (dashed ? " stroke-dasharray=\"4 2\"" : string.Empty);

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
