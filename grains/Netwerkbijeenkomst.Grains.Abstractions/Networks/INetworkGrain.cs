using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Orleans.Concurrency;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>A local network: its people, social map, meeting rule and action-point register. Keyed by a short id.</summary>
public interface INetworkGrain : IGrainWithStringKey
{
    /// <summary>Founds the network with its first coordinator; administrators only.</summary>
    Task CreateAsync(Actor actor, string name, string municipality, Coordinator coordinator);

    Task AddCoordinatorAsync(Actor actor, Coordinator coordinator);

    Task SetMeetingRuleAsync(Actor actor, MeetingRule rule);

    /// <summary>The next meeting dates after now, from the meeting rule, leaving out dates that already have a meeting.</summary>
    [ReadOnly]
    Task<ImmutableArray<DateTimeOffset>> GetNextMeetingDatesAsync(int count);

    Task InviteMemberAsync(Actor actor, string userId, string displayName, ImmutableArray<string> communities, ImmutableArray<string> languages);

    /// <summary>The invited member accepts (or a coordinator activates them).</summary>
    Task ActivateMemberAsync(Actor actor, string userId);

    Task DeactivateMemberAsync(Actor actor, string userId);

    /// <summary>A member deletes their own account: they leave, and their name, communities and languages are erased from the history.</summary>
    Task ForgetMemberAsync(Actor actor);

    Task AddInstitutionAsync(Actor actor, string institutionId, string name, InstitutionKind kind, PartnerRoles roles);

    Task AddContactPersonAsync(Actor actor, string institutionId, ContactPerson contact);

    /// <summary>Puts an institution with all its details on the social map; a repeat with the same id and details is ignored.</summary>
    Task AddInstitutionWithDetailsAsync(Actor actor, string institutionId, InstitutionDetails details);

    /// <summary>Changes an institution's details; the same details again store nothing.</summary>
    Task EditInstitutionAsync(Actor actor, string institutionId, InstitutionDetails details);

    /// <summary>Takes an institution and its contact persons off the social map; history that names them keeps them. A repeat is ignored.</summary>
    Task RetireInstitutionAsync(Actor actor, string institutionId);

    /// <summary>Changes a contact person's name, function, work phone, work e-mail and languages; the same again stores nothing.</summary>
    Task EditContactPersonAsync(Actor actor, string institutionId, ContactPerson contact);

    /// <summary>The contact person is no longer the network's contact; history that names them keeps them. A repeat is ignored.</summary>
    Task RetireContactPersonAsync(Actor actor, string institutionId, string contactId);

    /// <summary>Sets the communities and languages a member serves; coordinators only.</summary>
    Task EditMemberAsync(Actor actor, string userId, ImmutableArray<string> communities, ImmutableArray<string> languages);

    /// <summary>Makes an active member co-coordinator; a repeat is ignored.</summary>
    Task PromoteMemberAsync(Actor actor, string userId);

    /// <summary>A coordinator steps down (or an administrator removes one); the network always keeps one. A repeat is ignored.</summary>
    Task RemoveCoordinatorAsync(Actor actor, string userId);

    /// <summary>Name, municipality and coordinators, for administrators and the network's coordinators.</summary>
    [ReadOnly]
    Task<NetworkSettings> GetSettingsAsync(Actor actor);

    [ReadOnly]
    Task<NetworkRole> GetRoleAsync(string userId);

    /// <summary>Hands out the next case label of this year, "Casus 2026-014"; asked again for the same case, the same label.</summary>
    Task<string> AllocateCaseLabelAsync(Actor actor, Guid caseId);

    /// <summary>
    /// Registers the case for the next meeting that can still take it (concept or published, starting after now), or for none
    /// yet; returns the submission as stored. Asked again for the same case, the same submission. Called by the case grain.
    /// </summary>
    Task<CaseSubmission> RegisterCaseSubmissionAsync(Actor actor, Guid caseId, string bringerId);

    /// <summary>Registers an action point under the id the caller made and returns it as stored; a repeat of the same id stores nothing.</summary>
    Task<ActionPoint> AddActionPointAsync(Actor actor, Guid actionPointId, string description, string ownerId, DateOnly due, Guid? meetingId, Guid? caseId);

    Task CompleteActionPointAsync(Actor actor, Guid actionPointId);

    Task CancelActionPointAsync(Actor actor, Guid actionPointId);

    /// <summary>Rewrites an open action point's description (coordinator); the same text again stores nothing.</summary>
    Task EditActionPointAsync(Actor actor, Guid actionPointId, string description);

    /// <summary>Gives an open action point to another active member or coordinator (coordinator); the same owner again stores nothing.</summary>
    Task ReassignActionPointAsync(Actor actor, Guid actionPointId, string ownerId);

    /// <summary>Moves an open action point's due date with a reason (coordinator or owner); the same move again stores nothing.</summary>
    Task MoveActionPointDueDateAsync(Actor actor, Guid actionPointId, DateOnly due, string reason);

    /// <summary>Settles an open action point with an outcome and an optional note (coordinator or owner); the same closing again stores nothing.</summary>
    Task CloseActionPointAsync(Actor actor, Guid actionPointId, ActionPointOutcome outcome, string? note);

    /// <summary>Every action point of the network with its case label, due-date moves and closing; members only.</summary>
    [ReadOnly]
    Task<ImmutableArray<ActionPointRecord>> GetActionPointsAsync(Actor actor);

    /// <summary>Records where an escalation stands; settled ones leave the open list. Called by the case grain only.</summary>
    Task TrackEscalationAsync(Actor actor, TrackedEscalation escalation);

    /// <summary>Sets the response time, in working days, for one kind of care; coordinators only.</summary>
    Task SetResponseTimeAsync(Actor actor, InstitutionKind kind, int workingDays);

    /// <summary>The open escalations with their ages in working days, stalled ones first; coordinators only.</summary>
    [ReadOnly]
    Task<FollowUp> GetFollowUpAsync(Actor actor);

    /// <summary>The social map, for grains and the web's after-commit consumers (the contact person's mail); no actor, like <see cref="GetKnownPeopleAsync"/>.</summary>
    [ReadOnly]
    Task<ImmutableArray<Institution>> GetSocialMapAsync();

    [ReadOnly]
    Task<OpenItems> GetOpenItemsAsync(Guid meetingId);

    /// <summary>
    /// The names of the members (active or invited) and coordinators, and the names and work contact details of the
    /// contact persons on the social map (not retired ones): the people a discussion text may name. For the privacy check in grains only.
    /// </summary>
    [ReadOnly]
    Task<KnownPeople> GetKnownPeopleAsync();

    [ReadOnly]
    Task<NetworkView> GetAsync(Actor actor);

    /// <summary>Retention: erases the texts of action points that came from the case. Called by the case grain only.</summary>
    Task EraseCaseTextsAsync(Guid caseId);

    /// <summary>The labels ("Casus 2026-014") of the given cases that this network handed out; for the minutes, which show a case by its label only.</summary>
    [ReadOnly]
    Task<ImmutableDictionary<Guid, string>> GetCaseLabelsAsync(ImmutableArray<Guid> caseIds);

    /// <summary>The coordinators and active members, for the web's after-commit mail; no actor, like <see cref="GetKnownPeopleAsync"/>.</summary>
    [ReadOnly]
    Task<ImmutableArray<Participant>> GetParticipantsAsync();

    /// <summary>
    /// Keeps a meeting's entry in the network's calendar; called by the meeting grain before it stores a change. Refuses a
    /// second meeting (not cancelled) on the same Amsterdam date. The same entry again stores nothing. Returns the
    /// submissions a cancelled meeting hands on, with the meeting each now goes to.
    /// </summary>
    Task<ImmutableArray<CaseSubmission>> RecordMeetingAsync(Actor actor, ScheduledMeeting meeting);

    /// <summary>The meeting rule with its place and link, for a meeting being planned; no actor, like <see cref="GetSocialMapAsync"/>.</summary>
    [ReadOnly]
    Task<MeetingRule?> GetMeetingRuleAsync();

    /// <summary>Every meeting of the network with its time and status, earliest first; members only.</summary>
    [ReadOnly]
    Task<ImmutableArray<ScheduledMeeting>> GetCalendarAsync(Actor actor);

    /// <summary>Every case submission, newest first, with the meeting it goes to; coordinators only.</summary>
    [ReadOnly]
    Task<ImmutableArray<CaseSubmission>> GetCaseSubmissionsAsync(Actor actor);

    /// <summary>The cases the actor opened in this network, with their submission when submitted; members only.</summary>
    [ReadOnly]
    Task<ImmutableArray<OwnCase>> GetOwnCasesAsync(Actor actor);
}
