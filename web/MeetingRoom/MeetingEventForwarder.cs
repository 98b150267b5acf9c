using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.LiveEvents;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Turns each meeting event into its one room message and sends it to the browsers in that meeting's room on this web
/// node. It gets the events from the <see cref="LiveEventFollower"/>, from the end of the log on, and builds each message
/// from the room just before the event (<see cref="RoomStates"/>); a browser that missed one catches up through Join.
/// The follower only queues the event: each meeting's pushes run in order on that meeting's own queue
/// (<see cref="RoomPushQueues{TPush}"/>), so one meeting's slow fold or send never delays another meeting's push.
/// </summary>
internal sealed partial class MeetingEventForwarder : ILiveEventHandler
{
    private readonly IHubContext<MeetingHub, IMeetingClient> _hub;
    private readonly RoomStates _rooms;
    private readonly RoomSnapshots _snapshots;
    private readonly ILogger<MeetingEventForwarder> _logger;
    private readonly RoomPushQueues<(int Sequence, MeetingEvent Event)> _queues;

    public MeetingEventForwarder(IHubContext<MeetingHub, IMeetingClient> hub, RoomStates rooms, RoomSnapshots snapshots, ILogger<MeetingEventForwarder> logger)
    {
        _hub = hub;
        _rooms = rooms;
        _snapshots = snapshots;
        _logger = logger;
        _queues = new((meetingId, push, cancellationToken) => ForwardAsync(meetingId, push.Sequence, push.Event, cancellationToken));
    }

    public Task HandleAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        if (MeetingStreams.IsMeeting(logged.StreamId) && logged.Event is MeetingEvent @event)
        {
            var meetingId = MeetingStreams.MeetingId(logged.StreamId);
            if (!_queues.Enqueue(meetingId, (logged.Sequence, @event), cancellationToken))
            {
                QueueFull(_logger, meetingId, logged.Sequence);
            }
        }

        return Task.CompletedTask;
    }

    private async Task ForwardAsync(Guid meetingId, int sequence, MeetingEvent @event, CancellationToken cancellationToken)
    {
        RoomUpdate update;
        try
        {
            var before = await _rooms.AtAsync(meetingId, sequence - 1, cancellationToken);
            update = RoomProjection.Apply(before, sequence, @event);
            _rooms.Keep(meetingId, update);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Without the room before it no message can be made; the browsers see the gap and Join.
            ProjectionFailed(_logger, meetingId, sequence, error.GetType().Name);
            return;
        }

        try
        {
            await RoomSender.SendAsync(_hub.Clients.Group(MeetingStreams.Group(meetingId)), update.Message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SendFailed(_logger, meetingId, sequence, error.GetType().Name);
        }

        await SnapshotAsync(meetingId, update.State, cancellationToken);
    }

    // After the send, so the browsers never wait on it; every node saves the same room, and a meeting that is over loses its snapshot.
    private async Task SnapshotAsync(Guid meetingId, RoomState room, CancellationToken cancellationToken)
    {
        if (room.Sequence % RoomSnapshots.Interval != 0 && room.Meeting.Status is not (MeetingStatus.Closed or MeetingStatus.Cancelled))
        {
            return;
        }

        try
        {
            await _snapshots.SaveAsync(meetingId, room, cancellationToken);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SnapshotFailed(_logger, meetingId, room.Sequence, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Saving the room snapshot of meeting {MeetingId} at event {Sequence} failed ({Error}); a cold node folds from an older one.")]
    private static partial void SnapshotFailed(ILogger logger, Guid meetingId, int sequence, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The push queue of meeting {MeetingId} is full; event {Sequence} is not pushed and clients catch up on their next Join.")]
    private static partial void QueueFull(ILogger logger, Guid meetingId, int sequence);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing event {Sequence} of meeting {MeetingId} failed ({Error}); clients catch up on their next Join.")]
    private static partial void SendFailed(ILogger logger, Guid meetingId, int sequence, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projecting event {Sequence} of meeting {MeetingId} for the room failed ({Error}); clients catch up on their next Join.")]
    private static partial void ProjectionFailed(ILogger logger, Guid meetingId, int sequence, string error);
}
