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
/// </summary>
internal sealed partial class MeetingEventForwarder(
    IHubContext<MeetingHub, IMeetingClient> hub,
    RoomStates rooms,
    ILogger<MeetingEventForwarder> logger) : ILiveEventHandler
{
    public Task HandleAsync(LoggedEvent logged, CancellationToken cancellationToken) =>
        MeetingStreams.IsMeeting(logged.StreamId) && logged.Event is MeetingEvent @event
            ? ForwardAsync(MeetingStreams.MeetingId(logged.StreamId), logged.Sequence, @event, cancellationToken)
            : Task.CompletedTask;

    private async Task ForwardAsync(Guid meetingId, int sequence, MeetingEvent @event, CancellationToken cancellationToken)
    {
        RoomMessage message;
        try
        {
            var before = await rooms.AtAsync(meetingId, sequence - 1, cancellationToken);
            var update = RoomProjection.Apply(before, sequence, @event);
            rooms.Keep(meetingId, update.State);
            message = update.Message;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            // Without the room before it no message can be made; the browsers see the gap and Join.
            ProjectionFailed(logger, meetingId, sequence, error.GetType().Name);
            return;
        }

        try
        {
            await RoomSender.SendAsync(hub.Clients.Group(MeetingStreams.Group(meetingId)), message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SendFailed(logger, meetingId, sequence, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing event {Sequence} of meeting {MeetingId} failed ({Error}); clients catch up on their next Join.")]
    private static partial void SendFailed(ILogger logger, Guid meetingId, int sequence, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Projecting event {Sequence} of meeting {MeetingId} for the room failed ({Error}); clients catch up on their next Join.")]
    private static partial void ProjectionFailed(ILogger logger, Guid meetingId, int sequence, string error);
}
