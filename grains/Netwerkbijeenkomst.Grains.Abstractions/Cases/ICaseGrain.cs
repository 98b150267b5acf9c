using Orleans.Concurrency;

namespace Netwerkbijeenkomst.Grains.Abstractions.Cases;

/// <summary>One anonymised case: its description, its way through meetings, and its escalations to regular care.</summary>
public interface ICaseGrain : IGrainWithGuidKey
{
    /// <summary>Opens the case for an active member (the bringer) or coordinator; returns its label.</summary>
    Task<string> CreateAsync(Actor actor, string networkId, CaseDetails details);

    Task EditAsync(Actor actor, CaseDetails details);

    Task SubmitAsync(Actor actor, Guid meetingId);

    /// <summary>Called by the meeting when the case gets an agenda item.</summary>
    Task PlaceOnAgendaAsync(Actor actor, Guid meetingId);

    /// <summary>Records the network's advice under the id the caller made and returns it as stored; a repeat of the same id stores nothing.</summary>
    Task<CaseAdvice> RecordAdviceAsync(Actor actor, Guid adviceId, Guid meetingId, string advice, string nextSteps);

    Task AddFollowUpNoteAsync(Actor actor, string text);

    /// <summary>Escalates to a contact person on the social map under the id the caller made and returns it as stored; a repeat of the same id stores nothing.</summary>
    Task<Escalation> EscalateAsync(Actor actor, Guid escalationId, string institutionId, string contactPersonId, string reason, Urgency urgency);

    Task ChangeEscalationAsync(Actor actor, Guid escalationId, EscalationStatus status, string? note);

    Task CloseAsync(Actor actor, CaseOutcome outcome, string? note);

    [ReadOnly]
    Task<CaseView> GetAsync(Actor actor);

    /// <summary>What reports may keep of a case forever: no text, only facts.</summary>
    [ReadOnly]
    Task<CaseFacts> GetFactsAsync();
}
