using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>
/// The 48-hour mails of a meeting: a reminder to who answered yes or maybe, a nudge with the meeting's link to the members
/// who did not answer. The event names them all, so a second run names the same people; relative dates count from the
/// commit, so it also words them the same.
/// </summary>
internal sealed class MeetingReminderNotices(Recipients recipients) : INoticeSource
{
    public string Name => "herinnering-bijeenkomst";

    public bool Handles(LoggedEvent logged) => logged?.Event is AttendanceReminderDue;

    public async Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var due = (AttendanceReminderDue)logged.Event;
        var meetingId = Guid.Parse(logged.Key);
        var (title, networkName) = await recipients.MeetingAsync(meetingId, cancellationToken);
        var names = await recipients.NamesAsync(due.Attending.Concat(due.Unanswered), cancellationToken);
        var link = $"{recipients.BaseUrl}/bijeenkomsten/{meetingId}";

        // In calendar days ("over 2 dagen"), not hours: 47 hours before a Tuesday evening is Sunday, not "morgen".
        // Relative dates come from DutchFormat, which the switch to Humanizer.Core.nl changes in one place.
        var relative = DutchFormat.Relative(DutchFormat.Today(due.StartsAt), DutchFormat.Today(due.At));
        var when = $"{DutchFormat.DateTime(due.StartsAt)} ({relative})";
        var notices = new List<Notice>();
        foreach (var userId in due.Attending.Where(names.ContainsKey))
        {
            notices.Add(new ReminderMail(names[userId])
                .Paragraph($"Een herinnering: {title} van {networkName} is {when}. U hebt laten weten dat u komt of misschien komt.")
                .Paragraph("Kunt u toch niet? Geef het door op de pagina van de bijeenkomst, dan weet de coördinator het.")
                .Link("De agenda en uw antwoord", link)
                .To(userId, $"Herinnering: {title}, {relative}", NoticeKind.MeetingReminder, recipients.BaseUrl));
        }

        foreach (var userId in due.Unanswered.Where(names.ContainsKey))
        {
            notices.Add(new ReminderMail(names[userId])
                .Paragraph($"{title} van {networkName} is {when}. U hebt nog niet laten weten of u komt.")
                .Paragraph("Wilt u het doorgeven? Dan weet de coördinator op hoeveel mensen hij of zij kan rekenen.")
                .Link("Laat weten of u komt", link)
                .To(userId, $"Komt u naar {title}?", NoticeKind.RsvpNudge, recipients.BaseUrl));
        }

        return notices;
    }
}
