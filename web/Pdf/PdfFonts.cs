using PdfSharp.Fonts;

namespace Netwerkbijeenkomst.Web.Pdf;

/// <summary>
/// PDFsharp's fonts: DejaVu Sans, embedded in this assembly. PDFsharp finds no system fonts off Windows, and a server
/// or container image need not have any, so the PDF looks the same wherever it is made; DejaVu has ş, ı, ğ and the
/// other letters of the members' names. Every family and style asked for resolves to it (italic to upright).
/// </summary>
internal sealed class PdfFonts : IFontResolver
{
    public const string Family = "DejaVu Sans";
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";

    private static readonly Lock Gate = new();
    private static readonly PdfFonts Instance = new();

    /// <summary>Installs the resolver once per process; PDFsharp refuses a different resolver after the first font was used.</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver != Instance)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(bold ? Bold : Regular);

    public byte[]? GetFont(string faceName)
    {
        using var stream = typeof(PdfFonts).Assembly.GetManifestResourceStream($"Netwerkbijeenkomst.Web.Pdf.Fonts.{faceName}.ttf");
        if (stream is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
