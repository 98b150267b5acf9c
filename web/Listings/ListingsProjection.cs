using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Listings;

/// <summary>
/// Keeps the lists the pages need (networks, who belongs where, meetings by date) from the grains' events, from its
/// checkpoint in the event log. Pages catch it up before they read (<see cref="Pages.ListingsCatchUp"/>), so a page
/// shown after a command already lists its result.
/// </summary>
internal sealed class ListingsProjection : IEventProjection<AppDbContext>
{
    public string Name => "listings";

    public bool Handles(LoggedEvent logged) => logged?.Event is NetworkCreated or CoordinatorAdded or MemberInvited
        or MeetingPlanned or MeetingMoved or MeetingPublished or MeetingStarted or MeetingClosed or MeetingCancelled;

    public async Task ApplyAsync(AppDbContext db, IReadOnlyList<LoggedEvent> events, CancellationToken cancellationToken)
    {
        foreach (var committed in events.Where(Handles))
        {
            var key = committed.Key;
            switch (committed.Event)
            {
                case NetworkCreated e:
                    db.Networks.Add(new NetworkListing { NetworkId = key, Name = e.Name, Municipality = e.Municipality });
                    db.Memberships.Add(new NetworkMembership { UserId = e.Coordinator.UserId, NetworkId = key });
                    break;
                case CoordinatorAdded e:
                    await AddMembershipAsync(db, e.Coordinator.UserId, key, cancellationToken);
                    break;
                case MemberInvited e:
                    await AddMembershipAsync(db, e.UserId, key, cancellationToken);
                    break;
                case MeetingPlanned e:
                    db.Meetings.Add(new MeetingListing
                    {
                        MeetingId = Guid.ParseExact(key, "N"),
                        NetworkId = e.NetworkId,
                        Title = e.Title,
                        StartsAtUtc = e.StartsAt.UtcDateTime,
                        Status = nameof(MeetingStatus.Concept),
                    });
                    break;
                case MeetingMoved e:
                    if (await db.Meetings.FindAsync([Guid.ParseExact(key, "N")], cancellationToken) is { } moved)
                    {
                        moved.StartsAtUtc = e.StartsAt.UtcDateTime;
                    }

                    break;
                default:
                    var meeting = await db.Meetings.FindAsync([Guid.ParseExact(key, "N")], cancellationToken);
                    if (meeting is not null)
                    {
                        meeting.Status = committed.Event switch
                        {
                            MeetingPublished => nameof(MeetingStatus.Published),
                            MeetingStarted => nameof(MeetingStatus.Started),
                            MeetingClosed => nameof(MeetingStatus.Closed),
                            _ => nameof(MeetingStatus.Cancelled),
                        };
                    }

                    break;
            }
        }
    }

    private static async Task AddMembershipAsync(AppDbContext db, string userId, string networkId, CancellationToken cancellationToken)
    {
        if (await db.Memberships.FindAsync([userId, networkId], cancellationToken) is null)
        {
            db.Memberships.Add(new NetworkMembership { UserId = userId, NetworkId = networkId });
        }
    }
}
