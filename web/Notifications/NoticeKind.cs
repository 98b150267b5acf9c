namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>The kinds of mail a person can turn off on /profiel/meldingen; stored as numbers, so only ever append.</summary>
public enum NoticeKind
{
    MeetingReminder,
    RsvpNudge,
    ActionPointReminder,
    WeeklySummary,
}
