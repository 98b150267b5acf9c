using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

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

    private double Width => _page!.Width.Point - (2 * Margin);

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

    /// <summary>Keeps a heading with what follows it: a new page when less than <paramref name="points"/> is left.</summary>
    public void KeepTogether(double points) => EnsureRoom(points);

    /// <summary>"Verslag … — pagina 1 van 3" at the foot of every page, once all pages exist.</summary>
    public void Footers(string title, XFont font)
    {
        _graphics?.Dispose();
        _graphics = null;
        for (var i = 0; i < _document.PageCount; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
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
