namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// Something changed in an escalation of <see cref="CaseId"/> (a step, a link, a call request): the page fetches its
/// escalations section again, rendered by the server. <see cref="Type"/> is the event's name; no text travels.
/// </summary>
public sealed record EscalationChangedMessage(Guid CaseId, Guid EscalationId, int Sequence, string Type);
