using System.Globalization;
using System.Text;
using QRCoder;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>
/// A QR code as an SVG path to put inline in the page: no image request to serve, nothing for img-src, and no style
/// attribute (the page's CSP allows neither inline styles nor data: images).
/// </summary>
public sealed record QrCodeDrawing(int Size, string Path)
{
    public static QrCodeDrawing Of(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < rows.Count; y++)
        {
            for (var x = 0; x < rows[y].Length; x++)
            {
                if (rows[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        // The matrix includes the quiet zone (four modules each side) that scanners need.
        return new QrCodeDrawing(rows.Count, path.ToString());
    }
}
