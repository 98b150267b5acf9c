using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>
/// Every hub connection on this web node (the live room, case pages) with the account and security stamp it was opened
/// with, so a sign-out, a password change or a deleted account can close them: at once on this node, and on the others
/// by <see cref="ConnectionSweeper"/>.
/// </summary>
public sealed class AccountConnections
{
    private readonly ConcurrentDictionary<string, (string UserId, string Stamp, HubCallerContext Context)> _byConnection = new();

    public void Opened(HubCallerContext context, string userId, string stamp)
    {
        ArgumentNullException.ThrowIfNull(context);
        _byConnection[context.ConnectionId] = (userId, stamp, context);
    }

    public void Closed(string connectionId) => _byConnection.TryRemove(connectionId, out _);

    /// <summary>The accounts with a connection here, each with the stamps its connections were opened with.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Accounts() =>
        _byConnection.Values.GroupBy(c => c.UserId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, IReadOnlySet<string> (g) => g.Select(c => c.Stamp).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    /// <summary>Ends every connection of <paramref name="userId"/> on this node; returns how many.</summary>
    public int Close(string userId) => CloseWhere(c => c.UserId == userId);

    /// <summary>Ends the connections of <paramref name="userId"/> opened with another stamp than <paramref name="currentStamp"/> (null: the account is gone).</summary>
    public int CloseStale(string userId, string? currentStamp) => CloseWhere(c => c.UserId == userId && c.Stamp != currentStamp);

    private int CloseWhere(Func<(string UserId, string Stamp, HubCallerContext Context), bool> match)
    {
        var closed = 0;
        foreach (var (connectionId, entry) in _byConnection)
        {
            if (match(entry) && _byConnection.TryRemove(connectionId, out _))
            {
                entry.Context.Abort();
                closed++;
            }
        }

        return closed;
    }
}
