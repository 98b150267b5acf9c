using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// The live-room connections on this web node, by person and network, so that a member set inactive can be put out of
/// the room at once: <see cref="Abort"/> ends their connections to that network's meetings on this node.
/// </summary>
internal sealed class RoomConnections
{
    private readonly ConcurrentDictionary<string, (string UserId, string NetworkId, HubCallerContext Context)> _byConnection = new();

    public void Joined(HubCallerContext context, string userId, string networkId)
    {
        ArgumentNullException.ThrowIfNull(context);
        _byConnection[context.ConnectionId] = (userId, networkId, context);
    }

    public void Left(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    /// <summary>Ends every connection of <paramref name="userId"/> to a room of <paramref name="networkId"/> on this node; returns how many.</summary>
    public int Abort(string networkId, string userId)
    {
        var aborted = 0;
        foreach (var (connectionId, entry) in _byConnection)
        {
            if (entry.UserId == userId && entry.NetworkId == networkId && _byConnection.TryRemove(connectionId, out _))
            {
                entry.Context.Abort();
                aborted++;
            }
        }

        return aborted;
    }
}
