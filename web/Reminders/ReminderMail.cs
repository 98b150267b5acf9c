using System.Net;
using System.Text;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>
/// One reminder mail, written once and rendered twice: plain text and HTML with the same words, every value encoded.
/// Each ends with where to turn this kind of mail off.
/// </summary>
internal sealed class ReminderMail
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new("<!DOCTYPE html><html lang=\"nl\"><body>");

    public ReminderMail(string displayName)
    {
        Paragraph($"Beste {displayName},");
    }

    public ReminderMail Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Encode(text)).Append("</p>");
        return this;
    }

    /// <summary>A heading with its lines; <paramref name="whenEmpty"/> stands in for an empty list.</summary>
    public ReminderMail List(string heading, IReadOnlyCollection<string> lines, string whenEmpty)
    {
        _text.Append(heading).Append('\n');
        _html.Append("<h2>").Append(Encode(heading)).Append("</h2>");
        if (lines.Count == 0)
        {
            _text.Append(whenEmpty).Append("\n\n");
            _html.Append("<p>").Append(Encode(whenEmpty)).Append("</p>");
            return this;
        }

        _html.Append("<ul>");
        foreach (var line in lines)
        {
            _text.Append("- ").Append(line).Append('\n');
            _html.Append("<li>").Append(Encode(line)).Append("</li>");
        }

        _text.Append('\n');
        _html.Append("</ul>");
        return this;
    }

    public ReminderMail Link(string label, string url)
    {
        _text.Append(label).Append(":\n").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></p>");
        return this;
    }

    public Notice To(string userId, string subject, NoticeKind kind, string baseUrl)
    {
        var optOut = $"Wilt u dit soort mail niet meer krijgen? Zet het uit op {baseUrl}/profiel/meldingen.";
        var text = _text.ToString() + optOut + "\n";
        var html = _html.ToString() + $"<p><small>{Encode(optOut)}</small></p></body></html>";
        return new Notice(userId, subject, text, html) { Kind = kind };
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
