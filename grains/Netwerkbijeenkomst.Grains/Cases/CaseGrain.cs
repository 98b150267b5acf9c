using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;
using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Grains.Cases;

/// <summary>One anonymised case. It calls only its network, never a meeting, so no call cycle can form.</summary>
public sealed class CaseGrain(IPrivacyCheck privacy, TimeProvider time, IOptions<CaseRetentionOptions> retention)
    : EventSourcedGrain<CaseState, CaseEvent>, ICaseGrain, IRemindable
{
    public const string RetentionReminder = "bewaartermijn";

    /// <summary>The longest advice the case keeps; a meeting checks a round's chosen advice against it before handing it over.</summary>
    public const int AdviceMaxLength = 2000;

    private const string System = "systeem";

    /// <summary>How long a contact person's answer link works: long enough for a busy practice, short enough not to linger.</summary>
    public static readonly TimeSpan ContactLinkLifetime = TimeSpan.FromDays(30);

    private DateTimeOffset Now => time.GetUtcNow();

    private INetworkGrain Network => GrainFactory.GetGrain<INetworkGrain>(State.NetworkId);

    public async Task<string> CreateAsync(Actor actor, string networkId, CaseDetails details)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var valid = Validate(details);
        if (State.Exists)
        {
            // The same form sent again (a double click, a retry after a lost answer) is done already.
            return State.BringerId == actor.UserId && State.NetworkId == networkId && CaseDetailsComparer.Same(State.Details!, valid)
                ? State.Label
                : throw new InvalidStateException("case.exists", "Deze casus bestaat al.");
        }

        var network = GrainFactory.GetGrain<INetworkGrain>(networkId);
        await network.RequireMemberAsync(actor);
        var label = await network.AllocateCaseLabelAsync(actor, this.GetPrimaryKey());
        await CommitAsync(new CaseOpened(networkId, label, valid, actor.UserId, Now));
        return label;
    }

    public async Task EditAsync(Actor actor, CaseDetails details)
    {
        await RequireBringerOrCoordinatorAsync(actor);
        RequireOpen();
        await CommitAsync(new CaseEdited(Validate(details), actor.UserId, Now));
    }

    public async Task<CaseSubmission> SubmitAsync(Actor actor)
    {
        await RequireBringerOrCoordinatorAsync(actor);
        if (State.Status == CaseStatus.OnAgenda)
        {
            // Submitted and on an agenda already: a repeat.
            return new CaseSubmission(this.GetPrimaryKey(), State.Label, State.BringerId, State.MeetingId);
        }

        RequireStatus("case.not-concept", "Deze casus is al besproken; hij kan niet opnieuw worden ingediend.", CaseStatus.Concept, CaseStatus.Submitted);

        // The network picks the meeting; a published one takes the case at once, without calling back (so no cycle forms).
        var submission = await Network.RegisterCaseSubmissionAsync(actor, this.GetPrimaryKey(), State.BringerId);
        var placed = submission.MeetingId is { } meetingId && await GrainFactory.GetGrain<IMeetingGrain>(meetingId).TakeSubmittedCaseAsync(actor, this.GetPrimaryKey());
        if (State.Status == CaseStatus.Submitted && State.MeetingId == submission.MeetingId && !placed)
        {
            return submission;
        }

        var submitted = new CaseSubmitted(submission.MeetingId, actor.UserId, Now);
        await (placed
            ? CommitAsync(submitted, new CasePlacedOnAgenda(submission.MeetingId!.Value, actor.UserId, Now))
            : CommitAsync(submitted));
        return submission;
    }

    public async Task PlaceOnAgendaAsync(Actor actor, Guid meetingId)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Status == CaseStatus.OnAgenda && State.MeetingId == meetingId)
        {
            return;
        }

        // On another meeting's agenda and not discussed: that meeting was cancelled and handed the case on.
        RequireStatus("case.not-submitted", "Alleen een ingediende casus kan op de agenda.", CaseStatus.Submitted, CaseStatus.OnAgenda);
        await CommitAsync(new CasePlacedOnAgenda(meetingId, actor.UserId, Now));
    }

    public async Task<CaseAdvice> RecordAdviceAsync(Actor actor, Guid adviceId, Guid meetingId, string advice, string nextSteps)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Advice.FirstOrDefault(a => a.Id == adviceId) is { } recorded)
        {
            return recorded;
        }

        RequireStatus("case.not-on-agenda", "Advies kan alleen worden vastgelegd voor een casus op de agenda.", CaseStatus.OnAgenda, CaseStatus.Discussed);
        if (State.MeetingId != meetingId)
        {
            throw new InvalidStateException("case.other-meeting", "Deze casus staat op de agenda van een andere bijeenkomst.");
        }

        var adviceText = Require.Text(advice, "advice", "het advies", AdviceMaxLength);
        var steps = Require.OptionalText(nextSteps, "nextSteps", "de vervolgstappen", 2000) ?? "";
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("advice", adviceText), ("nextSteps", steps));
        await CommitAsync(new CaseAdviceRecorded(adviceId, meetingId, adviceText, steps, actor.UserId, Now));
        return State.Advice[^1];
    }

    public async Task AddFollowUpNoteAsync(Actor actor, string text)
    {
        await RequireBringerOrCoordinatorAsync(actor);
        RequireStatus("case.not-discussed", "Een vervolgnotitie kan pas als de casus besproken is.", CaseStatus.Discussed, CaseStatus.FollowedUp);
        var note = Require.Text(text, "text", "de notitie", 2000);
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("text", note));
        await CommitAsync(new FollowUpNoteAdded(note, actor.UserId, Now));
    }

    public async Task<Escalation> EscalateAsync(Actor actor, Guid escalationId, string institutionId, string contactPersonId, string reason, Urgency urgency)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Escalations.FirstOrDefault(e => e.Id == escalationId) is { } escalated)
        {
            return escalated;
        }

        RequireStatus("case.cannot-escalate", "Een casus kan worden opgeschaald zodra hij op de agenda staat, tot hij gesloten is.", CaseStatus.OnAgenda, CaseStatus.Discussed, CaseStatus.FollowedUp);
        var reasonText = Require.Text(reason, "reason", "de reden van de doorverwijzing", 1000);
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("reason", reasonText));
        Require.Defined(urgency, "urgency", "de urgentie");

        var map = await Network.GetSocialMapAsync();
        var institution = map.FirstOrDefault(i => i.Id == institutionId)
            ?? throw new InvalidInputException("case.unknown-institution", "institutionId", "Deze instelling staat niet op de sociale kaart van het netwerk.");
        var contact = institution.Contacts.FirstOrDefault(c => c.Id == contactPersonId)
            ?? throw new InvalidInputException("case.unknown-contact", "contactPersonId", "Deze contactpersoon hoort niet bij de gekozen instelling.");

        await Network.TrackEscalationAsync(actor, new TrackedEscalation(this.GetPrimaryKey(), escalationId, State.Label, institutionId, EscalationStatus.Reported));
        await HandOverReturnedAsync(actor);
        var opened = new CaseEscalated(escalationId, institutionId, contactPersonId, reasonText, urgency, actor.UserId, Now);

        // Without an e-mail address there is nobody to send a link to; the coordinator follows it up by phone.
        await (contact.Email is null
            ? CommitAsync(opened)
            : CommitAsync(opened, new ContactLinkIssued(escalationId, Guid.NewGuid(), contactPersonId, Now + ContactLinkLifetime, actor.UserId, Now)));
        return State.Escalations[^1];
    }

    public Task ChangeEscalationAsync(Actor actor, Guid escalationId, EscalationStatus status, string? note) =>
        MoveEscalationAsync(actor, escalationId, Guid.NewGuid(), status, note);

    public async Task<Escalation> MoveEscalationAsync(Actor actor, Guid escalationId, Guid changeId, EscalationStatus status, string? note)
    {
        await RequireBringerOrCoordinatorAsync(actor);
        var escalation = ExistingEscalation(escalationId);
        return State.EscalationChanges.Contains(changeId) ? escalation : await StepAsync(actor, escalation, changeId, status, note);
    }

    public async Task RevokeContactLinkAsync(Actor actor, Guid escalationId)
    {
        await RequireCoordinatorAsync(actor);
        var escalation = ExistingEscalation(escalationId);
        if (escalation.Link is { RevokedAt: null } link)
        {
            await CommitAsync(new ContactLinkRevoked(escalationId, link.Id, actor.UserId, Now));
        }
    }

    public async Task IssueContactLinkAsync(Actor actor, Guid escalationId, Guid linkId)
    {
        await RequireCoordinatorAsync(actor);
        var escalation = ExistingEscalation(escalationId);
        if (escalation.Link?.Id == linkId)
        {
            return;
        }

        RequireUnsettled(escalation);
        var contact = (await Network.GetSocialMapAsync()).SelectMany(i => i.Contacts).FirstOrDefault(c => c.Id == escalation.ContactPersonId);
        if (contact?.Email is null)
        {
            throw new InvalidStateException("case.contact-without-email", "Van deze contactpersoon is geen e-mailadres bekend; bel de contactpersoon.");
        }

        await CommitAsync(new ContactLinkIssued(escalationId, linkId, escalation.ContactPersonId, Now + ContactLinkLifetime, actor.UserId, Now));
    }

    public async Task<ContactBrief> GetContactBriefAsync(Guid escalationId, Guid linkId)
    {
        EnsureExists();
        var escalation = ExistingEscalation(escalationId);
        var link = RequireLink(escalation, linkId);
        var institution = (await Network.GetSocialMapAsync()).FirstOrDefault(i => i.Id == escalation.InstitutionId);
        var contact = institution?.Contacts.FirstOrDefault(c => c.Id == escalation.ContactPersonId);
        return new ContactBrief(
            this.GetPrimaryKey(), escalationId, State.NetworkId, State.Label, State.Details!.AgeBand, State.Details.Themes, State.Details.OtherTheme,
            State.Details.Question, institution?.Name ?? "", contact?.Name ?? "", contact?.Email, escalation.Status, link, escalation.CallRequestedAt);
    }

    public async Task<Escalation> AnswerAsContactPersonAsync(Guid escalationId, Guid linkId, Guid changeId, EscalationStatus status, string? note)
    {
        EnsureExists();
        var escalation = ExistingEscalation(escalationId);
        if (State.EscalationChanges.Contains(changeId))
        {
            return escalation;
        }

        RequireLink(escalation, linkId);
        if (!EscalationLifecycle.ContactPersonSteps.Contains(status))
        {
            throw new InvalidInputException("case.contact-step", "status", "Kies: opgepakt, in zorg of niet mogelijk.");
        }

        return await StepAsync(Actor.ContactPerson(escalation.ContactPersonId), escalation, changeId, status, note);
    }

    public async Task RequestCallAsContactPersonAsync(Guid escalationId, Guid linkId, Guid changeId)
    {
        EnsureExists();
        var escalation = ExistingEscalation(escalationId);
        if (State.EscalationChanges.Contains(changeId))
        {
            return;
        }

        RequireLink(escalation, linkId);
        RequireUnsettled(escalation);
        var actor = Actor.ContactPerson(escalation.ContactPersonId);
        await Network.TrackEscalationAsync(actor, Tracked(escalation, escalation.Status) with { CallRequested = true });
        await CommitAsync(new EscalationCallRequested(escalationId, changeId, actor.UserId, Now));
    }

    private async Task<Escalation> StepAsync(Actor actor, Escalation escalation, Guid changeId, EscalationStatus status, string? note)
    {
        RequireUnsettled(escalation);
        Require.Defined(status, "status", "de nieuwe stand");
        if (!EscalationLifecycle.CanMove(escalation.Status, status))
        {
            throw new InvalidStateException("case.escalation-backwards", "Een doorverwijzing gaat alleen vooruit: van gemeld naar opgepakt, en dan naar in zorg, afgewezen, terug naar het netwerk of teruggetrokken.");
        }

        var text = EscalationLifecycle.NeedsNote(status)
            ? Require.Text(note, "note", status == EscalationStatus.Declined ? "waarom de doorverwijzing is afgewezen" : "waarom de instelling niet kan helpen", 1000)
            : Require.OptionalText(note, "note", "de toelichting", 1000);
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("note", text));
        await Network.TrackEscalationAsync(actor, Tracked(escalation, status));
        await CommitAsync(new EscalationStatusChanged(escalation.Id, status, text, actor.UserId, Now, changeId));
        return ExistingEscalation(escalation.Id);
    }

    /// <summary>An escalation that came back to the network stays on its agendas until the case is escalated anew or closed.</summary>
    private async Task HandOverReturnedAsync(Actor actor)
    {
        foreach (var returned in State.Escalations.Where(e => e.Status == EscalationStatus.ReturnedToNetwork))
        {
            await Network.TrackEscalationAsync(actor, Tracked(returned, returned.Status) with { Handled = true });
        }
    }

    private TrackedEscalation Tracked(Escalation escalation, EscalationStatus status) =>
        new(this.GetPrimaryKey(), escalation.Id, State.Label, escalation.InstitutionId, status);

    private Escalation ExistingEscalation(Guid escalationId) =>
        State.Escalations.FirstOrDefault(e => e.Id == escalationId)
            ?? throw new NotFoundException("case.escalation-not-found", "Deze doorverwijzing bestaat niet.");

    private static void RequireUnsettled(Escalation escalation)
    {
        if (escalation.IsSettled)
        {
            throw new InvalidStateException("case.escalation-settled", "Deze doorverwijzing is al afgerond.");
        }
    }

    /// <summary>The web found the link by its secret; the grain still checks that it is this escalation's current, unrevoked, unexpired link.</summary>
    private ContactLink RequireLink(Escalation escalation, Guid linkId)
    {
        if (escalation.Link is not { } link || link.Id != linkId)
        {
            throw new NotAllowedException("case.link-unknown", "Deze link hoort niet (meer) bij deze doorverwijzing.");
        }

        if (link.RevokedAt is not null)
        {
            throw new NotAllowedException("case.link-revoked", "Deze link is ingetrokken.");
        }

        return link.IsValidAt(Now) ? link : throw new NotAllowedException("case.link-expired", "Deze link is verlopen.");
    }

    public async Task CloseAsync(Actor actor, CaseOutcome outcome, string? note)
    {
        await RequireBringerOrCoordinatorAsync(actor);
        if (outcome == CaseOutcome.NoLongerNeeded || !Enum.IsDefined(outcome))
        {
            throw new InvalidInputException("input.invalid-choice", "outcome", "Kies een van de uitkomsten.");
        }

        var text = Require.OptionalText(note, "note", "de toelichting", 1000);
        if (State.Status == CaseStatus.Closed && State.Outcome == outcome && State.OutcomeNote == text)
        {
            // The same closing sent again (a double click, a retry after a lost answer) is done already.
            return;
        }

        RequireOpen();
        RequireStatus("case.cannot-close", "Een casus kan pas worden gesloten als hij besproken is.", CaseStatus.Discussed, CaseStatus.FollowedUp);
        if (State.Escalations.Any(e => !e.IsSettled))
        {
            throw new InvalidStateException("case.escalation-unsettled", "Deze casus heeft nog een lopende doorverwijzing; rond die eerst af.");
        }

        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("note", text));

        await HandOverReturnedAsync(actor);

        // Registered first and retried (daily by default) until it has run: no closed case may lack it, and a missed or failed run
        // must not keep the texts longer than promised. Should the close itself fail, the first tick unregisters it.
        await this.RegisterOrUpdateReminder(RetentionReminder, retention.Value.After, retention.Value.RetryEvery);
        await CommitAsync(new CaseClosed(outcome, text, actor.UserId, Now));
    }

    /// <summary>Up to a working day per entry: more is a typing error rather than time spent on one case in one day.</summary>
    public const int MaxQuarterHoursPerEntry = 32;

    public async Task LogHoursAsync(Actor actor, Guid entryId, int quarterHours, DateOnly day)
    {
        await RequireBringerOrCoordinatorAsync(actor);
        if (State.HourEntries.Contains(entryId))
        {
            return;
        }

        if (quarterHours is < 1 or > MaxQuarterHoursPerEntry)
        {
            throw new InvalidInputException("case.hours-out-of-range", "quarterHours", "Kies een tijd van een kwartier tot 8 uur.");
        }

        if (day > AmsterdamTime.Today(time))
        {
            throw new InvalidInputException("case.hours-in-future", "day", "De datum ligt in de toekomst; kies vandaag of een eerdere dag.");
        }

        if (day < State.OpenedOn)
        {
            throw new InvalidInputException("case.hours-before-opened", "day", $"De datum ligt vóór de dag waarop de casus is aangemaakt ({DutchDates.Day(State.OpenedOn)}).");
        }

        await CommitAsync(new CaseHoursLogged(entryId, quarterHours, day, actor.UserId, Now));
    }

    /// <summary>
    /// The retention period has passed: erase this case's texts from the meetings that discussed it, from the
    /// network's action points, and from its own history. This is the one call from a case to a meeting; it only
    /// happens for a closed case, which no meeting calls any more, so it cannot form a call cycle.
    /// </summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != RetentionReminder)
        {
            return;
        }

        if (State.Status == CaseStatus.Closed && !State.TextsErased && State.ClosedAt + retention.Value.After <= Now)
        {
            var caseId = this.GetPrimaryKey();
            foreach (var meetingId in State.Meetings.Concat(State.Advice.Select(a => a.MeetingId)).Append(State.MeetingId ?? Guid.Empty).Where(id => id != Guid.Empty).Distinct())
            {
                await GrainFactory.GetGrain<IMeetingGrain>(meetingId).EraseCaseTextsAsync(caseId);
            }

            await Network.EraseCaseTextsAsync(caseId);
            await RedactHistoryAsync(CaseRedaction.Redact);
            await CommitAsync(new CaseTextsErased(State.NetworkId, System, Now));
        }

        if ((State.TextsErased || State.Status != CaseStatus.Closed) && await this.GetReminder(RetentionReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    public Task<CaseFacts> GetFactsAsync()
    {
        EnsureExists();
        return Task.FromResult(new CaseFacts(
            State.NetworkId,
            State.Label,
            State.Details!.AgeBand,
            State.Details.Themes,
            State.Status,
            State.Outcome,
            [.. State.Escalations.Select(e => new EscalationFact(e.InstitutionId, e.Status))],
            State.ClosedAt,
            State.TextsErased));
    }

    public async Task<CaseView> GetAsync(Actor actor)
    {
        EnsureExists();
        await Network.RequireMemberAsync(actor);
        return new CaseView(
            this.GetPrimaryKey(), State.NetworkId, State.Label, State.BringerId, State.Details!, State.Status, State.MeetingId,
            [.. State.Advice], [.. State.Notes], [.. State.Escalations], State.Outcome, State.OutcomeNote, State.QuarterHoursSpent);
    }

    private CaseDetails Validate(CaseDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var themes = details.Themes.IsDefault ? [] : details.Themes.Distinct().ToList();
        if (themes.Count == 0)
        {
            throw new InvalidInputException("case.themes-required", "themes", "Kies ten minste één thema.");
        }

        foreach (var theme in themes)
        {
            Require.Defined(theme, "themes", "het thema");
        }

        var other = themes.Contains(CaseTheme.Other) ? Require.Text(details.OtherTheme, "otherTheme", "het andere thema", 80) : null;
        var valid = new CaseDetails(
            Require.Defined(details.AgeBand, "ageBand", "de leeftijdsgroep"),
            Require.Text(details.Community, "community", "de gemeenschap of taal", 80),
            [.. themes],
            other,
            Require.Text(details.Situation, "situation", "de situatie", 4000),
            Require.Text(details.Question, "question", "de vraag aan het netwerk", 1000));
        privacy.Ensure(("community", valid.Community), ("otherTheme", valid.OtherTheme), ("situation", valid.Situation), ("question", valid.Question));
        return valid;
    }

    private Task<KnownPeople> KnownPeopleAsync() => Network.GetKnownPeopleAsync();

    private void EnsureExists()
    {
        if (!State.Exists)
        {
            throw new NotFoundException("case.not-found", "Deze casus bestaat niet.");
        }
    }

    private void RequireOpen()
    {
        if (State.Status == CaseStatus.Closed)
        {
            throw new InvalidStateException("case.closed", "Deze casus is gesloten.");
        }
    }

    private void RequireStatus(string code, string message, params CaseStatus[] allowed) => Require.InState(State.Status, code, message, allowed);

    private Task RequireCoordinatorAsync(Actor actor)
    {
        EnsureExists();
        return Network.RequireCoordinatorAsync(actor);
    }

    private async Task RequireBringerOrCoordinatorAsync(Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        var role = await Network.GetRoleAsync(actor.UserId);
        if (role == NetworkRole.Coordinator || (role == NetworkRole.Member && actor.UserId == State.BringerId))
        {
            return;
        }

        throw role == NetworkRole.None ? Refuse.MembersOnly() : new NotAllowedException("case.bringer-or-coordinator-only", "Alleen wie de casus inbracht of een coördinator mag dit doen.");
    }
}
