using System.Collections.Immutable;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Agenda;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>
/// The invitation when a meeting is published, the update when its agenda changes afterwards, and the cancellation
/// when a published meeting is called off: to every coordinator and active member, each with the meeting as an
/// iCalendar attachment for their own address.
/// </summary>
internal sealed class InvitationNotices(
    IGrainFactory grains,
    IDbContextFactory<AppDbContext> contexts,
    IOptions<PublicUrlOptions> publicUrl,
    IOptions<CalendarOptions> calendar) : INoticeSource
{
    public string Name => "invitations";

    public bool Handles(LoggedEvent logged) => logged?.Event is MeetingPublished or MeetingCancelled or AgendaChangesAnnounced or MeetingMoved or MeetingPlaceChanged;

    public async Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var meeting = await grains.GetGrain<IMeetingGrain>(Guid.ParseExact(logged.Key, "N")).GetInvitationAsync();
        if (meeting.PublishedAt is null || meeting.PublishedAt > logged.RecordedAt)
        {
            // A concept never reached anyone's calendar: a move, a new place or a cancellation before publication tells nobody.
            return [];
        }

        var (participants, people) = await PeopleAsync(meeting.NetworkId);
        var addresses = await AddressesAsync(participants, cancellationToken);
        var entry = Entry(meeting, people, logged.RecordedAt);
        var notices = new List<Notice>();
        foreach (var participant in participants.Where(p => addresses.ContainsKey(p.UserId)))
        {
            var ics = MeetingCalendar.Invitation(entry, calendar.Value.OrganizerEmail, people.Network.Name, addresses[participant.UserId], participant.DisplayName);
            var (subject, content, file) = logged.Event switch
            {
                MeetingCancelled => Cancellation(meeting, participant, people),
                AgendaChangesAnnounced announced => Changes(meeting, participant, people, announced),
                MeetingMoved moved => Moved(meeting, participant, people, moved),
                MeetingPlaceChanged => PlaceChanged(meeting, participant, people),
                _ => Invitation(meeting, participant, people),
            };
            notices.Add(Notice.From(participant.UserId, subject, content) with
            {
                Attachments = [Ics(file, entry.Cancelled ? "CANCEL" : "REQUEST", ics)],
            });
        }

        return notices;
    }

    /// <summary>Who the network's meeting mail goes to, and who presents what by name.</summary>
    public async Task<(ImmutableArray<Participant> Participants, AgendaPeople People)> PeopleAsync(string networkId)
    {
        var network = grains.GetGrain<INetworkGrain>(networkId);
        var participants = await network.GetParticipantsAsync();

        // The network's view is read as its first coordinator sees it: the mail shows what the chair shows on the page.
        var chair = participants.First(p => p.Role == NetworkRole.Coordinator);
        return (participants, new AgendaPeople(await network.GetAsync(new Actor(chair.UserId))));
    }

    /// <summary>The meeting as a calendar entry; its description is the agenda, so a changed agenda updates the entry too.</summary>
    public CalendarEntry Entry(MeetingInvitation meeting, AgendaPeople people, DateTimeOffset stamp)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        var description = new StringBuilder();
        foreach (var line in AgendaLines(meeting, people))
        {
            description.Append(line).Append('\n');
        }

        description.Append('\n').Append(MeetingLink(meeting.Id));
        return new CalendarEntry(
            meeting.Id,
            meeting.Title,
            meeting.StartsAt,
            meeting.EndsAt,
            Where(meeting),
            description.ToString(),
            new Uri(MeetingLink(meeting.Id)),
            meeting.CalendarSequence,
            meeting.Status == MeetingStatus.Cancelled,
            stamp);
    }

    private (string Subject, MailContent Content, string File) Invitation(MeetingInvitation meeting, Participant to, AgendaPeople people)
    {
        var content = new MailContent(to.DisplayName)
            .Paragraph($"{people.Network.Name} nodigt u uit voor de netwerkbijeenkomst.")
            .Facts(Facts(meeting))
            .Heading("Agenda")
            .List(AgendaLines(meeting, people));
        Answer(content, meeting, to);
        content.Paragraph("In de bijlage staat de bijeenkomst voor uw agenda. Verandert er iets, dan krijgt u bericht.");
        return ($"Uitnodiging: {meeting.Title}, {DutchFormat.DateTime(meeting.StartsAt)}", content, "uitnodiging.ics");
    }

    private (string Subject, MailContent Content, string File) Changes(MeetingInvitation meeting, Participant to, AgendaPeople people, AgendaChangesAnnounced announced)
    {
        var content = new MailContent(to.DisplayName)
            .Paragraph($"De agenda van de netwerkbijeenkomst van {people.Network.Name} is veranderd.")
            .Facts(Facts(meeting))
            .Heading("Wat is er veranderd")
            .List(announced.Changes.Select(change => AgendaChangeText.Describe(change, people)))
            .Heading("De agenda nu")
            .List(AgendaLines(meeting, people));
        Answer(content, meeting, to);
        content.Paragraph("Met de bijlage werkt u de bijeenkomst in uw agenda bij.");
        return ($"Agenda gewijzigd: {meeting.Title}, {DutchFormat.DateTime(meeting.StartsAt)}", content, "uitnodiging.ics");
    }

    private (string Subject, MailContent Content, string File) Moved(MeetingInvitation meeting, Participant to, AgendaPeople people, MeetingMoved moved) =>
        Update(
            meeting,
            to,
            $"De netwerkbijeenkomst van {people.Network.Name} is verplaatst.",
            [("Wat", meeting.Title), ("Was", $"{DutchFormat.DateTime(moved.OldStartsAt)}–{DutchFormat.Time(moved.OldEndsAt)}"), ("Wordt", When(meeting)), ("Reden", moved.Reason)],
            $"Verplaatst: {meeting.Title}, nu {DutchFormat.DateTime(meeting.StartsAt)}");

    private (string Subject, MailContent Content, string File) PlaceChanged(MeetingInvitation meeting, Participant to, AgendaPeople people) =>
        Update(
            meeting,
            to,
            $"De netwerkbijeenkomst van {people.Network.Name} is op een andere plek.",
            [("Wat", meeting.Title), ("Wanneer", When(meeting)), ("Waar", Where(meeting) ?? "")],
            $"Andere plek: {meeting.Title}, {DutchFormat.DateTime(meeting.StartsAt)}");

    private (string Subject, MailContent Content, string File) Update(
        MeetingInvitation meeting, Participant to, string intro, IEnumerable<(string Label, string Value)> facts, string subject)
    {
        var content = new MailContent(to.DisplayName).Paragraph(intro).Facts(facts);
        Answer(content, meeting, to);
        content.Paragraph("Met de bijlage werkt u de bijeenkomst in uw agenda bij.");
        return (subject, content, "uitnodiging.ics");
    }

    private static (string Subject, MailContent Content, string File) Cancellation(MeetingInvitation meeting, Participant to, AgendaPeople people)
    {
        var content = new MailContent(to.DisplayName)
            .Paragraph($"{people.Network.Name} heeft de netwerkbijeenkomst afgelast.")
            .Facts([("Wat", meeting.Title), ("Wanneer", When(meeting)), ("Reden", meeting.CancelReason ?? "")])
            .Paragraph("Met de bijlage haalt u de bijeenkomst uit uw agenda.");
        return ($"Afgelast: {meeting.Title}, {DutchFormat.DateTime(meeting.StartsAt)}", content, "afgelast.ics");
    }

    /// <summary>Members get the links to answer; the coordinators chair the meeting and are not asked.</summary>
    private void Answer(MailContent content, MeetingInvitation meeting, Participant to)
    {
        if (to.Role == NetworkRole.Coordinator)
        {
            content.Paragraph("U leidt deze bijeenkomst als coördinator: u hoeft niet te antwoorden.")
                .Link("De bijeenkomst bekijken", MeetingLink(meeting.Id));
            return;
        }

        var answer = meeting.Rsvps.TryGetValue(to.UserId, out var given) ? $"U hebt geantwoord: {DutchFormat.Name(given)}. Wilt u dat veranderen?" : "Laat de coördinator weten of u komt:";
        content.Paragraph(answer)
            .Link("Ja, ik kom", RsvpLink(meeting.Id, "ja"))
            .Link("Misschien", RsvpLink(meeting.Id, "misschien"))
            .Link("Nee, ik kan niet", RsvpLink(meeting.Id, "nee"));
    }

    private static IEnumerable<string> AgendaLines(MeetingInvitation meeting, AgendaPeople people) =>
        meeting.Agenda.Select(item => string.Join(", ", new[] { $"{item.Title} ({item.PlannedMinutes} min.)", people.Presenter(item) }.Where(p => p.Length > 0)));

    private static IEnumerable<(string Label, string Value)> Facts(MeetingInvitation meeting)
    {
        yield return ("Wat", meeting.Title);
        yield return ("Wanneer", When(meeting));
        if (meeting.Place is { } place)
        {
            yield return ("Waar", place);
        }

        if (meeting.OnlineLink is { } link)
        {
            yield return ("Online", link);
        }
    }

    /// <summary>The place, and the online link, as a calendar's location.</summary>
    private static string? Where(MeetingInvitation meeting) =>
        string.Join(" · ", new[] { meeting.Place, meeting.OnlineLink }.OfType<string>()) is { Length: > 0 } where ? where : null;

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
