using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Netwerkbijeenkomst.Web.Pdf;

/// <summary>Text flowing down A4 pages: wraps words to the width, starts a new page at the bottom margin.</summary>
internal sealed class PdfFlow : IDisposable
{
    private const double Margin = 56;
    private const double FooterSpace = 28;
    private readonly PdfDocument _document;
    private XGraphics? _graphics;
    private PdfPage? _page;
    private double _y;

    public PdfFlow(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    /// <summary>The width between the margins, in points.</summary>
    public double Width => _page!.Width.Point - (2 * Margin);

    private double Bottom => _page!.Height.Point - Margin - FooterSpace;

    /// <summary>Writes the text wrapped to the width, after <paramref name="prefix"/> in <paramref name="prefixFont"/> on its first line; line breaks in the text are kept.</summary>
    public void Text(string text, XFont font, double indent = 0, string? prefix = null, XFont? prefixFont = null)
    {
        var lineHeight = font.GetHeight() * 1.25;
        var first = true;
        foreach (var paragraph in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var x = indent;
            if (first && prefix is not null)
            {
                EnsureRoom(lineHeight);
                var start = prefixFont ?? font;
                _graphics!.DrawString(prefix, start, XBrushes.Black, Margin + x, _y, XStringFormats.TopLeft);
                x += _graphics.MeasureString(prefix + " ", start).Width;
            }

            first = false;
            var line = "";
            foreach (var word in Words(paragraph, font, Width - indent))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && x + _graphics!.MeasureString(candidate, font).Width > Width)
                {
                    Line(line, font, x, lineHeight);
                    x = indent;
                    line = word;
                }
                else
                {
                    line = candidate;
                }
            }

            Line(line, font, x, lineHeight);
        }
    }

    public void Space(double points) => _y += points;

    /// <summary>Starts the next content on a new page.</summary>
    public void PageBreak() => NewPage();

    /// <summary>Whether a block of <paramref name="height"/> points still fits on this page.</summary>
    public bool Fits(double height) => _y + height <= Bottom;

    /// <summary>Draws a block of <paramref name="height"/> points across the width (on a new page when it does not fit) and moves below it.</summary>
    public void Block(double height, Action<XGraphics, XRect> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        EnsureRoom(height);
        draw(_graphics!, new XRect(Margin, _y, Width, height));
        _y += height;
    }

    /// <summary>The width of <paramref name="text"/> in <paramref name="font"/>, in points.</summary>
    public double Measure(string text, XFont font) => text.Length == 0 ? 0 : _graphics!.MeasureString(text, font).Width;

    /// <summary>The text broken into lines no wider than <paramref name="width"/>; a word too wide is cut.</summary>
    public IReadOnlyList<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in Words(text, font, width))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && _graphics!.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Keeps a heading with what follows it: a new page when less than <paramref name="points"/> is left.</summary>
    public void KeepTogether(double points) => EnsureRoom(points);

    /// <summary>"Verslag … — pagina 1 van 3" at the foot of every page, once all pages exist, with an optional note line above it.</summary>
    public void Footers(string title, XFont font, string? note = null)
    {
        _graphics?.Dispose();
        _graphics = null;
        for (var i = 0; i < _document.PageCount; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            if (note is not null)
            {
                graphics.DrawString(note, font, XBrushes.DimGray, Margin, page.Height.Point - Margin - (font.GetHeight() * 1.4), XStringFormats.TopLeft);
            }

            graphics.DrawString($"{title} — pagina {i + 1} van {_document.PageCount}", font, XBrushes.DimGray, Margin, page.Height.Point - Margin, XStringFormats.TopLeft);
        }
    }

    public void Dispose() => _graphics?.Dispose();

    private void Line(string text, XFont font, double x, double lineHeight)
    {
        EnsureRoom(lineHeight);
        if (text.Length > 0)
        {
            _graphics!.DrawString(text, font, XBrushes.Black, Margin + x, _y, XStringFormats.TopLeft);
        }

        _y += lineHeight;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    // A word wider than the line (a long link) is cut into pieces that fit.
    private IEnumerable<string> Words(string paragraph, XFont font, double width)
    {
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var rest = word;
            while (_graphics!.MeasureString(rest, font).Width > width && rest.Length > 1)
            {
                var fits = 1;
                while (fits < rest.Length && _graphics.MeasureString(rest[..(fits + 1)], font).Width <= width)
                {
                    fits++;
                }

                yield return rest[..fits];
                rest = rest[fits..];
            }

            yield return rest;
        }
    }
}
