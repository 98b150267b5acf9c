using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>
/// Every hub connection on this web node (the live room, case pages): the account and security stamp it was opened with,
/// and the network whose meeting or case it follows, if any. So a sign-out, a new password or a deleted account closes
/// the account's connections (at once on this node, on the others by <see cref="ConnectionSweeper"/>), and someone who
/// loses their role in a network is put out of that network's rooms and case pages. <see cref="HubConnectionsFilter"/>
/// adds and removes connections for every hub; a hub only says which network a connection follows.
/// </summary>
public sealed class HubConnections
{
    private readonly ConcurrentDictionary<string, HubConnection> _byConnection = new();

    public void Opened(HubCallerContext context, string userId, string stamp)
    {
        ArgumentNullException.ThrowIfNull(context);
        _byConnection[context.ConnectionId] = new HubConnection(userId, stamp, null, context);
    }

    public void Closed(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    /// <summary>The connection now follows a meeting or case of <paramref name="networkId"/>; null: none any more. Returns the network it followed before.</summary>
    public string? Follows(string connectionId, string? networkId)
    {
        while (_byConnection.TryGetValue(connectionId, out var connection))
        {
            if (_byConnection.TryUpdate(connectionId, connection with { NetworkId = networkId }, connection))
            {
                return connection.NetworkId;
            }
        }

        return null;
    }

    /// <summary>The accounts with a connection here, each with the stamps its connections were opened with.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Accounts() =>
        _byConnection.Values.GroupBy(c => c.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlySet<string> (g) => g.Select(c => c.Stamp).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Ends every connection of <paramref name="userId"/> on this node; returns how many.</summary>
    public int Close(string userId) => CloseWhere(c => c.UserId == userId);

    /// <summary>Ends the connections of <paramref name="userId"/> opened with another stamp than <paramref name="currentStamp"/> (null: the account is gone).</summary>
    public int CloseStale(string userId, string? currentStamp) => CloseWhere(c => c.UserId == userId && c.Stamp != currentStamp);

    /// <summary>Ends the connections of <paramref name="userId"/> that follow a meeting or case of <paramref name="networkId"/>; returns how many.</summary>
    public int CloseInNetwork(string networkId, string userId) => CloseWhere(c => c.UserId == userId && c.NetworkId == networkId);

    private int CloseWhere(Func<HubConnection, bool> match)
    {
        var closed = 0;
        foreach (var (connectionId, connection) in _byConnection)
        {
            if (match(connection) && _byConnection.TryRemove(connectionId, out _))
            {
                connection.Context.Abort();
                closed++;
            }
        }

        return closed;
    }

    private sealed record HubConnection(string UserId, string Stamp, string? NetworkId, HubCallerContext Context);
}
