using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// Tells the case pages open on this web node that an escalation changed, from the global event log, whichever node
/// stored it. Like the meeting room's forwarder it starts at the end of the log: a page loaded later shows the state then.
/// </summary>
internal sealed partial class CaseEventForwarder(
    IHubContext<CaseHub, ICaseClient> hub,
    IEventLog log,
    EventLogSignal signal,
    IOptions<EventLogOptions> options,
    ILogger<CaseEventForwarder> logger) : BackgroundService
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
                if (EscalationOf(logged.Event) is { } escalationId)
                {
                    var caseId = Guid.ParseExact(logged.Key, "N");
                    await SendAsync(new EscalationChangedMessage(caseId, escalationId, logged.Sequence, logged.Event.GetType().Name));
                }
            }

            if (events.Count < options.Value.BatchSize)
            {
                return position;
            }
        }
    }

    private static Guid? EscalationOf(object @event) => @event switch
    {
        CaseEscalated e => e.EscalationId,
        EscalationStatusChanged e => e.EscalationId,
        ContactLinkIssued e => e.EscalationId,
        ContactLinkRevoked e => e.EscalationId,
        EscalationCallRequested e => e.EscalationId,
        _ => null,
    };

    private async Task SendAsync(EscalationChangedMessage message)
    {
        try
        {
            await hub.Clients.Group(CaseHub.Group(message.CaseId)).EscalationChanged(message);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            SendFailed(logger, message.CaseId, message.Sequence, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Pushing event {Sequence} of case {CaseId} failed ({Error}); the page shows it on its next load.")]
    private static partial void SendFailed(ILogger logger, Guid caseId, int sequence, string error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the event log for case pushes failed ({Error}); trying again.")]
    private static partial void ReadFailed(ILogger logger, string error);
}
