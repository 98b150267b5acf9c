using System.Net;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>
/// The mail that approved minutes are ready: which meeting, and the link to read them. The minutes themselves are not in
/// it (nor attached): they speak about cases, and a mailbox keeps what the retention period must erase.
/// </summary>
public sealed record MinutesMail(string Subject, string Text, string Html)
{
    public static MinutesMail For(string displayName, string networkName, string meetingTitle, string date, string link)
    {
        var subject = $"Verslag vastgesteld: {meetingTitle}";
        var intro = $"Het verslag van {meetingTitle} van {networkName} ({date}) is vastgesteld door de coördinator.";
        const string Read = "U leest het verslag na inloggen via de link hieronder. Daar kunt u het ook downloaden als PDF of als Markdown-bestand.";
        const string Why = "Het verslag zelf staat niet in deze mail, omdat het over casussen gaat. Bewaar een download alleen zolang u die nodig hebt.";

        var text = $"Beste {displayName},\n\n{intro}\n\n{Read}\n\n{link}\n\n{Why}\n";
        var html = $"<!DOCTYPE html><html lang=\"nl\"><body><p>Beste {Encode(displayName)},</p><p>{Encode(intro)}</p><p>{Encode(Read)}</p>"
            + $"<p><a href=\"{Encode(link)}\">Verslag lezen</a></p><p>{Encode(Why)}</p></body></html>";
        return new MinutesMail(subject, text, html);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
