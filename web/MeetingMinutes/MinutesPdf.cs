using Netwerkbijeenkomst.Web.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>The minutes as a PDF file (PDFsharp 6.2.4), with the same words as the page and the Markdown file.</summary>
public static class MinutesPdf
{
    public const string ContentType = "application/pdf";

    public static byte[] Write(MinutesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        PdfFonts.Install();
        var title = new XFont(PdfFonts.Family, 17, XFontStyleEx.Bold);
        var heading = new XFont(PdfFonts.Family, 13, XFontStyleEx.Bold);
        var subheading = new XFont(PdfFonts.Family, 11, XFontStyleEx.Bold);
        var body = new XFont(PdfFonts.Family, 10);
        var bold = new XFont(PdfFonts.Family, 10, XFontStyleEx.Bold);
        var small = new XFont(PdfFonts.Family, 8);

        using var document = new PdfDocument();
        document.Info.Title = $"Verslag: {report.Title}";
        document.Info.Subject = report.NetworkName;
        document.Language = "nl-NL";
        using (var flow = new PdfFlow(document))
        {
            flow.Text($"Verslag: {report.Title}", title);
            flow.Text($"{report.NetworkName} — {report.Date}", body);
            flow.Text(report.Status, body);
            flow.Space(10);

            flow.KeepTogether(40);
            flow.Text("Aanwezig", heading);
            flow.Text(report.Attendees.Count == 0 ? "Niemand was aanwezig in de online bijeenkomst." : string.Join(", ", report.Attendees), body);
            if (report.Regrets.Count > 0)
            {
                flow.Text(string.Join(", ", report.Regrets), body, prefix: "Afgemeld:", prefixFont: bold);
            }

            flow.Space(10);
            flow.KeepTogether(40);
            flow.Text("Agenda", heading);
            foreach (var section in report.Sections)
            {
                flow.Space(6);
                flow.KeepTogether(36);
                flow.Text(section.Heading, subheading);
                if (section.Byline is not null)
                {
                    flow.Text(section.Byline, body);
                }

                if (section.IsCase && section.Lines.Count == 0)
                {
                    flow.Text(MinutesReport.NothingRecorded, body);
                }

                foreach (var line in section.Lines)
                {
                    flow.Text(line.Text, body, indent: 10, prefix: $"{line.Label}:", prefixFont: bold);
                }

                if (section.Note is not null)
                {
                    flow.Text(section.Note, body, indent: 10, prefix: "Notitie:", prefixFont: bold);
                }
            }

            if (report.OtherActionPoints.Count > 0)
            {
                flow.Space(10);
                flow.KeepTogether(40);
                flow.Text("Overige actiepunten", heading);
                foreach (var line in report.OtherActionPoints)
                {
                    flow.Text(line.Text, body, indent: 10, prefix: "•");
                }
            }

            flow.Footers($"Verslag: {report.Title}", small);
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}
