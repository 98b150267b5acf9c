using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Orleans.Concurrency;

namespace Netwerkbijeenkomst.Grains.Abstractions.Cases;

/// <summary>One anonymised case: its description, its way through meetings, and its escalations to regular care.</summary>
public interface ICaseGrain : IGrainWithGuidKey
{
    /// <summary>Opens the case for an active member (the bringer) or coordinator; returns its label.</summary>
    Task<string> CreateAsync(Actor actor, string networkId, CaseDetails details);

    Task EditAsync(Actor actor, CaseDetails details);

    /// <summary>
    /// Submits the case (bringer or coordinator) to the next meeting that can still take it: on a published meeting's agenda at
    /// once, registered for a concept's draft agenda, or waiting for the next meeting planned. A repeat returns the submission.
    /// </summary>
    Task<CaseSubmission> SubmitAsync(Actor actor);

    /// <summary>Called by the meeting when the case gets an agenda item.</summary>
    Task PlaceOnAgendaAsync(Actor actor, Guid meetingId);

    /// <summary>Records the network's advice under the id the caller made and returns it as stored; a repeat of the same id stores nothing.</summary>
    Task<CaseAdvice> RecordAdviceAsync(Actor actor, Guid adviceId, Guid meetingId, string advice, string nextSteps);

    Task AddFollowUpNoteAsync(Actor actor, string text);

    /// <summary>Escalates to a contact person on the social map under the id the caller made and returns it as stored; a repeat of the same id stores nothing.</summary>
    Task<Escalation> EscalateAsync(Actor actor, Guid escalationId, string institutionId, string contactPersonId, string reason, Urgency urgency);

    /// <summary>A step without a change id of the caller's, so a repeat is not recognised; prefer <see cref="MoveEscalationAsync"/>.</summary>
    Task ChangeEscalationAsync(Actor actor, Guid escalationId, EscalationStatus status, string? note);

    /// <summary>
    /// Moves an escalation on (<see cref="EscalationLifecycle"/>) with a privacy-checked note, as the coordinator or the
    /// member who brought the case; a repeat of the same <paramref name="changeId"/> stores nothing and returns it as it stands.
    /// </summary>
    Task<Escalation> MoveEscalationAsync(Actor actor, Guid escalationId, Guid changeId, EscalationStatus status, string? note);

    /// <summary>Revokes the contact person's answer link; coordinators only.</summary>
    Task RevokeContactLinkAsync(Actor actor, Guid escalationId);

    /// <summary>Issues a new answer link (under the caller's id) for an open escalation, replacing the old one; coordinators only.</summary>
    Task IssueContactLinkAsync(Actor actor, Guid escalationId, Guid linkId);

    /// <summary>What the contact person may see; only while <paramref name="linkId"/> is the escalation's valid link (the web checked the secret); also what the link's mail says.</summary>
    [ReadOnly]
    Task<ContactBrief> GetContactBriefAsync(Guid escalationId, Guid linkId);

    /// <summary>The contact person answers through the link: picked up, in care, or not possible, with a privacy-checked note.</summary>
    Task<Escalation> AnswerAsContactPersonAsync(Guid escalationId, Guid linkId, Guid changeId, EscalationStatus status, string? note);

    /// <summary>The contact person asks, through the link, to be called by the coordinator.</summary>
    Task RequestCallAsContactPersonAsync(Guid escalationId, Guid linkId, Guid changeId);

    Task CloseAsync(Actor actor, CaseOutcome outcome, string? note);

    /// <summary>
    /// Logs time spent on the case (1 to 32 quarter hours on a day from the opening to today), as the bringer or a coordinator,
    /// under the entry id the caller made; a repeat of the same id stores nothing.
    /// </summary>
    Task LogHoursAsync(Actor actor, Guid entryId, int quarterHours, DateOnly day);

    [ReadOnly]
    Task<CaseView> GetAsync(Actor actor);

    /// <summary>What reports may keep of a case forever: no text, only facts.</summary>
    [ReadOnly]
    Task<CaseFacts> GetFactsAsync();
}
