using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>The live page's first state: the room from <see cref="RoomStates"/> and, around it, who looks and the network's names and choices.</summary>
public sealed class RoomPages(IGrainFactory grains, RoomStates rooms)
{
    /// <summary>The page for <paramref name="actor"/>; the grains refuse whoever may not see the meeting.</summary>
    public async Task<(MeetingView Meeting, RoomPage Page)> GetAsync(Actor actor, Guid meetingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var view = await grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(actor);
        var network = await grains.GetGrain<INetworkGrain>(view.NetworkId).GetAsync(actor);
        var state = await rooms.GetAsync(meetingId, cancellationToken) with { Present = RoomPresent.From(view.Presence) };
        return (view, new RoomPage(RoomContract.Version, Context(meetingId, actor.UserId, network), state));
    }

    public static RoomContext Context(Guid meetingId, string userId, NetworkView network)
    {
        ArgumentNullException.ThrowIfNull(network);
        return new(
            meetingId,
            userId,
            network.Coordinators.Any(c => c.UserId == userId),
            [.. network.Names().Select(p => new RoomPerson(p.Key, p.Value))],
            [
                .. network.Coordinators.Select(c => new RoomPerson(c.UserId, c.DisplayName))
                    .Concat(network.Members.Where(m => m.Status == MemberStatus.Active).Select(m => new RoomPerson(m.UserId, m.DisplayName)))
                    .DistinctBy(p => p.UserId),
            ],
            [
                .. network.SocialMap.Select(i => new RoomInstitution(
                    i.Id, i.Name, i.Retired, [.. i.Contacts.Select(c => new RoomContact(c.Id, c.Name, c.Function, c.Retired || i.Retired))])),
            ]);
    }
}
