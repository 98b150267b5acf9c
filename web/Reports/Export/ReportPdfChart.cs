using PdfSharp.Drawing;

namespace Netwerkbijeenkomst.Web.Reports.Export;

/// <summary>
/// Draws a report chart as vector graphics: a line chart over time (months along the bottom) or horizontal bars per
/// category (long category names stay readable). Only exact values are drawn; any other point is a gap in the line, or
/// a bar left out with its table text ("&lt; 5") in grey where the bar would be.
/// </summary>
internal static class ReportPdfChart
{
    public const double LineHeight = 190;
    private const double LegendRow = 13;
    private const double Axis = 16;

    // Okabe–Ito: told apart by people with a colour vision deficiency, and in greyscale print by the order in the legend.
    private static readonly XColor[] Palette =
    [
        XColor.FromArgb(0, 114, 178), XColor.FromArgb(230, 159, 0), XColor.FromArgb(0, 158, 115),
        XColor.FromArgb(204, 121, 167), XColor.FromArgb(86, 180, 233), XColor.FromArgb(213, 94, 0),
    ];

    private static readonly XPen AxisPen = new(XColors.DimGray, 0.7);
    private static readonly XPen GridPen = new(XColor.FromArgb(220, 220, 220), 0.4);

    /// <summary>The height the chart needs across the page width.</summary>
    public static double Height(FigureChart chart) => chart.Kind == ChartKind.Line
        ? LineHeight
        : Legend(chart) + (chart.Labels.Length * BarSlot(chart)) + Axis + 4;

    public static void Draw(XGraphics graphics, XRect area, FigureChart chart, string format, int threshold, ReportPdfFonts fonts)
    {
        var legend = Legend(chart);
        if (legend > 0)
        {
            DrawLegend(graphics, area, chart, fonts);
        }

        var plot = new XRect(area.X, area.Y + legend, area.Width, area.Height - legend);
        var max = chart.Series.SelectMany(s => s.Points).Where(p => p.IsExact).Select(p => p.Value).DefaultIfEmpty(0).Max();
        var (step, ticks) = Scale(max, WholeNumbers(format));
        if (chart.Kind == ChartKind.Line)
        {
            DrawLine(graphics, plot, chart, format, fonts, step, ticks);
        }
        else
        {
            DrawBars(graphics, plot, chart, format, threshold, fonts, step, ticks);
        }
    }

    private static void DrawLine(XGraphics g, XRect area, FigureChart chart, string format, ReportPdfFonts fonts, decimal step, int ticks)
    {
        var top = step * ticks;
        var left = area.X + Enumerable.Range(0, ticks + 1).Max(i => g.MeasureString(Label(step * i, format), fonts.Small).Width) + 6;
        var plot = new XRect(left, area.Y + 4, area.Right - left, area.Height - Axis - 6);
        for (var i = 0; i <= ticks; i++)
        {
            var y = plot.Bottom - (plot.Height * (double)(step * i / top));
            g.DrawLine(i == 0 ? AxisPen : GridPen, plot.Left, y, plot.Right, y);
            g.DrawString(Label(step * i, format), fonts.Small, XBrushes.Black, new XRect(area.X, y - 5, left - area.X - 4, 10), XStringFormats.CenterRight);
        }

        g.DrawLine(AxisPen, plot.Left, plot.Top, plot.Left, plot.Bottom);
        var count = Math.Max(chart.Labels.Length, 1);
        var slot = plot.Width / count;
        double X(int i) => plot.Left + (slot * (i + 0.5));
        var widest = chart.Labels.Select(l => g.MeasureString(l, fonts.Small).Width).DefaultIfEmpty(0).Max();
        var every = Math.Max(1, (int)Math.Ceiling((widest + 4) / slot));
        for (var i = 0; i < chart.Labels.Length; i += every)
        {
            g.DrawString(chart.Labels[i], fonts.Small, XBrushes.Black, new XRect(X(i) - (slot * every / 2), plot.Bottom + 3, slot * every, 10), XStringFormats.TopCenter);
        }

        for (var s = 0; s < chart.Series.Length; s++)
        {
            var color = Palette[s % Palette.Length];
            var pen = new XPen(color, 1.6);
            var brush = new XSolidBrush(color);
            var points = chart.Series[s].Points;
            double Y(int i) => plot.Bottom - (plot.Height * (double)(points[i].Value / top));
            for (var i = 0; i < points.Length && i < chart.Labels.Length; i++)
            {
                if (!points[i].IsExact)
                {
                    continue;
                }

                if (i > 0 && points[i - 1].IsExact)
                {
                    g.DrawLine(pen, X(i - 1), Y(i - 1), X(i), Y(i));
                }

                g.DrawEllipse(brush, X(i) - 2.2, Y(i) - 2.2, 4.4, 4.4);
            }
        }
    }

    private static void DrawBars(XGraphics g, XRect area, FigureChart chart, string format, int threshold, ReportPdfFonts fonts, decimal step, int ticks)
    {
        var top = step * ticks;
        var labelWidth = Math.Min(area.Width * 0.35, chart.Labels.Select(l => g.MeasureString(l, fonts.Small).Width).DefaultIfEmpty(0).Max() + 8);
        var plot = new XRect(area.X + labelWidth, area.Y, area.Width - labelWidth - 36, area.Height - Axis);
        var slot = BarSlot(chart);
        var bar = (slot - 6) / Math.Max(chart.Series.Length, 1);
        for (var i = 0; i <= ticks; i++)
        {
            var x = plot.Left + (plot.Width * (double)(step * i / top));
            g.DrawLine(i == 0 ? AxisPen : GridPen, x, plot.Top, x, plot.Bottom);
            g.DrawString(Label(step * i, format), fonts.Small, XBrushes.Black, new XRect(x - 30, plot.Bottom + 3, 60, 10), XStringFormats.TopCenter);
        }

        g.DrawLine(AxisPen, plot.Left, plot.Bottom, plot.Right, plot.Bottom);
        for (var c = 0; c < chart.Labels.Length; c++)
        {
            var y = plot.Top + (c * slot);
            g.DrawString(Fit(g, chart.Labels[c], fonts.Small, labelWidth - 6), fonts.Small, XBrushes.Black, new XRect(area.X, y, labelWidth - 6, slot), XStringFormats.CenterRight);
            for (var s = 0; s < chart.Series.Length; s++)
            {
                var points = chart.Series[s].Points;
                var box = new XRect(plot.Left, y + 3 + (s * bar), 0, bar);
                if (c >= points.Length)
                {
                    continue;
                }

                var point = points[c];
                if (!point.IsExact)
                {
                    g.DrawString(point.Text(threshold, format), fonts.Small, XBrushes.DimGray, new XRect(plot.Left + 3, box.Y, plot.Width, bar), XStringFormats.CenterLeft);
                    continue;
                }

                var length = plot.Width * (double)(point.Value / top);
                g.DrawRectangle(new XSolidBrush(Palette[s % Palette.Length]), plot.Left, box.Y, length, bar - 1);
                g.DrawString(Label(point.Value, format), fonts.Small, XBrushes.Black, new XRect(plot.Left + length + 3, box.Y, 40, bar), XStringFormats.CenterLeft);
            }
        }
    }

    private static void DrawLegend(XGraphics g, XRect area, FigureChart chart, ReportPdfFonts fonts)
    {
        var x = area.X;
        var y = area.Y;
        for (var s = 0; s < chart.Series.Length; s++)
        {
            var width = 14 + g.MeasureString(chart.Series[s].Label, fonts.Small).Width + 12;
            if (x > area.X && x + width > area.Right)
            {
                x = area.X;
                y += LegendRow;
            }

            g.DrawRectangle(new XSolidBrush(Palette[s % Palette.Length]), x, y + 2, 9, 7);
            g.DrawString(chart.Series[s].Label, fonts.Small, XBrushes.Black, x + 13, y, XStringFormats.TopLeft);
            x += width;
        }
    }

    // One legend row per three series is enough room for the wrap in DrawLegend at A4 width with short series names.
    private static double Legend(FigureChart chart) => chart.Series.Length > 1 ? (Math.Ceiling(chart.Series.Length / 3.0) * LegendRow) + 4 : 0;

    private static double BarSlot(FigureChart chart) => Math.Max(14, (Math.Max(chart.Series.Length, 1) * 9) + 6);

    // A round step (1, 2 or 5 × 10ⁿ) giving at most five gridlines above zero; whole steps for whole numbers, so no label is rounded.
    private static (decimal Step, int Ticks) Scale(decimal max, bool whole)
    {
        if (max <= 0)
        {
            return (1, 1);
        }

        var magnitude = (decimal)Math.Pow(10, Math.Floor(Math.Log10((double)max / 5)));
        foreach (var factor in (decimal[])[1m, 2m, 5m, 10m])
        {
            var step = whole ? Math.Max(1, magnitude * factor) : magnitude * factor;
            var ticks = (int)Math.Ceiling(max / step);
            if (ticks <= 5)
            {
                return (step, Math.Max(ticks, 1));
            }
        }

        return (magnitude * 10, 5);
    }

    private static bool WholeNumbers(string format) => format.Length == 2 && format[1] == '0' && format[0] is 'N' or 'n' or 'C' or 'c';

    private static string Label(decimal value, string format) => Shown.Exact(value).Text(0, format);

    private static string Fit(XGraphics g, string text, XFont font, double width)
    {
        if (g.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text;
        while (cut.Length > 1 && g.MeasureString(cut + "…", font).Width > width)
        {
            cut = cut[..^1];
        }

        return cut + "…";
    }
}
