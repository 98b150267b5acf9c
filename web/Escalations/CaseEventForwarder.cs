using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.LiveEvents;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// Tells the case pages open on this web node that an escalation changed, from the global event log, whichever node
/// stored it. Like the meeting room's forwarder it starts at the end of the log: a page loaded later shows the state then.
/// </summary>
internal sealed partial class CaseEventForwarder(
    IHubContext<CaseHub, ICaseClient> hub,
    ILogger<CaseEventForwarder> logger) : ILiveEventHandler
{
    public Task HandleAsync(LoggedEvent logged, CancellationToken cancellationToken) =>
        EscalationOf(logged.Event) is { } escalationId
            ? SendAsync(new EscalationChangedMessage(Guid.ParseExact(logged.Key, "N"), escalationId, logged.Sequence, logged.Event.GetType().Name))
            : Task.CompletedTask;

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

}
