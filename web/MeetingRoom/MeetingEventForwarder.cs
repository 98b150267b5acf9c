using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Sends each meeting event, with its sequence number, to the browsers in that meeting's room on this web node. It
/// follows the global event log in commit order, so it works the same whether the meeting's grain runs in this process
/// or on another silo. It starts at the end of the log: a browser's own checkpoint is the last sequence number it saw,
/// and it catches up through Join when it connects, reconnects or sees a gap.
/// </summary>
internal sealed partial class MeetingEventForwarder(
    IHubContext<MeetingHub, IMeetingClient> hub,
    IEventLog log,
    EventLogSignal signal,
    IOptions<EventLogOptions> options,
    ILogger<MeetingEventForwarder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var position = await log.LastPositionAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Generation;
            try
            {
                position = await ForwardAfterAsync(position, stoppingToken);
                await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                ReadFailed(logger, error.GetType().Name);
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<long> ForwardAfterAsync(long position, CancellationToken cancellationToken)
    {
        while (true)
        {
            var events = await log.ReadAfterAsync(position, options.Value.BatchSize, cancellationToken);
            foreach (var logged in events)
            {
                position = logged.Position;
                if (MeetingStreams.IsMeeting(logged.StreamId))
                {
                    await SendAsync(MeetingStreams.Message(logged));
                }
            }

            if (events.Count < options.Value.BatchSize)
            {
                return position;
            }
        }
    }

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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the event log for live pushes failed ({Error}); trying again.")]
    private static partial void ReadFailed(ILogger logger, string error);
}
