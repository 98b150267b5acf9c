using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>
/// The mail that approved minutes are ready: which meeting, and the link to read them. The minutes themselves are not in
/// it (nor attached): they speak about cases, and a mailbox keeps what the retention period must erase.
/// </summary>
internal static class MinutesMail
{
    public static (string Subject, MailContent Content) For(string displayName, string networkName, string meetingTitle, string date, string link) =>
        ($"Verslag vastgesteld: {meetingTitle}",
            new MailContent(displayName)
                .Paragraph($"Het verslag van {meetingTitle} van {networkName} ({date}) is vastgesteld door de coördinator.")
                .Paragraph("U leest het verslag na inloggen via de link hieronder. Daar kunt u het ook downloaden als PDF of als Markdown-bestand.")
                .Link("Verslag lezen", link)
                .Paragraph("Het verslag zelf staat niet in deze mail, omdat het over casussen gaat. Bewaar een download alleen zolang u die nodig hebt."));
}
