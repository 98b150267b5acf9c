using System.Text;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>
/// GET /agenda/{secret}.ics: the published meetings of every network the account takes part in now, from three months
/// back, as a feed a calendar program subscribes to. The secret is the only key; an unknown or revoked one gets 404.
/// </summary>
internal static class CalendarFeedEndpoint
{
    private static readonly TimeSpan History = TimeSpan.FromDays(92);

    public static async Task<IResult> GetAsync(
        string token, CalendarFeeds feeds, IDbContextFactory<AppDbContext> contexts, IGrainFactory grains, InvitationNotices invitations, TimeProvider time, CancellationToken cancellationToken)
    {
        if (await feeds.OwnerAsync(token, cancellationToken) is not { } userId)
        {
            return Results.NotFound();
        }

        var since = (time.GetUtcNow() - History).UtcDateTime;
        List<(string NetworkId, Guid MeetingId)> candidates;
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            var networks = db.Memberships.Where(m => m.UserId == userId).Select(m => m.NetworkId);
            candidates = (await db.Meetings.AsNoTracking()
                    .Where(m => networks.Contains(m.NetworkId) && m.StartsAtUtc >= since && m.Status != nameof(MeetingStatus.Concept))
                    .OrderBy(m => m.StartsAtUtc)
                    .Select(m => new { m.NetworkId, m.MeetingId })
                    .ToListAsync(cancellationToken))
                .Select(m => (m.NetworkId, m.MeetingId))
                .ToList();
        }

        var entries = new List<CalendarEntry>();
        foreach (var network in candidates.GroupBy(c => c.NetworkId))
        {
            // Taking part now, not once: someone who left a network no longer sees its meetings.
            var (participants, people) = await invitations.PeopleAsync(network.Key);
            if (participants.All(p => p.UserId != userId))
            {
                continue;
            }

            foreach (var (_, meetingId) in network)
            {
                var meeting = await grains.GetGrain<IMeetingGrain>(meetingId).GetInvitationAsync();
                if (meeting.PublishedAt is { } published)
                {
                    entries.Add(invitations.Entry(meeting, people, published));
                }
            }
        }

        return Results.Text(MeetingCalendar.Feed("Netwerkbijeenkomsten", entries), MeetingCalendar.ContentType, Encoding.UTF8);
    }
}
