using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Renews, every <see cref="PresenceLease.RenewEvery"/>, the presence of the people this web node holds connections for:
/// one call per room, stored nowhere, carrying this node's <see cref="PresenceRelay"/>. When this node dies the renewals
/// stop, and the meeting grains drop its people after the lease — no ghosts in the room. After a silo crash these renewals
/// are what the grains rebuild presence from.
/// </summary>
internal sealed partial class PresenceRenewer(IGrainFactory grains, RoomPresence presence, PresenceRelay relay, IServiceProvider services, ILogger<PresenceRenewer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The clock leases are measured on: tests that move the meeting's clock by hours keep real time here.
        var clock = services.GetKeyedService<TimeProvider>(PresenceLease.ClockKey) ?? services.GetService<TimeProvider>() ?? TimeProvider.System;
        using var timer = new PeriodicTimer(PresenceLease.RenewEvery, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RenewAsync();
        }
    }

    public Task RenewAsync() =>
        Task.WhenAll(presence.Rooms().Select(async room =>
        {
            try
            {
                await grains.GetGrain<IMeetingGrain>(room.Key).RenewPresenceAsync(presence.Node, room.Value, relay.Reference);
            }
            catch (Exception error) when (error is TimeoutException or OrleansException)
            {
                // The next renewal comes well within the lease.
                RenewalFailed(logger, room.Key, error.GetType().Name);
            }
        }));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing this node's presence in meeting {MeetingId} failed: {Error}.")]
    private static partial void RenewalFailed(ILogger logger, Guid meetingId, string error);
}
