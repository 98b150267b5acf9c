using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Puts people out of the live room the moment they lose their role in the network (set inactive, account deleted,
/// stepped down without being a member): it follows the network events in the global event log on every web node, as
/// <see cref="MeetingEventForwarder"/> does for meeting events, asks the network grain whether the person still has a
/// role, and if not aborts their room connections on this node. A browser that reconnects is refused at Join; the
/// meeting grain refuses anything they still send.
/// </summary>
internal sealed partial class MembershipWatcher(
    IGrainFactory grains,
    RoomConnections connections,
    IEventLog log,
    EventLogSignal signal,
    IOptions<EventLogOptions> options,
    ILogger<MembershipWatcher> logger) : BackgroundService
{
    private const string NetworkPrefix = "network/";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Connections opened before this node started do not exist, so the end of the log is where to begin.
        var position = await log.LastPositionAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Generation;
            try
            {
                position = await WatchAfterAsync(position, stoppingToken);
                await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                ReadFailed(logger, error.GetType().Name);
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<long> WatchAfterAsync(long position, CancellationToken cancellationToken)
    {
        while (true)
        {
            var events = await log.ReadAfterAsync(position, options.Value.BatchSize, cancellationToken);
            foreach (var logged in events)
            {
                if (logged.StreamId.StartsWith(NetworkPrefix, StringComparison.Ordinal) && LostRole(logged.Event) is { } userId)
                {
                    await PutOutAsync(logged.Key, userId);
                }

                position = logged.Position;
            }

            if (events.Count < options.Value.BatchSize)
            {
                return position;
            }
        }
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

        var aborted = connections.Abort(networkId, userId);
        if (aborted > 0)
        {
            ConnectionsAborted(logger, aborted, networkId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live-room connection(s) of someone who no longer has a role in network {NetworkId}.")]
    private static partial void ConnectionsAborted(ILogger logger, int count, string networkId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the event log for role changes failed ({Error}); trying again.")]
    private static partial void ReadFailed(ILogger logger, string error);
}
