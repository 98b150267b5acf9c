using Netwerkbijeenkomst.Web.Pdf;
using PdfSharp.Drawing;

namespace Netwerkbijeenkomst.Web.Reports.Export;

/// <summary>One row of a PDF table: a label (with an optional small note beneath it) and cells already as text.</summary>
internal sealed record PdfTableRow(string Label, string? Note, IReadOnlyList<PdfTableCell> Cells);

/// <summary>A cell's text; a cell that is not an exact value is printed grey, like the page's table.</summary>
internal sealed record PdfTableCell(string Text, bool Exact);

/// <summary>
/// Draws a table down the flow: a label column, then number columns right-aligned. Columns that do not fit the width are
/// carried on in a second table under the first (label column repeated), and the header is repeated on a new page.
/// </summary>
internal static class ReportPdfTable
{
    private const double Padding = 4;
    private const double MinColumn = 46;
    private static readonly XBrush Shade = new XSolidBrush(XColor.FromArgb(243, 244, 246));
    private static readonly XPen Rule = new(XColors.DimGray, 0.6);
    private static readonly XPen Hairline = new(XColor.FromArgb(210, 210, 210), 0.4);

    public static void Draw(PdfFlow flow, ReportPdfFonts fonts, string labelHeader, IReadOnlyList<string> columns, IReadOnlyList<PdfTableRow> rows)
    {
        var widths = Enumerable.Range(0, columns.Count).Select(i => ColumnWidth(flow, fonts, columns[i], rows, i)).ToList();
        var labelWidth = Math.Min(flow.Width * 0.42, Math.Max(flow.Width - widths.Sum(), flow.Width * 0.3));
        var start = 0;
        while (start < columns.Count || (start == 0 && columns.Count == 0))
        {
            var count = 0;
            var used = labelWidth;
            while (start + count < columns.Count && (count == 0 || used + widths[start + count] <= flow.Width))
            {
                used += widths[start + count];
                count++;
            }

            // What is left over goes to the label column, so a short table spans the page like the others.
            var spare = flow.Width - used;
            var part = Enumerable.Range(start, count).ToList();
            DrawPart(flow, fonts, labelHeader, labelWidth + Math.Max(0, spare), part.Select(i => columns[i]).ToList(), part.Select(i => widths[i]).ToList(), rows, part);
            start += Math.Max(count, 1);
            if (start < columns.Count)
            {
                flow.Space(8);
            }
        }
    }

    private static double ColumnWidth(PdfFlow flow, ReportPdfFonts fonts, string header, IReadOnlyList<PdfTableRow> rows, int index)
    {
        var widest = rows.Select(r => index < r.Cells.Count ? flow.Measure(r.Cells[index].Text, fonts.Cell) : 0).DefaultIfEmpty(0).Max();
        // The whole header on one line ("3e kwartaal 2026"); a header wider than a third of the page wraps.
        return Math.Min(flow.Width / 3, Math.Max(MinColumn, Math.Max(widest, flow.Measure(header, fonts.CellBold)) + (2 * Padding)));
    }

    private static void DrawPart(PdfFlow flow, ReportPdfFonts fonts, string labelHeader, double labelWidth, IReadOnlyList<string> columns, List<double> widths, IReadOnlyList<PdfTableRow> rows, List<int> indexes)
    {
        var lineHeight = fonts.Cell.GetHeight() * 1.2;
        var smallHeight = fonts.Small.GetHeight() * 1.2;
        var headerLines = columns.Select((c, i) => flow.Wrap(c, fonts.CellBold, widths[i] - (2 * Padding))).Prepend(flow.Wrap(labelHeader, fonts.CellBold, labelWidth - (2 * Padding))).ToList();
        var headerHeight = (headerLines.Max(l => l.Count) * lineHeight) + (2 * Padding);
        var layouts = rows.Select(row => (
            Row: row,
            Label: flow.Wrap(row.Label, fonts.Cell, labelWidth - (2 * Padding)),
            Note: row.Note is null ? [] : flow.Wrap(row.Note, fonts.Small, labelWidth - (2 * Padding)))).ToList();

        void Header() => flow.Block(headerHeight, (g, area) =>
        {
            var x = area.X;
            for (var i = 0; i < headerLines.Count; i++)
            {
                var width = i == 0 ? labelWidth : widths[i - 1];
                for (var line = 0; line < headerLines[i].Count; line++)
                {
                    var box = new XRect(x + Padding, area.Y + Padding + (line * lineHeight), width - (2 * Padding), lineHeight);
                    g.DrawString(headerLines[i][line], fonts.CellBold, XBrushes.Black, box, i == 0 ? XStringFormats.TopLeft : XStringFormats.TopRight);
                }

                x += width;
            }

            g.DrawLine(Rule, area.X, area.Bottom, area.X + labelWidth + widths.Sum(), area.Bottom);
        });

        flow.KeepTogether(headerHeight + (2 * lineHeight) + (2 * Padding));
        Header();
        if (rows.Count == 0)
        {
            flow.Text("Geen gegevens in deze periode.", fonts.Cell, indent: Padding);
            return;
        }

        for (var r = 0; r < layouts.Count; r++)
        {
            var (row, label, note) = layouts[r];
            var height = (label.Count * lineHeight) + (note.Count * smallHeight) + (2 * Padding);
            if (!flow.Fits(height))
            {
                flow.PageBreak();
                Header();
            }

            var shaded = r % 2 == 1;
            flow.Block(height, (g, area) =>
            {
                var total = labelWidth + widths.Sum();
                if (shaded)
                {
                    g.DrawRectangle(Shade, area.X, area.Y, total, area.Height);
                }

                var y = area.Y + Padding;
                foreach (var line in label)
                {
                    g.DrawString(line, fonts.Cell, XBrushes.Black, area.X + Padding, y, XStringFormats.TopLeft);
                    y += lineHeight;
                }

                foreach (var line in note)
                {
                    g.DrawString(line, fonts.Small, XBrushes.DimGray, area.X + Padding, y, XStringFormats.TopLeft);
                    y += smallHeight;
                }

                var x = area.X + labelWidth;
                for (var c = 0; c < indexes.Count; c++)
                {
                    var cell = indexes[c] < row.Cells.Count ? row.Cells[indexes[c]] : new PdfTableCell("", true);
                    var box = new XRect(x + Padding, area.Y + Padding, widths[c] - (2 * Padding), lineHeight);
                    g.DrawString(cell.Text, fonts.Cell, cell.Exact ? XBrushes.Black : XBrushes.DimGray, box, XStringFormats.TopRight);
                    x += widths[c];
                }

                g.DrawLine(Hairline, area.X, area.Bottom, area.X + total, area.Bottom);
            });
        }
    }
}
