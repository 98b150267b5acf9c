using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>Every reminder ends with where to turn its kind of mail off.</summary>
internal static class ReminderMail
{
    public static Notice Remind(this MailContent content, string userId, string subject, NoticeKind kind, string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(content);
        content.Paragraph("Wilt u dit soort mail niet meer krijgen? Zet het uit bij uw meldingen.")
            .Link("Meldingen instellen", $"{baseUrl}/profiel/meldingen");
        return Notice.From(userId, subject, content) with { Kind = kind };
    }
}
