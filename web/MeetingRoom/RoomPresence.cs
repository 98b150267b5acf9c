using System.Collections.Concurrent;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// How many connections each person has open in each room, so that closing one tab (or the old connection of a
/// reload) does not take someone out of the meeting while another of their connections is still there.
/// </summary>
internal sealed class RoomPresence
{
    private readonly ConcurrentDictionary<(Guid Meeting, string User), int> _connections = new();

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
}
