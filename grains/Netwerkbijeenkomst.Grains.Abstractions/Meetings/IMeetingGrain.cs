using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Orleans.Concurrency;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>One monthly meeting: its agenda, who comes, and everything said and agreed while it runs.</summary>
public interface IMeetingGrain : IGrainWithGuidKey
{
    Task PlanAsync(Actor actor, string networkId, string title, DateTimeOffset startsAt, DateTimeOffset endsAt);

    /// <summary>Rebuilds a concept agenda from the standard items, the submitted cases and everything still open.</summary>
    Task AssembleDraftAgendaAsync(Actor actor);

    /// <summary>Adds an item under the id the caller made; a repeat of the same id is ignored.</summary>
    Task AddAgendaItemAsync(Actor actor, Guid itemId, AgendaItemKind kind, string title, int plannedMinutes, string? presenterId, Guid? caseId);

    Task RemoveAgendaItemAsync(Actor actor, Guid itemId);

    Task MoveAgendaItemAsync(Actor actor, Guid itemId, int position);

    Task PublishAsync(Actor actor);

    Task StartAsync(Actor actor);

    Task CloseAsync(Actor actor);

    Task CancelAsync(Actor actor, string reason);

    Task RespondAsync(Actor actor, Rsvp response);

    Task JoinAsync(Actor actor);

    Task LeaveAsync(Actor actor);

    /// <summary>Makes the agenda item at <paramref name="index"/> the current one.</summary>
    Task GoToItemAsync(Actor actor, int index);

    /// <summary>
    /// Posts to the current item under the id the caller made; a repeat of the same id is ignored. The contribution is
    /// about <paramref name="caseId"/> (a case on the agenda) or, when that is null, about the current item's case, if any.
    /// </summary>
    Task PostContributionAsync(Actor actor, Guid contributionId, ContributionKind kind, string text, Guid? caseId = null);

    Task RaiseHandAsync(Actor actor);

    Task LowerHandAsync(Actor actor);

    Task GiveFloorAsync(Actor actor, string userId);

    /// <summary>Records advice on a case on the agenda (the case keeps and checks it); a repeat of the same id is ignored.</summary>
    Task RecordAdviceAsync(Actor actor, Guid adviceId, Guid caseId, string advice, string nextSteps);

    /// <summary>Records an action point (the network keeps and checks it); a repeat of the same id is ignored.</summary>
    Task RecordActionPointAsync(Actor actor, Guid actionPointId, string description, string ownerId, DateOnly due, Guid? caseId);

    /// <summary>Records an escalation of a case on the agenda (the case keeps and checks it); a repeat of the same id is ignored.</summary>
    Task RecordEscalationAsync(Actor actor, Guid escalationId, Guid caseId, string institutionId, string contactPersonId, string reason, Urgency urgency);

    [ReadOnly]
    Task<MeetingView> GetAsync(Actor actor);

    /// <summary>Retention: erases every text about the case from this meeting's history. Called by the case grain only.</summary>
    Task EraseCaseTextsAsync(Guid caseId);

    /// <summary>The draft minutes for the coordinator once the meeting is closed; the approved minutes for every member.</summary>
    [ReadOnly]
    Task<Minutes> GetMinutesAsync(Actor actor);

    /// <summary>Writes the coordinator's note on an agenda item in the draft minutes; an empty note removes it, the same note again stores nothing.</summary>
    Task WriteMinutesNoteAsync(Actor actor, Guid itemId, string? note);

    /// <summary>Fixes the minutes and sends them to the members; a repeat is ignored.</summary>
    Task ApproveMinutesAsync(Actor actor);

    /// <summary>The meeting as its invitations and calendar entries describe it; no actor, for the web's after-commit mail.</summary>
    [ReadOnly]
    Task<MeetingInvitation> GetInvitationAsync();
}
