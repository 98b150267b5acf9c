using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.LiveEvents;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Puts people out of the live room and the case pages the moment they lose their role in the network (set inactive,
/// account deleted, stepped down without being a member): it gets the network events from the <see cref="LiveEventFollower"/>
/// on every web node, asks the network grain whether the person still has a role, and if not aborts their connections to
/// that network on this node; a deleted account (<see cref="MemberForgotten"/>) loses every connection it has here. A
/// browser that reconnects is refused at Join or Watch; the meeting grain refuses anything they still send.
/// </summary>
internal sealed partial class MembershipWatcher(
    IGrainFactory grains,
    HubConnections connections,
    ILogger<MembershipWatcher> logger) : ILiveEventHandler
{
    private const string NetworkPrefix = "network/";

    public Task HandleAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        if (!logged.StreamId.StartsWith(NetworkPrefix, StringComparison.Ordinal) || LostRole(logged.Event) is not { } userId)
        {
            return Task.CompletedTask;
        }

        // The account is being deleted: none of its connections, to any network, stays open.
        if (logged.Event is MemberForgotten && connections.Close(userId) is var closed and > 0)
        {
            ConnectionsAborted(logger, closed, logged.Key);
        }

        return PutOutAsync(logged.Key, userId);
    }

    private static string? LostRole(object @event) => @event switch
    {
        MemberDeactivated e => e.UserId,
        MemberForgotten e => e.UserId,
        CoordinatorRemoved e => e.UserId,
        _ => null,
    };

    private async Task PutOutAsync(string networkId, string userId)
    {
        // The role as it stands now: someone re-activated since, or still a member after stepping down, stays.
        if (await grains.GetGrain<INetworkGrain>(networkId).GetRoleAsync(userId) != NetworkRole.None)
        {
            return;
        }

        var aborted = connections.CloseInNetwork(networkId, userId);
        if (aborted > 0)
        {
            ConnectionsAborted(logger, aborted, networkId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live-room connection(s) of someone who no longer has a role in network {NetworkId}.")]
    private static partial void ConnectionsAborted(ILogger logger, int count, string networkId);

}
