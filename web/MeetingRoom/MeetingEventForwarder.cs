using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.LiveEvents;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Sends each meeting event, with its sequence number, to the browsers in that meeting's room on this web node. It
/// gets them from the <see cref="LiveEventFollower"/>, from the end of the log on: a browser's own checkpoint is the last
/// sequence number it saw, and it catches up through Join when it connects, reconnects or sees a gap.
/// </summary>
internal sealed partial class MeetingEventForwarder(
    IHubContext<MeetingHub, IMeetingClient> hub,
    ILogger<MeetingEventForwarder> logger) : ILiveEventHandler
{
    public Task HandleAsync(LoggedEvent logged, CancellationToken cancellationToken) =>
        MeetingStreams.IsMeeting(logged.StreamId) ? SendAsync(MeetingStreams.Message(logged)) : Task.CompletedTask;

    private async Task SendAsync(MeetingEventMessage message)
    {
        try
        {
            await hub.Clients.Group(MeetingStreams.Group(message.MeetingId)).MeetingEvent(message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SendFailed(logger, message.MeetingId, message.Sequence, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing event {Sequence} of meeting {MeetingId} failed ({Error}); clients catch up on their next Join.")]
    private static partial void SendFailed(ILogger logger, Guid meetingId, int sequence, string error);

}
