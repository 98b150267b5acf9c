using System.Net;
using System.Text;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>
/// Writes a Dutch mail once and gives it as plain text and as HTML, so both always say the same: a greeting,
/// paragraphs, facts as label–value pairs, lists and links.
/// </summary>
public sealed class MailContent
{
    private readonly StringBuilder _text = new();
    private readonly StringBuilder _html = new();

    public MailContent(string? greetingName)
    {
        if (!string.IsNullOrWhiteSpace(greetingName))
        {
            Paragraph($"Beste {greetingName},");
        }
    }

    public MailContent Paragraph(string text)
    {
        _text.Append(text).Append("\n\n");
        _html.Append("<p>").Append(Encode(text)).Append("</p>");
        return this;
    }

    public MailContent Heading(string text)
    {
        _text.Append(text).Append('\n').Append(new string('-', text.Length)).Append('\n');
        _html.Append("<h2 style=\"font-size:1.1em\">").Append(Encode(text)).Append("</h2>");
        return this;
    }

    public MailContent Facts(IEnumerable<(string Label, string Value)> facts)
    {
        _html.Append("<dl>");
        foreach (var (label, value) in facts)
        {
            _text.Append(label).Append(": ").Append(value).Append('\n');
            _html.Append("<dt><strong>").Append(Encode(label)).Append("</strong></dt><dd>").Append(Encode(value)).Append("</dd>");
        }

        _text.Append('\n');
        _html.Append("</dl>");
        return this;
    }

    public MailContent List(IEnumerable<string> items)
    {
        _html.Append("<ul>");
        foreach (var item in items)
        {
            _text.Append("- ").Append(item).Append('\n');
            _html.Append("<li>").Append(Encode(item)).Append("</li>");
        }

        _text.Append('\n');
        _html.Append("</ul>");
        return this;
    }

    /// <summary>A link: in the text the label and the address on its own line, in HTML a link with the label.</summary>
    public MailContent Link(string label, string url)
    {
        _text.Append(label).Append(":\n").Append(url).Append("\n\n");
        _html.Append("<p><a href=\"").Append(Encode(url)).Append("\">").Append(Encode(label)).Append("</a></p>");
        return this;
    }

    public OutgoingMail To(string address, string subject) =>
        new(address, subject, Text, Html);

    public string Text => _text.ToString().TrimEnd() + "\n";

    public string Html => $"<!DOCTYPE html><html lang=\"nl\"><body style=\"font-family:sans-serif\">{_html}</body></html>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
