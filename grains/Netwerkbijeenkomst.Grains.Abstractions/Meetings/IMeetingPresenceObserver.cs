using Orleans.Concurrency;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// A web node's ear for the presence in the meetings it holds connections for: the meeting grain calls it on every change,
/// one way (the grain never waits for a node), and the node passes it on to the room's connections on that node. The node
/// hands its reference over with each join and lease renewal, so a fresh activation learns it again within one renewal.
/// </summary>
public interface IMeetingPresenceObserver : IGrainObserver
{
    [OneWay]
    Task PresenceChanged(Guid meetingId, MeetingPresence presence);
}
