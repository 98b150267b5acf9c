using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// How many connections each person has open in each room on this web node, so that closing one tab (or the old
/// connection of a reload) does not take someone out of the meeting while another of their connections is still there;
/// and this node's name towards the meeting grains, which hold its people present while <see cref="PresenceRenewer"/>
/// renews them.
/// </summary>
internal sealed class RoomPresence
{
    private readonly ConcurrentDictionary<(Guid Meeting, string User), int> _connections = new();

    /// <summary>New for every start of the process, so a node that died and came back holds none of its old leases.</summary>
    public string Node { get; } = $"web-{Guid.NewGuid():N}";

    public void Entered(Guid meetingId, string userId) => _connections.AddOrUpdate((meetingId, userId), 1, (_, n) => n + 1);

    /// <summary>Returns true when this was the person's last connection to the room.</summary>
    public bool Left(Guid meetingId, string userId)
    {
        var key = (meetingId, userId);
        while (_connections.TryGetValue(key, out var count))
        {
            if (count <= 1 ? _connections.TryRemove(new KeyValuePair<(Guid, string), int>(key, count)) : _connections.TryUpdate(key, count - 1, count))
            {
                return count <= 1;
            }
        }

        return true;
    }

    /// <summary>Who is in which room on this node now.</summary>
    public ImmutableDictionary<Guid, ImmutableArray<string>> Rooms() =>
        _connections.Keys.GroupBy(k => k.Meeting).ToImmutableDictionary(g => g.Key, g => g.Select(k => k.User).ToImmutableArray());
}
