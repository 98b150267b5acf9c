using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Orleans.Concurrency;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>One monthly meeting: its agenda, who comes, and everything said and agreed while it runs.</summary>
public interface IMeetingGrain : IGrainWithGuidKey
{
    /// <summary>Plans the meeting at the place and online link of the network's rule; a second meeting on a date that has one is refused.</summary>
    Task PlanAsync(Actor actor, string networkId, string title, DateTimeOffset startsAt, DateTimeOffset endsAt);

    /// <summary>Rebuilds a concept agenda from the standard items, the submitted cases and everything still open.</summary>
    Task AssembleDraftAgendaAsync(Actor actor);

    /// <summary>Adds an item under the id the caller made, presented by a member or a guest; a repeat of the same id is ignored, also after the item was removed.</summary>
    Task AddAgendaItemAsync(Actor actor, Guid itemId, AgendaItemKind kind, string title, int plannedMinutes, string? presenterId, Guid? caseId, AgendaGuest? guest = null);

    /// <summary>Takes an item off the agenda; removing one that was removed already is ignored.</summary>
    Task RemoveAgendaItemAsync(Actor actor, Guid itemId);

    /// <summary>Puts an item at <paramref name="position"/> (from 0); the position it already has stores nothing.</summary>
    Task MoveAgendaItemAsync(Actor actor, Guid itemId, int position);

    Task PublishAsync(Actor actor);

    /// <summary>Starts a published meeting on its day (Europe/Amsterdam); on another day only when the coordinator overrides.</summary>
    Task StartAsync(Actor actor, bool overrideDay = false);

    Task CloseAsync(Actor actor);

    Task CancelAsync(Actor actor, string reason);

    Task RespondAsync(Actor actor, Rsvp response);

    /// <summary>
    /// Enters the room of the started meeting; the first join of a person stores <see cref="AttendeeJoined"/> (attendance,
    /// once per person per meeting), every later one stores nothing. <paramref name="node"/> is the web node holding the
    /// person's connection: their presence is then a lease that node renews (<see cref="RenewPresenceAsync"/>) and that
    /// lapses when it stops; <paramref name="observer"/> is that node's ear for presence changes. Returns who is present now.
    /// </summary>
    Task<MeetingPresence> JoinAsync(Actor actor, string? node = null, IMeetingPresenceObserver? observer = null);

    /// <summary>
    /// A web node letting someone into the room, in one call: anyone without a role in the network is refused; once the
    /// meeting has started they join as with <see cref="JoinAsync"/>, before that nothing changes. Returns the meeting's
    /// network, its status and who is present.
    /// </summary>
    Task<RoomEntry> EnterAsync(Actor actor, string? node = null, IMeetingPresenceObserver? observer = null);

    /// <summary>As <see cref="EnterAsync"/> without joining: for a page that watches the room.</summary>
    [ReadOnly]
    Task<RoomEntry> LookInAsync(Actor actor);

    /// <summary>Leaves the room (stores nothing); with <paramref name="node"/>, only once no other web node still holds a connection of theirs.</summary>
    Task LeaveAsync(Actor actor, string? node = null);

    /// <summary>
    /// A web node's renewal, every <see cref="PresenceLease.RenewEvery"/>, of the presence of the people it holds connections
    /// for; those who never joined, or left since this activation began, are ignored. After a crash this is how presence is
    /// rebuilt. Nothing is stored: a lease lives in the activation.
    /// </summary>
    Task RenewPresenceAsync(string node, ImmutableArray<string> userIds, IMeetingPresenceObserver? observer = null);

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

    /// <summary>The chair takes the floor back, so nobody has it; when nobody has it this stores nothing.</summary>
    Task TakeFloorBackAsync(Actor actor);

    /// <summary>The chair lowers someone's raised hand (one who left, or whose question was answered); a hand not raised stores nothing.</summary>
    Task LowerHandOfAsync(Actor actor, string userId);

    /// <summary>
    /// The chair starts peer consultation (intervisie) on the current item, which must be a case presented by a member, under
    /// the id the caller made; a repeat of the id is ignored. <paramref name="order"/> is the members in turn (present, not the
    /// presenter); empty means every member present but the presenter, in the order they first came in (the coordinators chair, so
    /// they are in it only when named). <paramref name="minutes"/> is the optional timer of the first phase (1–60). One round at a
    /// time runs in a meeting; it stays open when the chair goes to another item.
    /// </summary>
    Task StartRoundAsync(Actor actor, Guid roundId, ImmutableArray<string> order, int? minutes);

    /// <summary>
    /// The chair moves the round to <paramref name="phase"/>, the next one, also before everyone had their turn; asking for the
    /// phase it is in stores nothing.
    /// </summary>
    Task AdvanceRoundAsync(Actor actor, Guid roundId, RoundPhase phase, int? minutes);

    /// <summary>
    /// Says something in the round's current phase under the id the caller made (a repeat is ignored): the presenter in the
    /// question and reaction phases; in the turn phases the member whose turn it is, with only questions accepted in the
    /// clarifying round. The text is about the round's case and is checked here.
    /// </summary>
    Task PostRoundEntryAsync(Actor actor, Guid roundId, Guid entryId, string text);

    /// <summary>Lets <paramref name="userId"/>'s turn in <paramref name="phase"/> go by (the member, or the chair for them); once they had their turn this stores nothing.</summary>
    Task PassRoundTurnAsync(Actor actor, Guid roundId, RoundPhase phase, string userId);

    /// <summary>
    /// The chair closes the round in its reaction phase with the advice entries chosen (at least one), recorded on the case as
    /// advice <paramref name="adviceId"/> (their texts, a blank line apart) with <paramref name="nextSteps"/>; when no advice was
    /// given at all the round closes with none chosen and nothing recorded. A repeat of a closed round is ignored.
    /// </summary>
    Task CloseRoundAsync(Actor actor, Guid roundId, Guid adviceId, ImmutableArray<Guid> chosenEntryIds, string nextSteps);

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

    /// <summary>Changes an item's kind, title, minutes, presenter or guest (not its case); the same values again store nothing.</summary>
    Task EditAgendaItemAsync(Actor actor, Guid itemId, AgendaItemKind kind, string title, int plannedMinutes, string? presenterId, AgendaGuest? guest);

    /// <summary>Tells the invitees what changed on the published agenda since they last heard; a repeat of the same id is ignored.</summary>
    Task AnnounceAgendaChangesAsync(Actor actor, Guid announcementId);

    /// <summary>What changed on the published agenda since publication or the last announcement; coordinators only.</summary>
    [ReadOnly]
    Task<ImmutableArray<AgendaChange>> GetPendingAgendaChangesAsync(Actor actor);

    /// <summary>Moves a meeting that has not started to another time, with a reason; the same move again stores nothing.</summary>
    Task MoveAsync(Actor actor, DateTimeOffset startsAt, DateTimeOffset endsAt, string reason);

    /// <summary>Changes where the meeting is held (a place and/or an https link) before it starts; the same again stores nothing.</summary>
    Task ChangePlaceAsync(Actor actor, string? place, string? onlineLink);

    /// <summary>
    /// Puts a case its network submitted for this published meeting on the agenda; true when it is on the agenda (also when it
    /// was already), false when the meeting is a concept (its draft agenda picks the case up). Called by the case grain, or a
    /// cancelled meeting handing on its cases; it never calls the case back, so the case can call it while it submits.
    /// </summary>
    Task<bool> TakeSubmittedCaseAsync(Actor actor, Guid caseId);
}
