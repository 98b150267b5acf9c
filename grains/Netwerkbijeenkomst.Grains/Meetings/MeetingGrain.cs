using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;
using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>
/// One monthly meeting. It calls its network (roles, open items, action points) and the cases on its agenda;
/// neither ever calls a meeting, so no call cycle can form.
/// </summary>
public sealed partial class MeetingGrain(IPrivacyCheck privacy, TimeProvider time) : EventSourcedGrain<MeetingState, MeetingEvent>, IMeetingGrain
{
    /// <summary>A limit no real discussion reaches, so one member's flood cannot grow a meeting (and every first load of its room) without end.</summary>
    public const int MaxContributionsPerItem = 500;

    private DateTimeOffset Now => time.GetUtcNow();

    private Guid Id => this.GetPrimaryKey();

    private INetworkGrain Network => GrainFactory.GetGrain<INetworkGrain>(State.NetworkId);

    public async Task PlanAsync(Actor actor, string networkId, string title, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (State.Exists)
        {
            // The same plan sent again (a double click, a retry after a lost answer) is done already.
            if (State.NetworkId == networkId && State.Title == title?.Trim() && State.StartsAt == startsAt && State.EndsAt == endsAt)
            {
                return;
            }

            throw new InvalidStateException("meeting.exists", "Deze bijeenkomst is al gepland.");
        }

        var text = Require.Text(title, "title", "de titel", 150);
        await privacy.EnsureAsync(TextKind.Administrative, GrainFactory.GetGrain<INetworkGrain>(networkId).GetKnownPeopleAsync, ("title", text));
        if (endsAt <= startsAt)
        {
            throw new InvalidInputException("meeting.ends-before-start", "endsAt", "De bijeenkomst moet eindigen na het begin.");
        }

        if (startsAt <= Now)
        {
            throw new InvalidInputException("meeting.starts-in-past", "startsAt", "Plan de bijeenkomst in de toekomst.");
        }

        var network = GrainFactory.GetGrain<INetworkGrain>(networkId);
        await network.RequireCoordinatorAsync(actor);
        var rule = await network.GetMeetingRuleAsync();
        await network.RecordMeetingAsync(actor, new ScheduledMeeting(Id, startsAt, endsAt, MeetingStatus.Concept));
        await CommitAsync(new MeetingPlanned(networkId, text, startsAt, endsAt, actor.UserId, Now) { Place = rule?.Place, OnlineLink = rule?.OnlineLink });
    }

    public async Task AssembleDraftAgendaAsync(Actor actor)
    {
        await RequireCoordinatorAsync(actor);
        RequireStatus("meeting.not-concept", "Alleen een conceptagenda kan opnieuw worden samengesteld.", MeetingStatus.Concept);

        var open = await Network.GetOpenItemsAsync(Id);
        var agenda = DraftAgenda.Assemble(open, actor.UserId);
        foreach (var submission in open.SubmittedCases)
        {
            await GrainFactory.GetGrain<ICaseGrain>(submission.CaseId).PlaceOnAgendaAsync(actor, Id);
        }

        await CommitAsync(new DraftAgendaAssembled(agenda, open.ActionPoints, open.Escalations, actor.UserId, Now));
    }

    public async Task PublishAsync(Actor actor)
    {
        await RequireCoordinatorAsync(actor);
        RequireStatus("meeting.not-concept", "Alleen een bijeenkomst in concept kan worden gepubliceerd.", MeetingStatus.Concept);
        if (State.Agenda.Count == 0)
        {
            throw new InvalidStateException("meeting.agenda-empty", "Stel eerst de agenda samen voordat u publiceert.");
        }

        await TellNetworkAsync(actor, MeetingStatus.Published);
        // Registered first: no published meeting may lack its reminder; should the commit fail, the first tick removes it.
        await ScheduleAttendanceReminderAsync(State.StartsAt);
        await CommitAsync(new MeetingPublished(actor.UserId, Now));
    }

    public async Task StartAsync(Actor actor, bool overrideDay = false)
    {
        await RequireCoordinatorAsync(actor);
        RequireStatus("meeting.not-published", "Alleen een gepubliceerde bijeenkomst kan beginnen.", MeetingStatus.Published);
        var outsideTheDay = RequireTheDayUnless(overrideDay);
        await TellNetworkAsync(actor, MeetingStatus.Started);
        await CommitAsync(new MeetingStarted(actor.UserId, Now) { OverrideDay = outsideTheDay });
    }

    public async Task CloseAsync(Actor actor)
    {
        await RequireCoordinatorAsync(actor);
        RequireStarted();
        await TellNetworkAsync(actor, MeetingStatus.Closed);
        await CommitAsync(new MeetingClosed(actor.UserId, Now));
        EmptyTheRoom();
    }

    public async Task CancelAsync(Actor actor, string reason)
    {
        await RequireCoordinatorAsync(actor);
        var text = Require.Text(reason, "reason", "de reden", 500);
        if (State.Status == MeetingStatus.Cancelled && State.CancelReason == text)
        {
            // The same cancellation again: finish handing on its cases, in case that was cut short.
            await HandOnCasesAsync(actor, await TellNetworkAsync(actor, MeetingStatus.Cancelled));
            return;
        }

        RequireStatus("meeting.cannot-cancel", "Alleen een bijeenkomst die nog niet begonnen is kan worden afgelast.", MeetingStatus.Concept, MeetingStatus.Published);
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("reason", text));
        var handedOn = await TellNetworkAsync(actor, MeetingStatus.Cancelled);
        await CommitAsync(new MeetingCancelled(text, actor.UserId, Now));
        await HandOnCasesAsync(actor, handedOn);
    }

    public async Task RespondAsync(Actor actor, Rsvp response)
    {
        var role = await RequireParticipantAsync(actor);
        RequireStatus("meeting.not-published", "U kunt pas reageren als de bijeenkomst is gepubliceerd.", MeetingStatus.Published);

        // The coordinators chair the meeting, so their answer is known; a stored "no" would only mislead the counts and reminders.
        if (role == NetworkRole.Coordinator)
        {
            throw new InvalidStateException("meeting.coordinator-rsvp", "U leidt deze bijeenkomst als coördinator; u hoeft zich niet aan of af te melden.");
        }

        await CommitAsync(new RsvpGiven(Require.Defined(response, "response", "uw antwoord"), actor.UserId, Now));
    }

    public async Task GoToItemAsync(Actor actor, int index)
    {
        await RequireCoordinatorAsync(actor);
        RequireStarted();
        if (index < 0 || index >= State.Agenda.Count)
        {
            throw new InvalidInputException("meeting.item-index", "index", "Dit agendapunt bestaat niet.");
        }

        if (index != State.CurrentItem)
        {
            await CommitAsync(new AgendaItemAdvanced(index, actor.UserId, Now));
        }
    }

    public async Task PostContributionAsync(Actor actor, Guid contributionId, ContributionKind kind, string text, Guid? caseId = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (State.Contributions.FirstOrDefault(c => c.Id == contributionId) is { } posted)
        {
            // A retry of a post that was stored: done, even if the meeting closed meanwhile; another author's id is not theirs to repeat.
            if (posted.AuthorId != actor.UserId)
            {
                throw new NotAllowedException("meeting.contribution-id-taken", "Deze bijdrage is van iemand anders.");
            }

            return;
        }

        await RequireAttendeeAsync(actor);

        Require.Defined(kind, "kind", "het soort bijdrage");
        var body = Require.Text(text, "text", "uw bijdrage", 2000);
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("text", body));
        var item = State.Current ?? throw new InvalidStateException("meeting.no-current-item", "Er is geen agendapunt aan de orde.");
        if (State.Contributions.Count(c => c.AgendaItemId == item.Id) >= MaxContributionsPerItem)
        {
            throw new InvalidStateException(
                "meeting.item-full", $"Bij dit agendapunt staan al {MaxContributionsPerItem} bijdragen; meer kan er niet bij. Ga verder bij het volgende agendapunt.");
        }

        if (caseId is { } about)
        {
            RequireCaseOnAgenda(about);
        }

        await CommitAsync(new ContributionPosted(new Contribution(contributionId, item.Id, actor.UserId, kind, body, Now, caseId ?? item.CaseId), actor.UserId, Now));
    }

    public async Task RaiseHandAsync(Actor actor)
    {
        await RequireAttendeeAsync(actor);
        if (!State.Hands.Contains(actor.UserId))
        {
            await CommitAsync(new HandRaised(actor.UserId, Now));
        }
    }

    public async Task LowerHandAsync(Actor actor)
    {
        await RequireAttendeeAsync(actor);
        if (State.Hands.Contains(actor.UserId))
        {
            await CommitAsync(new HandLowered(actor.UserId, actor.UserId, Now));
        }
    }

    public async Task GiveFloorAsync(Actor actor, string userId)
    {
        await RequireCoordinatorAsync(actor);
        RequireStarted();
        if (!IsPresent(userId))
        {
            throw new InvalidInputException("meeting.not-present", "userId", "Het woord kan alleen naar iemand die aanwezig is.");
        }

        await CommitAsync(new FloorGiven(userId, actor.UserId, Now));
    }

    public async Task TakeFloorBackAsync(Actor actor)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Floor is not null)
        {
            await CommitAsync(new FloorTakenBack(actor.UserId, Now));
        }
    }

    public async Task LowerHandOfAsync(Actor actor, string userId)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Hands.Contains(userId))
        {
            await CommitAsync(new HandLowered(userId, actor.UserId, Now));
        }
    }

    public async Task RecordAdviceAsync(Actor actor, Guid adviceId, Guid caseId, string advice, string nextSteps)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Advice.Any(a => a.Id == adviceId))
        {
            return;
        }

        RequireStarted();
        RequireCaseOnAgenda(caseId);

        // The case owns the advice and checks its text, once; the meeting keeps what the case stored, for its minutes.
        var stored = await GrainFactory.GetGrain<ICaseGrain>(caseId).RecordAdviceAsync(actor, adviceId, Id, advice, nextSteps);
        await CommitAsync(new AdviceRecorded(adviceId, caseId, stored.Advice, stored.NextSteps, actor.UserId, Now));
    }

    public async Task RecordActionPointAsync(Actor actor, Guid actionPointId, string description, string ownerId, DateOnly due, Guid? caseId)
    {
        await RequireCoordinatorAsync(actor);
        if (State.ActionPoints.Any(a => a.Id == actionPointId))
        {
            return;
        }

        RequireStarted();
        if (caseId is { } id)
        {
            RequireCaseOnAgenda(id);
        }

        // The network owns the action point and checks its text, once.
        var stored = await Network.AddActionPointAsync(actor, actionPointId, description, ownerId, due, Id, caseId);
        await CommitAsync(new ActionPointRecorded(new RecordedActionPoint(actionPointId, stored.Description, stored.OwnerId, stored.Due, stored.CaseId), actor.UserId, Now));
    }

    public async Task RecordEscalationAsync(Actor actor, Guid escalationId, Guid caseId, string institutionId, string contactPersonId, string reason, Urgency urgency)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Escalations.Any(e => e.EscalationId == escalationId))
        {
            return;
        }

        RequireStarted();
        RequireCaseOnAgenda(caseId);

        // The case owns the escalation and checks its reason, once.
        var stored = await GrainFactory.GetGrain<ICaseGrain>(caseId).EscalateAsync(actor, escalationId, institutionId, contactPersonId, reason, urgency);
        await CommitAsync(new EscalationRecorded(
            new RecordedEscalation(escalationId, caseId, stored.InstitutionId, stored.ContactPersonId, stored.Reason, stored.Urgency), actor.UserId, Now));
    }

    public async Task<MeetingView> GetAsync(Actor actor)
    {
        await RequireParticipantAsync(actor);
        return new MeetingView(
            Id,
            State.NetworkId,
            State.Title,
            State.StartsAt,
            State.EndsAt,
            State.Status,
            State.CancelReason,
            [.. State.Agenda],
            [.. State.CarriedOverActionPoints],
            [.. State.CarriedOverEscalations],
            State.Rsvps.ToImmutableDictionary(),
            PresentNow,
            State.CurrentItem,
            [.. State.Contributions],
            [.. State.Hands],
            State.Floor,
            [.. State.Advice],
            [.. State.ActionPoints],
            [.. State.Escalations],
            Version,
            State.Place,
            State.OnlineLink,
            State.CalendarSequence,
            State.MinutesApprovedAt) { Presence = Refresh() };
    }

    public Task EraseCaseTextsAsync(Guid caseId) =>
        RedactHistoryAsync(MeetingRedaction.About(
            caseId,
            State.Agenda.Where(i => i.CaseId == caseId).Select(i => i.Id).ToHashSet(),
            State.Rounds.Where(r => r.CaseId == caseId).Select(r => r.Id).ToHashSet()));

    private Task<KnownPeople> KnownPeopleAsync() => Network.GetKnownPeopleAsync();

    private void EnsureExists()
    {
        if (!State.Exists)
        {
            throw new NotFoundException("meeting.not-found", "Deze bijeenkomst bestaat niet.");
        }
    }

    private Task RequireCoordinatorAsync(Actor actor)
    {
        EnsureExists();
        return Network.RequireCoordinatorAsync(actor);
    }

    private Task<NetworkRole> RequireParticipantAsync(Actor actor)
    {
        EnsureExists();
        return Network.RequireMemberAsync(actor);
    }

    // Still a member (asked first, so an outsider learns nothing of the meeting's state), then present: someone set inactive mid-meeting is still on the presence list until their connection goes.
    private async Task RequireAttendeeAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        await Network.RequireMemberAsync(actor);
        RequireStarted();
        if (!IsPresent(actor.UserId))
        {
            throw new NotAllowedException("meeting.attendees-only", "Alleen wie aan de bijeenkomst deelneemt kan hier iets inbrengen.");
        }
    }

    private void RequireStarted() =>
        RequireStatus("meeting.not-started", "Dit kan alleen tijdens de bijeenkomst.", MeetingStatus.Started);

    private void RequireBeforeStart() =>
        RequireStatus("meeting.agenda-locked", "De agenda kan alleen voor het begin van de bijeenkomst worden gewijzigd.", MeetingStatus.Concept, MeetingStatus.Published);

    private void RequireStatus(string code, string message, params MeetingStatus[] allowed)
    {
        EnsureExists();
        Require.InState(State.Status, code, message, allowed);
    }

    private void RequireCaseOnAgenda(Guid caseId)
    {
        if (!State.Agenda.Any(i => i.CaseId == caseId))
        {
            throw new InvalidInputException("meeting.case-not-on-agenda", "caseId", "Deze casus staat niet op de agenda van deze bijeenkomst.");
        }
    }

    private AgendaItem ExistingItem(Guid itemId) =>
        State.Agenda.FirstOrDefault(i => i.Id == itemId)
        ?? throw new NotFoundException("meeting.item-not-found", "Dit agendapunt bestaat niet.");
}
