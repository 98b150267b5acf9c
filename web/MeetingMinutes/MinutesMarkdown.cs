using System.Text;
using System.Text.RegularExpressions;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>The minutes as a Markdown file: what people typed is escaped, so it reads as they wrote it in any Markdown viewer.</summary>
public static partial class MinutesMarkdown
{
    public const string ContentType = "text/markdown; charset=utf-8";

    public static string Write(MinutesReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var md = new StringBuilder();
        md.Append("# Verslag: ").AppendLine(Escape(report.Title)).AppendLine();
        md.Append(Escape(report.NetworkName)).Append(" — ").Append(Escape(report.Date)).AppendLine("  ");
        md.AppendLine(Escape(report.Status)).AppendLine();

        md.AppendLine("## Aanwezig").AppendLine();
        md.AppendLine(report.Attendees.Count == 0 ? "Niemand was aanwezig in de online bijeenkomst." : Escape(string.Join(", ", report.Attendees))).AppendLine();
        if (report.Regrets.Count > 0)
        {
            md.Append("Afgemeld: ").AppendLine(Escape(string.Join(", ", report.Regrets))).AppendLine();
        }

        md.AppendLine("## Agenda").AppendLine();
        foreach (var section in report.Sections)
        {
            md.Append("### ").AppendLine(Escape(section.Heading)).AppendLine();
            if (section.Byline is not null)
            {
                md.AppendLine(Escape(section.Byline)).AppendLine();
            }

            if (section.IsCase && section.Lines.Count == 0)
            {
                md.AppendLine(MinutesReport.NothingRecorded).AppendLine();
            }

            foreach (var line in section.Lines)
            {
                md.Append("- **").Append(Escape(line.Label)).Append(":** ").AppendLine(Escape(line.Text));
            }

            if (section.Lines.Count > 0)
            {
                md.AppendLine();
            }

            if (section.Note is not null)
            {
                md.Append("**Notitie:** ").AppendLine(Escape(section.Note)).AppendLine();
            }
        }

        if (report.OtherActionPoints.Count > 0)
        {
            md.AppendLine("## Overige actiepunten").AppendLine();
            foreach (var line in report.OtherActionPoints)
            {
                md.Append("- ").AppendLine(Escape(line.Text));
            }
        }

        return md.ToString().TrimEnd() + "\n";
    }

    /// <summary>
    /// Backslash-escapes what Markdown could read as markup — inline characters anywhere, list and heading marks at the
    /// start of a line — and keeps line breaks as hard breaks. Not every punctuation mark: the raw file stays readable.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .Select(line => LineStart().Replace(Inline().Replace(line.Trim(), @"\$0"), @"$1\$2"));
        return string.Join("\\\n", lines);
    }

    [GeneratedRegex(@"[\\`*_\[\]<>|~&]")]
    private static partial Regex Inline();

    [GeneratedRegex(@"^(\d*)([#+\-=]|(?<=\d)[.)])")]
    private static partial Regex LineStart();
}
