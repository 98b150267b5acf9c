using Netwerkbijeenkomst.Web.Pdf;
using PdfSharp.Drawing;

namespace Netwerkbijeenkomst.Web.Reports.Export;

/// <summary>The report's type sizes, all DejaVu Sans; made per document, after <see cref="PdfFonts.Install"/>.</summary>
internal sealed record ReportPdfFonts(XFont Title, XFont Heading, XFont Subheading, XFont Body, XFont Bold, XFont Cell, XFont CellBold, XFont Small)
{
    public static ReportPdfFonts Create()
    {
        PdfFonts.Install();
        return new(
            new XFont(PdfFonts.Family, 16, XFontStyleEx.Bold),
            new XFont(PdfFonts.Family, 13, XFontStyleEx.Bold),
            new XFont(PdfFonts.Family, 11, XFontStyleEx.Bold),
            new XFont(PdfFonts.Family, 10),
            new XFont(PdfFonts.Family, 10, XFontStyleEx.Bold),
            new XFont(PdfFonts.Family, 8.5),
            new XFont(PdfFonts.Family, 8.5, XFontStyleEx.Bold),
            new XFont(PdfFonts.Family, 7.5));
    }
}
