namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>The kinds of mail a person can turn off on /profiel/meldingen. (Private copy of the contract being built on main.)</summary>
public enum NoticeKind
{
    MeetingReminder,
    RsvpNudge,
    ActionPointReminder,
    WeeklySummary,
}
