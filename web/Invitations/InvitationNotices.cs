using System.Collections.Immutable;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>
/// The invitation when a meeting is published, and the cancellation when a published meeting is called off: to every
/// coordinator and active member, each with the meeting as an iCalendar attachment for their own address.
/// </summary>
internal sealed class InvitationNotices(
    IGrainFactory grains,
    IDbContextFactory<AppDbContext> contexts,
    IOptions<PublicUrlOptions> publicUrl,
    IOptions<CalendarOptions> calendar) : INoticeSource
{
    public string Name => "invitations";

    public bool Handles(LoggedEvent logged) => logged?.Event is MeetingPublished or MeetingCancelled;

    public async Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var meeting = await grains.GetGrain<IMeetingGrain>(Guid.ParseExact(logged.Key, "N")).GetInvitationAsync();
        if (logged.Event is MeetingCancelled && meeting.PublishedAt is null)
        {
            // A concept never reached anyone's calendar: there is nothing to take out.
            return [];
        }

        var participants = await grains.GetGrain<INetworkGrain>(meeting.NetworkId).GetParticipantsAsync();
        string networkName;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            networkName = await db.Networks.AsNoTracking().Where(n => n.NetworkId == meeting.NetworkId).Select(n => n.Name).SingleOrDefaultAsync(cancellationToken) ?? "Het netwerk";
        }

        var names = participants.ToDictionary(p => p.UserId, p => p.DisplayName);
        var addresses = await AddressesAsync(participants, cancellationToken);
        var notices = new List<Notice>();
        foreach (var participant in participants.Where(p => addresses.ContainsKey(p.UserId)))
        {
            var entry = Entry(meeting, names, logged.RecordedAt);
            var ics = MeetingCalendar.Invitation(entry, calendar.Value.OrganizerEmail, networkName, addresses[participant.UserId], participant.DisplayName);
            var (subject, content) = logged.Event is MeetingCancelled
                ? Cancellation(meeting, participant, networkName)
                : Invitation(meeting, participant, networkName, names);
            notices.Add(Notice.From(participant.UserId, subject, content) with
            {
                Attachments = [Ics(entry.Cancelled ? "afgelast.ics" : "uitnodiging.ics", entry.Cancelled ? "CANCEL" : "REQUEST", ics)],
            });
        }

        return notices;
    }

    /// <summary>The meeting as a calendar entry; its description is the agenda, so a changed agenda updates the entry too.</summary>
    public CalendarEntry Entry(MeetingInvitation meeting, IReadOnlyDictionary<string, string> names, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var description = new StringBuilder();
        foreach (var line in AgendaLines(meeting, names))
        {
            description.Append(line).Append('\n');
        }

        description.Append('\n').Append(MeetingLink(meeting.Id));
        return new CalendarEntry(
            meeting.Id,
            meeting.Title,
            meeting.StartsAt,
            meeting.EndsAt,
            null,
            description.ToString(),
            new Uri(MeetingLink(meeting.Id)),
            0,
            meeting.Status == MeetingStatus.Cancelled,
            stamp);
    }

    private (string Subject, MailContent Content) Invitation(MeetingInvitation meeting, Participant to, string networkName, IReadOnlyDictionary<string, string> names)
    {
        var content = new MailContent(to.DisplayName)
            .Paragraph($"{networkName} nodigt u uit voor de netwerkbijeenkomst.")
            .Facts([("Wat", meeting.Title), ("Wanneer", When(meeting))])
            .Heading("Agenda")
            .List(AgendaLines(meeting, names));
        if (to.Role == NetworkRole.Coordinator)
        {
            content.Paragraph("U bent coördinator van dit netwerk: de uitnodiging is voor uw agenda, u hoeft niet te antwoorden.")
                .Link("De bijeenkomst bekijken", MeetingLink(meeting.Id));
        }
        else
        {
            content.Paragraph("Laat de coördinator weten of u komt:")
                .Link("Ja, ik kom", RsvpLink(meeting.Id, "ja"))
                .Link("Misschien", RsvpLink(meeting.Id, "misschien"))
                .Link("Nee, ik kan niet", RsvpLink(meeting.Id, "nee"));
        }

        content.Paragraph("In de bijlage staat de bijeenkomst voor uw agenda. Verandert er iets, dan krijgt u bericht.");
        return ($"Uitnodiging: {meeting.Title}, {DutchFormat.DateTime(meeting.StartsAt)}", content);
    }

    private static (string Subject, MailContent Content) Cancellation(MeetingInvitation meeting, Participant to, string networkName)
    {
        var content = new MailContent(to.DisplayName)
            .Paragraph($"{networkName} heeft de netwerkbijeenkomst afgelast.")
            .Facts([("Wat", meeting.Title), ("Wanneer", When(meeting)), ("Reden", meeting.CancelReason ?? "")])
            .Paragraph("Met de bijlage haalt u de bijeenkomst uit uw agenda.");
        return ($"Afgelast: {meeting.Title}, {DutchFormat.DateTime(meeting.StartsAt)}", content);
    }

    private static IEnumerable<string> AgendaLines(MeetingInvitation meeting, IReadOnlyDictionary<string, string> names) =>
        meeting.Agenda.Select(item =>
            $"{item.Title} ({item.PlannedMinutes} min.)" + (item.PresenterId is { } presenter && names.TryGetValue(presenter, out var name) ? $" — {name}" : ""));

    private static string When(MeetingInvitation meeting) =>
        $"{DutchFormat.DateTime(meeting.StartsAt)}–{DutchFormat.Time(meeting.EndsAt)}";

    private async Task<Dictionary<string, string>> AddressesAsync(ImmutableArray<Participant> participants, CancellationToken cancellationToken)
    {
        var ids = participants.Select(p => p.UserId).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id) && u.Email != null)
            .ToDictionaryAsync(u => u.Id, u => u.Email!, cancellationToken);
    }

    private string MeetingLink(Guid meetingId) => publicUrl.Value.Link($"/bijeenkomsten/{meetingId}");

    private string RsvpLink(Guid meetingId, string answer) => publicUrl.Value.Link($"/bijeenkomsten/{meetingId}?antwoord={answer}#reactie");

    private static MailAttachment Ics(string fileName, string method, string ics) =>
        new(fileName, $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(ics));
}
