using System.Diagnostics;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>The text of a PDF as Debian's poppler-utils read it: what a reader's PDF viewer would find, not what we wrote.</summary>
public static class Pdftotext
{
    /// <summary>With <paramref name="raw"/>, in the order the PDF draws its text, so a table reads row by row as drawn.</summary>
    public static async Task<string> ReadAsync(byte[] pdf, bool raw = false)
    {
        var file = Path.Combine(Path.GetTempPath(), $"verslag-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", raw ? ["-raw", "-enc", "UTF-8", file, "-"] : ["-enc", "UTF-8", file, "-"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException("pdftotext did not start; install poppler-utils.");
            var text = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
            Assert.True(process.ExitCode == 0, $"pdftotext failed: {await errors}");
            return await text;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
