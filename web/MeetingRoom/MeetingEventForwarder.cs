using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Sends each committed meeting event, with its sequence number, to the browsers in that meeting's room. The grain
/// only queues the events: sending happens on this service's own loop, in commit order, so a slow phone never holds
/// up a meeting's turn. A client that misses a push sees the gap in the numbers and catches up through Join.
/// </summary>
internal sealed partial class MeetingEventForwarder(IHubContext<MeetingHub, IMeetingClient> hub, ILogger<MeetingEventForwarder> logger)
    : BackgroundService, IEventSubscriber
{
    private readonly Channel<MeetingEventMessage> _outbox = Channel.CreateUnbounded<MeetingEventMessage>(new() { SingleReader = true });

    public ValueTask OnCommittedAsync(IReadOnlyList<CommittedEvent<object>> events, CancellationToken cancellationToken)
    {
        foreach (var committed in events.Where(e => MeetingStreams.IsMeeting(e.StreamId)))
        {
            _outbox.Writer.TryWrite(MeetingStreams.Message(committed));
        }

        return ValueTask.CompletedTask;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var message in _outbox.Reader.ReadAllAsync(stoppingToken))
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
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing event {Sequence} of meeting {MeetingId} failed ({Error}); clients catch up on their next Join.")]
    private static partial void SendFailed(ILogger logger, Guid meetingId, int sequence, string error);
}
