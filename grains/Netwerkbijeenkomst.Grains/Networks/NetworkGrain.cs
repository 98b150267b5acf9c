using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;
using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>
/// A local network. It never calls other grains: meetings and cases call it, so no call cycle can form.
/// </summary>
public sealed partial class NetworkGrain(IPrivacyCheck privacy, TimeProvider time) : EventSourcedGrain<NetworkState, NetworkEvent>, INetworkGrain
{
    public const string FormerMember = "Voormalig lid";

    private DateTimeOffset Now => time.GetUtcNow();

    public async Task CreateAsync(Actor actor, string name, string municipality, Coordinator coordinator)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(coordinator);
        if (!actor.IsAdministrator)
        {
            throw new NotAllowedException("network.administrator-only", "Alleen een beheerder mag een netwerk aanmaken.");
        }

        if (State.Exists)
        {
            throw new InvalidStateException("network.exists", "Dit netwerk bestaat al.");
        }

        // Registered first, like every reminder here: should the commit fail, the first tick removes it.
        await ScheduleDailyRoundAsync();
        await CommitAsync(new NetworkCreated(
            Require.Text(name, "name", "de naam van het netwerk", 120),
            Require.Text(municipality, "municipality", "de gemeente", 120),
            ValidCoordinator(coordinator),
            actor.UserId,
            Now));
    }

    public async Task AddCoordinatorAsync(Actor actor, Coordinator coordinator)
    {
        ArgumentNullException.ThrowIfNull(coordinator);
        EnsureExists();
        if (!actor.IsAdministrator)
        {
            RequireCoordinator(actor);
        }

        if (State.IsCoordinator(coordinator.UserId))
        {
            throw new InvalidStateException("network.coordinator-exists", "Deze persoon is al coördinator van dit netwerk.");
        }

        await CommitAsync(new CoordinatorAdded(ValidCoordinator(coordinator), actor.UserId, Now));
    }

    public async Task InviteMemberAsync(Actor actor, string userId, string displayName, ImmutableArray<string> communities, ImmutableArray<string> languages)
    {
        RequireCoordinator(actor);
        var id = Require.Text(userId, "userId", "het account", 200);
        if (State.Members.ContainsKey(id) || State.IsCoordinator(id))
        {
            throw new InvalidStateException("network.member-exists", "Deze persoon hoort al bij dit netwerk.");
        }

        await CommitAsync(new MemberInvited(
            id,
            Require.Text(displayName, "displayName", "de naam", 120),
            Words(communities, "communities", "een gemeenschap"),
            Words(languages, "languages", "een taal"),
            actor.UserId,
            Now));
    }

    public async Task ActivateMemberAsync(Actor actor, string userId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var member = ExistingMember(userId);
        var coordinator = State.IsCoordinator(actor.UserId);
        var allowed = member.Status switch
        {
            MemberStatus.Invited => coordinator || actor.UserId == userId,
            MemberStatus.Inactive => coordinator,

            // Accepting twice, or re-activating twice, is a repeat: done already.
            _ => coordinator || actor.UserId == userId ? (bool?)null : false,
        };
        if (allowed is null)
        {
            return;
        }

        if (allowed == false)
        {
            throw Refuse.CoordinatorOnly();
        }

        await CommitAsync(new MemberActivated(userId, actor.UserId, Now));
    }

    public async Task DeactivateMemberAsync(Actor actor, string userId)
    {
        RequireCoordinator(actor);
        var status = ExistingMember(userId).Status;
        if (status == MemberStatus.Inactive)
        {
            return;
        }

        if (status != MemberStatus.Active)
        {
            throw new InvalidStateException("network.member-not-active", "Alleen een actief lid kan op inactief worden gezet.");
        }

        if (State.IsCoordinator(userId))
        {
            throw new InvalidStateException("network.member-is-coordinator", "Een coördinator kan niet op inactief worden gezet. Laat deze persoon eerst de rol van coördinator neerleggen.");
        }

        await CommitAsync(new MemberDeactivated(userId, actor.UserId, Now));
    }

    public async Task ForgetMemberAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (State.IsCoordinator(actor.UserId))
        {
            throw new InvalidStateException("network.coordinator-cannot-leave", "Een coördinator kan het account pas verwijderen als een andere coördinator het netwerk overneemt.");
        }

        if (!State.Members.ContainsKey(actor.UserId))
        {
            return;
        }

        await RedactHistoryAsync(e => e switch
        {
            MemberInvited invited when invited.UserId == actor.UserId => invited with { DisplayName = FormerMember, Communities = [], Languages = [] },
            MemberDetailsEdited edited when edited.UserId == actor.UserId => edited with { Communities = [], Languages = [] },
            CoordinatorAdded added when added.Coordinator.UserId == actor.UserId => added with { Coordinator = added.Coordinator with { DisplayName = FormerMember } },
            _ => e,
        });
        await CommitAsync(new MemberForgotten(actor.UserId, actor.UserId, Now));
    }

    public Task AddInstitutionAsync(Actor actor, string institutionId, string name, InstitutionKind kind, PartnerRoles roles) =>
        AddInstitutionWithDetailsAsync(actor, institutionId, new InstitutionDetails(name, kind, roles, [], [], null, null, null));

    public async Task AddInstitutionWithDetailsAsync(Actor actor, string institutionId, InstitutionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireCoordinator(actor);
        var id = Require.Text(institutionId, "institutionId", "de code van de instelling", 100);
        var valid = await ValidInstitutionAsync(details);
        if (State.SocialMap.FirstOrDefault(i => i.Id == id) is { } existing)
        {
            // The same form sent twice is a repeat; another institution under a taken id is not.
            if (SocialMapComparer.SameDetails(existing, valid))
            {
                return;
            }

            throw new InvalidStateException("network.institution-exists", "Deze instelling staat al op de sociale kaart.");
        }

        var added = new InstitutionAdded(id, valid.Name, valid.Kind, valid.Roles, actor.UserId, Now);
        await (SocialMapComparer.HasExtras(valid)
            ? CommitAsync(added, new InstitutionEdited(id, valid, actor.UserId, Now))
            : CommitAsync(added));
    }

    public async Task EditInstitutionAsync(Actor actor, string institutionId, InstitutionDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        RequireCoordinator(actor);
        var institution = CurrentInstitution(institutionId);
        var valid = await ValidInstitutionAsync(details);
        if (!SocialMapComparer.SameDetails(institution, valid))
        {
            await CommitAsync(new InstitutionEdited(institution.Id, valid, actor.UserId, Now));
        }
    }

    public async Task RetireInstitutionAsync(Actor actor, string institutionId)
    {
        RequireCoordinator(actor);
        var institution = ExistingInstitution(institutionId);
        if (!institution.Retired)
        {
            await CommitAsync(new InstitutionRetired(institution.Id, actor.UserId, Now));
        }
    }

    public async Task AddContactPersonAsync(Actor actor, string institutionId, ContactPerson contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        RequireCoordinator(actor);
        var institution = ExistingInstitution(institutionId);
        var valid = ValidContact(contact);
        if (institution.Contacts.FirstOrDefault(c => c.Id == valid.Id) is { } existing)
        {
            if (SocialMapComparer.SameContact(existing, valid))
            {
                return;
            }

            throw new InvalidStateException("network.contact-exists", "Deze contactpersoon staat al bij de instelling.");
        }

        RequireNotRetired(institution);
        await CommitAsync(new ContactPersonAdded(institution.Id, valid, actor.UserId, Now));
    }

    public async Task EditContactPersonAsync(Actor actor, string institutionId, ContactPerson contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        RequireCoordinator(actor);
        var institution = CurrentInstitution(institutionId);
        var existing = ExistingContact(institution, contact.Id);
        if (existing.Retired)
        {
            throw new InvalidStateException("network.contact-retired", "Deze contactpersoon is niet meer actief en kan niet meer worden gewijzigd.");
        }

        var valid = ValidContact(contact);
        if (!SocialMapComparer.SameContact(existing, valid))
        {
            await CommitAsync(new ContactPersonEdited(institution.Id, valid, actor.UserId, Now));
        }
    }

    public async Task RetireContactPersonAsync(Actor actor, string institutionId, string contactId)
    {
        RequireCoordinator(actor);
        var institution = ExistingInstitution(institutionId);
        if (!ExistingContact(institution, contactId).Retired)
        {
            await CommitAsync(new ContactPersonRetired(institution.Id, contactId, actor.UserId, Now));
        }
    }

    public async Task EditMemberAsync(Actor actor, string userId, ImmutableArray<string> communities, ImmutableArray<string> languages)
    {
        RequireCoordinator(actor);
        var member = ExistingMember(userId);
        if (member.DisplayName == FormerMember && member.Status == MemberStatus.Inactive)
        {
            throw new InvalidStateException("network.member-forgotten", "Dit lid heeft het account verwijderd; de gegevens zijn gewist.");
        }

        var newCommunities = Words(communities, "communities", "een gemeenschap");
        var newLanguages = Words(languages, "languages", "een taal");
        if (!member.Communities.SequenceEqual(newCommunities, StringComparer.Ordinal) || !member.Languages.SequenceEqual(newLanguages, StringComparer.Ordinal))
        {
            await CommitAsync(new MemberDetailsEdited(userId, newCommunities, newLanguages, actor.UserId, Now));
        }
    }

    public async Task PromoteMemberAsync(Actor actor, string userId)
    {
        RequireCoordinator(actor);
        var member = ExistingMember(userId);
        if (State.IsCoordinator(userId))
        {
            return;
        }

        if (member.Status != MemberStatus.Active)
        {
            throw new InvalidStateException("network.member-not-active", "Alleen een actief lid kan coördinator worden.");
        }

        await CommitAsync(new CoordinatorAdded(new Coordinator(member.UserId, member.DisplayName), actor.UserId, Now));
    }

    public async Task RemoveCoordinatorAsync(Actor actor, string userId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (!actor.IsAdministrator && actor.UserId != userId)
        {
            // Coordinators step down themselves; taking the role from a colleague is the administrator's.
            throw new NotAllowedException("network.step-down-self-only", "Een coördinator kan alleen zelf de rol neerleggen; een beheerder kan een coördinator afzetten.");
        }

        if (!State.IsCoordinator(userId))
        {
            return;
        }

        if (State.Coordinators.Count == 1)
        {
            throw new InvalidStateException("network.last-coordinator", "Een netwerk heeft altijd een coördinator. Maak eerst iemand anders coördinator.");
        }

        await CommitAsync(new CoordinatorRemoved(userId, actor.UserId, Now));
    }

    public Task<NetworkSettings> GetSettingsAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (!actor.IsAdministrator && !State.IsCoordinator(actor.UserId))
        {
            throw new NotAllowedException("network.settings-only", "Alleen een beheerder of een coördinator van dit netwerk mag de instellingen zien.");
        }

        return Task.FromResult(new NetworkSettings(this.GetPrimaryKeyString(), State.Name, State.Municipality, [.. State.Coordinators]));
    }

    public Task<NetworkRole> GetRoleAsync(string userId) => Task.FromResult(State.Exists ? State.RoleOf(userId) : NetworkRole.None);

    public async Task<string> AllocateCaseLabelAsync(Actor actor, Guid caseId)
    {
        RequireMember(actor);
        if (State.CaseLabels.TryGetValue(caseId, out var allocated))
        {
            return allocated;
        }

        var year = AmsterdamTime.Local(Now).Year;
        var number = State.LastCaseNumber.GetValueOrDefault(year) + 1;
        await CommitAsync(new CaseLabelAllocated(caseId, year, number, actor.UserId, Now));
        return State.CaseLabels[caseId];
    }

    public async Task<ActionPoint> AddActionPointAsync(Actor actor, Guid actionPointId, string description, string ownerId, DateOnly due, Guid? meetingId, Guid? caseId)
    {
        RequireCoordinator(actor);
        if (State.ActionPoints.FirstOrDefault(a => a.Id == actionPointId) is { } added)
        {
            return added;
        }

        var text = Require.Text(description, "description", "de omschrijving van het actiepunt", 500);
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("description", text));
        if (State.RoleOf(ownerId) == NetworkRole.None)
        {
            throw new InvalidInputException("network.owner-not-member", "ownerId", "De eigenaar van een actiepunt moet een actief lid of coördinator van het netwerk zijn.");
        }

        if (due < AmsterdamTime.Today(time))
        {
            throw new InvalidInputException("network.due-in-past", "due", "De uiterste datum ligt in het verleden.");
        }

        var actionPoint = new ActionPoint(actionPointId, text, ownerId, due, ActionPointStatus.Open, meetingId, caseId);
        await CommitAsync(new ActionPointAdded(actionPoint, actor.UserId, Now));
        return actionPoint;
    }

    public async Task CompleteActionPointAsync(Actor actor, Guid actionPointId)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var actionPoint = OpenActionPoint(actionPointId);
        if (!State.IsCoordinator(actor.UserId) && !(actionPoint.OwnerId == actor.UserId && State.RoleOf(actor.UserId) == NetworkRole.Member))
        {
            throw new NotAllowedException("network.action-point-owner-only", "Alleen de eigenaar of een coördinator mag dit actiepunt afronden.");
        }

        await CommitAsync(new ActionPointCompleted(actionPointId, actor.UserId, Now));
    }

    public async Task CancelActionPointAsync(Actor actor, Guid actionPointId)
    {
        RequireCoordinator(actor);
        OpenActionPoint(actionPointId);
        await CommitAsync(new ActionPointCancelled(actionPointId, actor.UserId, Now));
    }

    public async Task EditActionPointAsync(Actor actor, Guid actionPointId, string description)
    {
        RequireCoordinator(actor);
        var actionPoint = OpenActionPoint(actionPointId);
        var text = Require.Text(description, "description", "de omschrijving van het actiepunt", 500);
        if (text == actionPoint.Description)
        {
            return;
        }

        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("description", text));
        await CommitAsync(new ActionPointEdited(actionPointId, text, actor.UserId, Now));
    }

    public async Task ReassignActionPointAsync(Actor actor, Guid actionPointId, string ownerId)
    {
        RequireCoordinator(actor);
        var actionPoint = OpenActionPoint(actionPointId);
        var owner = Require.Text(ownerId, "ownerId", "de nieuwe eigenaar", 200);
        if (owner == actionPoint.OwnerId)
        {
            return;
        }

        if (State.RoleOf(owner) == NetworkRole.None)
        {
            throw new InvalidInputException("network.owner-not-member", "ownerId", "De eigenaar van een actiepunt moet een actief lid of coördinator van het netwerk zijn.");
        }

        await CommitAsync(new ActionPointReassigned(actionPointId, owner, actor.UserId, Now));
    }

    public async Task MoveActionPointDueDateAsync(Actor actor, Guid actionPointId, DateOnly due, string reason)
    {
        var actionPoint = OpenActionPoint(actionPointId);
        RequireOwnerOrCoordinator(actor, actionPoint, "Alleen de eigenaar of een coördinator mag de datum van dit actiepunt verzetten.");
        var text = Require.Text(reason, "reason", "de reden om de datum te verzetten", 500);
        if (due == actionPoint.Due)
        {
            // The move just made, sent again (a double click, a retry after a lost answer), is done already.
            if (State.DueDateMoves.TryGetValue(actionPointId, out var moves) && moves[^1].To == due && moves[^1].Reason == text)
            {
                return;
            }

            throw new InvalidInputException("network.due-unchanged", "due", "Kies een andere datum dan de huidige uiterste datum.");
        }

        if (due < AmsterdamTime.Today(time))
        {
            throw new InvalidInputException("network.due-in-past", "due", "De nieuwe uiterste datum ligt in het verleden.");
        }

        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("reason", text));
        await CommitAsync(new ActionPointDueDateMoved(actionPointId, actionPoint.Due, due, text, actor.UserId, Now));
    }

    public async Task CloseActionPointAsync(Actor actor, Guid actionPointId, ActionPointOutcome outcome, string? note)
    {
        var actionPoint = ExistingActionPoint(actionPointId);
        RequireOwnerOrCoordinator(actor, actionPoint, "Alleen de eigenaar of een coördinator mag dit actiepunt sluiten.");
        Require.Defined(outcome, "outcome", "de uitkomst");
        var text = Require.OptionalText(note, "note", "de toelichting", 1000);
        if (actionPoint.Status != ActionPointStatus.Open)
        {
            // The same closing sent again is done already; anything else would change a settled point.
            if (State.Closings.TryGetValue(actionPointId, out var closing) && closing.Outcome == outcome && closing.Note == text)
            {
                return;
            }

            throw ActionPointNotOpen();
        }

        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("note", text));
        await CommitAsync(new ActionPointClosed(actionPointId, outcome, text, actor.UserId, Now));
    }

    public Task<ImmutableArray<ActionPointRecord>> GetActionPointsAsync(Actor actor)
    {
        RequireMember(actor);
        return Task.FromResult<ImmutableArray<ActionPointRecord>>([.. State.ActionPoints.Select(a => new ActionPointRecord(
            a,
            a.CaseId is { } caseId ? State.CaseLabels.GetValueOrDefault(caseId) : null,
            State.DueDateMoves.TryGetValue(a.Id, out var moves) ? [.. moves] : [],
            State.Closings.GetValueOrDefault(a.Id)))]);
    }

    public async Task TrackEscalationAsync(Actor actor, TrackedEscalation escalation)
    {
        ArgumentNullException.ThrowIfNull(escalation);
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();

        // The case grain decided who may take the step; this only keeps out callers with no business in the network at all.
        var known = State.Escalations.GetValueOrDefault(escalation.EscalationId);
        var contactOfIt = actor.GetContactPersonId() is { } contactId && known is not null
            && State.SocialMap.Any(i => i.Id == known.InstitutionId && i.Contacts.Any(c => c.Id == contactId));
        if (State.RoleOf(actor.UserId) == NetworkRole.None && !contactOfIt)
        {
            throw Refuse.MembersOnly();
        }

        var tracked = escalation with { Stalled = false };
        if (known == tracked)
        {
            return;
        }

        await CommitAsync(new EscalationTracked(tracked, actor.UserId, Now));
    }

    public async Task SetResponseTimeAsync(Actor actor, InstitutionKind kind, int workingDays)
    {
        RequireCoordinator(actor);
        Require.Defined(kind, "kind", "de soort zorg");
        if (workingDays is < ResponseTimes.Min or > ResponseTimes.Max)
        {
            throw new InvalidInputException("network.response-time", "workingDays", $"Kies een reactietermijn van {ResponseTimes.Min} tot {ResponseTimes.Max} werkdagen.");
        }

        if (State.ResponseDays(kind) == workingDays)
        {
            return;
        }

        await CommitAsync(new ResponseTimeSet(kind, workingDays, actor.UserId, Now));
    }

    public Task<FollowUp> GetFollowUpAsync(Actor actor)
    {
        RequireCoordinator(actor);
        var today = AmsterdamTime.Today(time);
        var list = State.OpenEscalations
            .Select(e =>
            {
                var clock = State.EscalationClocks[e.EscalationId];
                var institution = State.SocialMap.FirstOrDefault(i => i.Id == e.InstitutionId);
                var kind = institution?.Kind ?? InstitutionKind.NeighbourhoodTeam;
                return new FollowUpEscalation(
                    WithStall(e, today),
                    institution?.Name ?? e.InstitutionId,
                    kind,
                    clock.ReportedAt,
                    clock.LastStepAt,
                    DutchCalendar.WorkingDaysBetween(DateOnly.FromDateTime(AmsterdamTime.Local(clock.ReportedAt)), today),
                    DutchCalendar.WorkingDaysBetween(DateOnly.FromDateTime(AmsterdamTime.Local(clock.LastStepAt)), today),
                    State.ResponseDays(kind));
            })
            .OrderByDescending(f => f.Escalation.Stalled)
            .ThenByDescending(f => f.WorkingDaysSinceStep)
            .ThenBy(f => f.Escalation.CaseLabel, StringComparer.Ordinal)
            .ToImmutableArray();
        return Task.FromResult(new FollowUp(list, [.. Enum.GetValues<InstitutionKind>().Select(k => new ResponseTime(k, State.ResponseDays(k)))]));
    }

    public Task<ImmutableArray<Institution>> GetSocialMapAsync()
    {
        EnsureExists();
        return Task.FromResult<ImmutableArray<Institution>>([.. State.SocialMap]);
    }

    /// <summary>An open escalation is stalled when no step was taken for longer than its kind of care's response time.</summary>
    private TrackedEscalation WithStall(TrackedEscalation escalation, DateOnly today)
    {
        if (EscalationLifecycle.IsSettled(escalation.Status) || !State.EscalationClocks.TryGetValue(escalation.EscalationId, out var clock))
        {
            return escalation;
        }

        var kind = State.SocialMap.FirstOrDefault(i => i.Id == escalation.InstitutionId)?.Kind ?? InstitutionKind.NeighbourhoodTeam;
        var quiet = DutchCalendar.WorkingDaysBetween(DateOnly.FromDateTime(AmsterdamTime.Local(clock.LastStepAt)), today);
        return escalation with { Stalled = quiet > State.ResponseDays(kind) };
    }

    public Task<KnownPeople> GetKnownPeopleAsync() => KnownPeopleAsync();

    private Task<KnownPeople> KnownPeopleAsync() => Task.FromResult(KnownPeople());

    private KnownPeople KnownPeople()
    {
        // Retired institutions and contacts are no longer the network's people: their details are refused like anyone's.
        var contacts = State.SocialMap.Where(i => !i.Retired).SelectMany(i => i.ActiveContacts()).ToList();
        return new KnownPeople(
            [.. State.Coordinators.Select(c => c.DisplayName)
                .Concat(State.Members.Values.Where(m => m.Status != MemberStatus.Inactive).Select(m => m.DisplayName))
                .Concat(contacts.Select(c => c.Name))
                .Distinct(StringComparer.Ordinal)],
            [.. contacts.Select(c => c.Phone).OfType<string>()],
            [.. contacts.Select(c => c.Email).OfType<string>()]);
    }

    public Task<OpenItems> GetOpenItemsAsync(Guid meetingId)
    {
        EnsureExists();
        return Task.FromResult(new OpenItems(
            [.. State.Submissions.Values.Where(s => s.MeetingId == meetingId)],
            [.. State.ActionPoints.Where(a => a.Status == ActionPointStatus.Open)],
            [.. State.OpenEscalations.Select(e => WithStall(e, AmsterdamTime.Today(time)))]));
    }

    public Task<NetworkView> GetAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (State.RoleOf(actor.UserId) == NetworkRole.None)
        {
            throw Refuse.MembersOnly();
        }

        return Task.FromResult(new NetworkView(
            this.GetPrimaryKeyString(),
            State.Name,
            State.Municipality,
            State.Rule,
            [.. State.Coordinators],
            [.. State.Members.Values.OrderBy(m => m.DisplayName, StringComparer.CurrentCulture)],
            [.. State.SocialMap],
            [.. State.ActionPoints],
            [.. State.OpenEscalations.Select(e => WithStall(e, AmsterdamTime.Today(time)))]));
    }

    public Task EraseCaseTextsAsync(Guid caseId)
    {
        var about = State.ActionPoints.Where(a => a.CaseId == caseId).Select(a => a.Id).ToHashSet();
        return RedactHistoryAsync(e => e switch
        {
            ActionPointAdded added when added.ActionPoint.CaseId == caseId => added with { ActionPoint = added.ActionPoint with { Description = "" } },
            ActionPointEdited edited when about.Contains(edited.ActionPointId) => edited with { Description = "" },
            ActionPointDueDateMoved moved when about.Contains(moved.ActionPointId) => moved with { Reason = "" },
            ActionPointClosed closed when about.Contains(closed.ActionPointId) => closed with { Note = null },
            _ => e,
        });
    }

    private void EnsureExists()
    {
        if (!State.Exists)
        {
            throw new NotFoundException("network.not-found", "Dit netwerk bestaat niet.");
        }
    }

    // Outsiders first hear "members only", so what they are told does not depend on what the network holds.
    private void RequireCoordinator(Actor actor)
    {
        RequireMember(actor);
        if (!State.IsCoordinator(actor.UserId))
        {
            throw Refuse.CoordinatorOnly();
        }
    }

    private void RequireMember(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (State.RoleOf(actor.UserId) == NetworkRole.None)
        {
            throw Refuse.MembersOnly();
        }
    }

    private Member ExistingMember(string userId)
    {
        EnsureExists();
        return State.Members.GetValueOrDefault(userId)
            ?? throw new NotFoundException("network.member-not-found", "Deze persoon is geen lid van dit netwerk.");
    }

    private Institution ExistingInstitution(string institutionId)
    {
        EnsureExists();
        return State.SocialMap.FirstOrDefault(i => i.Id == institutionId)
            ?? throw new NotFoundException("network.institution-not-found", "Deze instelling staat niet op de sociale kaart.");
    }

    private Institution CurrentInstitution(string institutionId)
    {
        var institution = ExistingInstitution(institutionId);
        RequireNotRetired(institution);
        return institution;
    }

    private static void RequireNotRetired(Institution institution)
    {
        if (institution.Retired)
        {
            throw new InvalidStateException("network.institution-retired", "Deze instelling is niet meer actief en kan niet meer worden gewijzigd.");
        }
    }

    private static ContactPerson ExistingContact(Institution institution, string? contactId) =>
        institution.Contacts.FirstOrDefault(c => c.Id == contactId)
        ?? throw new NotFoundException("network.contact-not-found", "Deze contactpersoon staat niet bij de instelling.");

    private async Task<InstitutionDetails> ValidInstitutionAsync(InstitutionDetails details)
    {
        var name = Require.Text(details.Name, "name", "de naam van de instelling", 200);
        var kind = Require.Defined(details.Kind, "kind", "het soort instelling");
        if (details.Roles == PartnerRoles.None || (details.Roles & ~(PartnerRoles.RefersToUs | PartnerRoles.WeReferToThem | PartnerRoles.Cooperates | PartnerRoles.SharesKnowledge)) != 0)
        {
            throw new InvalidInputException("network.partner-roles", "roles", "Kies ten minste één rol van deze partner.");
        }

        var valid = new InstitutionDetails(
            name,
            kind,
            details.Roles,
            Words(details.Communities, "communities", "een gemeenschap"),
            Words(details.Languages, "languages", "een taal"),
            WorkContact.Phone(details.Phone, "phone"),
            WorkContact.Email(details.Email, "email"),
            WorkContact.Website(details.Website, "website"));

        // The name is an organising text ("Huisartsenpraktijk Jansen" may name its doctor); phone and e-mail are work details.
        await privacy.EnsureAsync(TextKind.Administrative, KnownPeopleAsync, ("name", name));
        return valid;
    }

    private static ContactPerson ValidContact(ContactPerson contact) =>
        new(Require.Text(contact.Id, "contactId", "de code van de contactpersoon", 100),
            Require.Text(contact.Name, "contactName", "de naam van de contactpersoon", 120),
            Require.Text(contact.Function, "function", "de functie", 120),
            WorkContact.Email(contact.Email, "email"),
            WorkContact.Phone(contact.Phone, "phone"))
        {
            Languages = Words(contact.Languages, "languages", "een taal"),
        };

    private ActionPoint OpenActionPoint(Guid id)
    {
        var actionPoint = ExistingActionPoint(id);
        return actionPoint.Status == ActionPointStatus.Open ? actionPoint : throw ActionPointNotOpen();
    }

    private ActionPoint ExistingActionPoint(Guid id)
    {
        EnsureExists();
        return State.ActionPoints.FirstOrDefault(a => a.Id == id)
            ?? throw new NotFoundException("network.action-point-not-found", "Dit actiepunt bestaat niet.");
    }

    private static InvalidStateException ActionPointNotOpen() =>
        new("network.action-point-not-open", "Dit actiepunt is al afgerond of vervallen.");

    /// <summary>A coordinator, or the owner while an active member: an owner who left the network hands over through the coordinator.</summary>
    private void RequireOwnerOrCoordinator(Actor actor, ActionPoint actionPoint, string message)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!State.IsCoordinator(actor.UserId) && !(actionPoint.OwnerId == actor.UserId && State.RoleOf(actor.UserId) == NetworkRole.Member))
        {
            throw new NotAllowedException("network.action-point-owner-only", message);
        }
    }

    private static Coordinator ValidCoordinator(Coordinator coordinator) =>
        new(Require.Text(coordinator.UserId, "coordinatorId", "het account van de coördinator", 200),
            Require.Text(coordinator.DisplayName, "coordinatorName", "de naam van de coördinator", 120));

    private static ImmutableArray<string> Words(ImmutableArray<string> words, string field, string label) =>
        words.IsDefault ? [] : [.. words.Select(w => Require.Text(w, field, label, 60)).Distinct(StringComparer.OrdinalIgnoreCase)];
}
