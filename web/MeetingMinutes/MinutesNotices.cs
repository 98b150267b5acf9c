using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>
/// Approved minutes go to the people the approval named (the active members and coordinators at that moment), each a
/// mail with the link to the minutes page. Meeting and network come from the page lists, so no grain is asked as anyone.
/// </summary>
internal sealed class MinutesNotices(
    IDbContextFactory<AppDbContext> contexts, ProjectionRunner<ListingsProjection, AppDbContext> listings, IConfiguration configuration) : INoticeSource
{
    public string Name => "minutes-approved";

    public bool Handles(LoggedEvent logged) => logged?.Event is MinutesApproved;

    public async Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var approved = (MinutesApproved)logged.Event;
        var meetingId = Guid.ParseExact(logged.Key, "N");

        // The page lists follow the log on their own; up to this event they hold the meeting and the network.
        await listings.CatchUpAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == meetingId, cancellationToken);
        var networkName = meeting is null ? null : (await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.NetworkId == meeting.NetworkId, cancellationToken))?.Name;
        var recipients = approved.Recipients.ToList();
        var people = await db.Users.AsNoTracking().Where(u => recipients.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var link = $"{BaseUrl}/bijeenkomsten/{meetingId}/verslag";
        var date = meeting is null ? "" : DutchFormat.DateTime(new DateTimeOffset(DateTime.SpecifyKind(meeting.StartsAtUtc, DateTimeKind.Utc)));

        // Someone who deleted their account since has no address: the mailer could not send to them anyway.
        return [.. approved.Recipients.Where(people.ContainsKey).Select(userId =>
        {
            var mail = MinutesMail.For(people[userId], networkName ?? "het netwerk", meeting?.Title ?? "de bijeenkomst", date, link);
            return new Notice(userId, mail.Subject, mail.Text, mail.Html);
        })];
    }

    // From configuration, never from a request: see AccountLinks.
    private string BaseUrl => (configuration["App:PublicUrl"] ?? throw new InvalidOperationException("App:PublicUrl is not set.")).TrimEnd('/');
}
