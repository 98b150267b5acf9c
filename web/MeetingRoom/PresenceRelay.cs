using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// This web node's <see cref="IMeetingPresenceObserver"/>: the meeting grains call it, one way, on every change of
/// presence, and it passes the change on to the meeting's room on this node as <see cref="PresenceChanged"/> — not through
/// the event log, so a connect or disconnect costs no stored event. The node hands <see cref="Reference"/> to the grain
/// with each Join and each lease renewal (<see cref="PresenceRenewer"/>), so a grain that moved or crashed hears of this
/// node again within one renewal.
/// </summary>
internal sealed partial class PresenceRelay(IGrainFactory grains, IHubContext<MeetingHub, IMeetingClient> hub, ILogger<PresenceRelay> logger) : IMeetingPresenceObserver
{
    private readonly Lock _gate = new();
    private IMeetingPresenceObserver? _reference;

    /// <summary>The reference the grains call; this singleton keeps it alive (Orleans holds an observer only weakly).</summary>
    public IMeetingPresenceObserver Reference
    {
        get
        {
            lock (_gate)
            {
                return _reference ??= grains.CreateObjectReference<IMeetingPresenceObserver>(this);
            }
        }
    }

    public async Task PresenceChanged(Guid meetingId, MeetingPresence presence)
    {
        try
        {
            await hub.Clients.Group(MeetingStreams.Group(meetingId)).PresenceChanged(new PresenceChanged(RoomPresent.From(presence)));
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // A browser that missed it gets presence again with its next Join, and with the next change.
            RelayFailed(logger, meetingId, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Passing on the presence in meeting {MeetingId} failed: {Error}.")]
    private static partial void RelayFailed(ILogger logger, Guid meetingId, string error);
}
