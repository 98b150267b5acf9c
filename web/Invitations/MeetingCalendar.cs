using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>
/// Meetings as iCalendar (RFC 5545, with RFC 5546's methods): an invitation (REQUEST) or cancellation (CANCEL) for one
/// person, and a subscription feed (PUBLISH) of many meetings. The UID is the meeting's id, so every update replaces the
/// same entry in a calendar program; times are UTC, which every program converts to the reader's zone.
/// </summary>
public static class MeetingCalendar
{
    public const string ContentType = "text/calendar; charset=utf-8";
    private const string ProductId = "-//Netwerkbijeenkomst//Bijeenkomsten//NL";

    public static string Uid(Guid meetingId) => $"{meetingId:N}@netwerkbijeenkomst";

    /// <summary>The invitation for one attendee: METHOD:REQUEST, or METHOD:CANCEL when the meeting is cancelled.</summary>
    public static string Invitation(CalendarEntry entry, string organizerEmail, string organizerName, string attendeeEmail, string attendeeName)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var calendar = New(entry.Cancelled ? "CANCEL" : "REQUEST");
        var meeting = Event(entry);
        meeting.Organizer = new Organizer($"mailto:{organizerEmail}") { CommonName = organizerName };
        meeting.Attendees.Add(new Attendee($"mailto:{attendeeEmail}")
        {
            CommonName = attendeeName,
            Role = "REQ-PARTICIPANT",
            ParticipationStatus = "NEEDS-ACTION",
            Rsvp = !entry.Cancelled,
        });
        calendar.Events.Add(meeting);
        return Serialize(calendar);
    }

    /// <summary>A subscription feed of <paramref name="entries"/>: METHOD:PUBLISH, cancelled meetings marked so.</summary>
    public static string Feed(string name, IEnumerable<CalendarEntry> entries)
    {
        var calendar = New("PUBLISH");
        calendar.AddProperty("X-WR-CALNAME", name);
        foreach (var entry in entries)
        {
            calendar.Events.Add(Event(entry));
        }

        return Serialize(calendar);
    }

    private static Calendar New(string method) => new() { Method = method, ProductId = ProductId };

    private static CalendarEvent Event(CalendarEntry entry) => new()
    {
        Uid = Uid(entry.MeetingId),
        Summary = entry.Title,
        Description = entry.Description,
        Location = entry.Location,
        Url = entry.Url,
        DtStart = Utc(entry.StartsAt),
        DtEnd = Utc(entry.EndsAt),
        DtStamp = Utc(entry.Stamp),
        Sequence = entry.Sequence,
        Status = entry.Cancelled ? "CANCELLED" : "CONFIRMED",
    };

    private static CalDateTime Utc(DateTimeOffset instant) => new(instant.UtcDateTime);

    private static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar)!;
}
