using System.Collections.Concurrent;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Which network each meeting belongs to, as this node learned it from the meeting grain. A meeting never changes
/// network, so the hub can register whose rooms a connection is in before it asks whether the person is still a member
/// (<see cref="MeetingHub"/>). Ids only; past <see cref="Capacity"/> meetings it starts over and learns again.
/// </summary>
internal sealed class MeetingNetworks
{
    public const int Capacity = 10_000;

    private readonly ConcurrentDictionary<Guid, string> _networks = new();

    /// <summary>The meeting's network, or null when this node has not learned it yet.</summary>
    public string? Of(Guid meetingId) => _networks.GetValueOrDefault(meetingId);

    public void Remember(Guid meetingId, string networkId)
    {
        if (_networks.TryGetValue(meetingId, out var known) && known == networkId)
        {
            return;
        }

        if (_networks.Count >= Capacity)
        {
            _networks.Clear();
        }

        _networks[meetingId] = networkId;
    }
}
