using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Cases;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>
/// Peer consultation (intervisie) on a case: the presenter's question, clarifying questions in turn, advice in turn, the
/// presenter's reaction, and the chair closing with the advice chosen, which the case keeps like advice the chair records.
/// </summary>
public sealed partial class MeetingGrain
{
    public const int RoundEntryMaxLength = 2000;

    public const int RoundPhaseMaxMinutes = 60;

    public async Task StartRoundAsync(Actor actor, Guid roundId, ImmutableArray<string> order, int? minutes)
    {
        await RequireCoordinatorAsync(actor);
        if (State.Rounds.Any(r => r.Id == roundId))
        {
            return;
        }

        RequireStarted();
        var item = State.Current ?? throw new InvalidStateException("meeting.no-current-item", "Er is geen agendapunt aan de orde.");
        if (item is not { Kind: AgendaItemKind.Case, CaseId: { } caseId, PresenterId: { } presenterId })
        {
            throw new InvalidStateException("meeting.round-not-a-case", "Een intervisieronde kan alleen bij een casus die een lid inbrengt.");
        }

        if (!IsPresent(presenterId))
        {
            throw new InvalidStateException("meeting.round-presenter-absent", "Wie de casus inbrengt moet aanwezig zijn om de ronde te beginnen.");
        }

        if (State.OpenRound is not null)
        {
            throw new InvalidStateException("meeting.round-open", "Er loopt al een intervisieronde. Sluit die eerst af voordat u een nieuwe begint.");
        }

        RequirePhaseMinutes(minutes);
        var turns = order.IsDefaultOrEmpty ? await DefaultRoundOrderAsync(presenterId) : CheckedRoundOrder(order, presenterId);
        await CommitAsync(new RoundStarted(roundId, item.Id, caseId, presenterId, turns, minutes, actor.UserId, Now));
    }

    public async Task AdvanceRoundAsync(Actor actor, Guid roundId, RoundPhase phase, int? minutes)
    {
        await RequireCoordinatorAsync(actor);
        var round = ExistingRound(roundId);
        Require.Defined(phase, "phase", "de fase");
        if (round.Phase == phase)
        {
            return;
        }

        RequireStarted();
        RequireOpen(round);
        if (phase != round.Phase + 1)
        {
            throw new InvalidInputException("meeting.round-next-phase-only", "phase", "Een intervisieronde gaat fase na fase: alleen naar de volgende fase.");
        }

        RequirePhaseMinutes(minutes);
        await CommitAsync(new RoundPhaseStarted(roundId, phase, minutes, actor.UserId, Now));
    }

    public async Task PostRoundEntryAsync(Actor actor, Guid roundId, Guid entryId, string text)
    {
        ArgumentNullException.ThrowIfNull(actor);
        EnsureExists();
        if (State.Rounds.SelectMany(r => r.Entries).FirstOrDefault(e => e.Id == entryId) is { } posted)
        {
            // A retry of an entry that was stored: done, even if the round moved on; another author's id is not theirs to repeat.
            if (posted.AuthorId != actor.UserId)
            {
                throw new NotAllowedException("meeting.round-entry-id-taken", "Deze inbreng is van iemand anders.");
            }

            return;
        }

        await RequireAttendeeAsync(actor);
        var round = ExistingRound(roundId);
        RequireOpen(round);
        RequireSpeaker(round, actor.UserId);
        var body = Require.Text(text, "text", "uw inbreng", RoundEntryMaxLength);
        if (round.Phase == RoundPhase.Clarifying && !body.EndsWith('?'))
        {
            throw new InvalidInputException(
                "meeting.round-questions-only", "text", "In de ronde met verhelderende vragen zijn alleen vragen welkom: eindig met een vraagteken.");
        }

        // Said about the case in the room, like a contribution: the network's own people may be named.
        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("text", body));
        await CommitAsync(new RoundEntryPosted(roundId, new RoundEntry(entryId, round.Phase, actor.UserId, body, Now), actor.UserId, Now));
    }

    public async Task PassRoundTurnAsync(Actor actor, Guid roundId, RoundPhase phase, string userId)
    {
        var role = await RequireParticipantAsync(actor);
        var round = ExistingRound(roundId);
        if (HadTurn(round, phase, userId))
        {
            return;
        }

        RequireStarted();
        RequireOpen(round);
        if (phase != round.Phase)
        {
            throw new InvalidStateException("meeting.round-other-phase", "De ronde is niet in deze fase; ververs de pagina.");
        }

        if (phase is not (RoundPhase.Clarifying or RoundPhase.Advice))
        {
            throw new InvalidStateException("meeting.round-no-turns", "In deze fase is niemand om de beurt aan het woord.");
        }

        if (round.Turn != userId)
        {
            throw new NotAllowedException("meeting.round-not-their-turn", "Alleen wie aan de beurt is kan de beurt voorbij laten gaan.");
        }

        if (actor.UserId == userId)
        {
            await RequireAttendeeAsync(actor);
        }
        else if (role != NetworkRole.Coordinator)
        {
            throw new NotAllowedException("meeting.round-own-turn-only", "U kunt alleen uw eigen beurt voorbij laten gaan.");
        }

        await CommitAsync(new RoundTurnPassed(roundId, phase, userId, actor.UserId, Now));
    }

    public async Task CloseRoundAsync(Actor actor, Guid roundId, Guid adviceId, ImmutableArray<Guid> chosenEntryIds, string nextSteps)
    {
        await RequireCoordinatorAsync(actor);
        var round = ExistingRound(roundId);
        if (round.Closed)
        {
            return;
        }

        RequireStarted();
        if (round.Phase != RoundPhase.Reaction)
        {
            throw new InvalidStateException("meeting.round-before-reaction", "Sluit de ronde af na de reactie van wie de casus inbrengt.");
        }

        if (State.Advice.Any(a => a.Id == adviceId))
        {
            throw new InvalidInputException("meeting.advice-id-taken", "adviceId", "Dit advies is al vastgelegd; ververs de pagina.");
        }

        var chosen = ChosenAdvice(round, chosenEntryIds);
        if (chosen.IsEmpty)
        {
            // Everyone passed in the advice round: there is nothing to record, and the round must not block the next one.
            await CommitAsync(new RoundClosed(roundId, [], adviceId, actor.UserId, Now));
            return;
        }

        var advice = string.Join("\n\n", chosen.Select(e => e.Text));
        if (advice.Length > CaseGrain.AdviceMaxLength)
        {
            throw new InvalidInputException(
                "meeting.round-advice-too-long", "chosenEntryIds", $"De gekozen adviezen zijn samen langer dan {CaseGrain.AdviceMaxLength} tekens. Kies er minder.");
        }

        // The case owns the advice and checks it, exactly as when the chair records advice; a retry finds it stored there.
        var stored = await GrainFactory.GetGrain<ICaseGrain>(round.CaseId).RecordAdviceAsync(actor, adviceId, Id, advice, nextSteps);
        await CommitAsync(
            new RoundClosed(roundId, [.. chosen.Select(e => e.Id)], adviceId, actor.UserId, Now),
            new AdviceRecorded(adviceId, round.CaseId, stored.Advice, stored.NextSteps, actor.UserId, Now));
    }

    private static ImmutableArray<RoundEntry> ChosenAdvice(PeerRound round, ImmutableArray<Guid> chosenEntryIds)
    {
        var given = round.Entries.Where(e => e.Phase == RoundPhase.Advice).ToImmutableArray();
        HashSet<Guid> ids = chosenEntryIds.IsDefault ? [] : [.. chosenEntryIds];
        if (ids.Count == 0)
        {
            return given.IsEmpty
                ? []
                : throw new InvalidInputException("meeting.round-choose-advice", "chosenEntryIds", "Kies ten minste één advies uit de ronde.");
        }

        var chosen = given.Where(e => ids.Contains(e.Id)).ToImmutableArray();
        return chosen.Length == ids.Count
            ? chosen
            : throw new InvalidInputException("meeting.round-advice-unknown", "chosenEntryIds", "Kies alleen adviezen die in deze ronde zijn gegeven.");
    }

    /// <summary>The members present but the presenter, in the order they first came in; the coordinators chair, so they are left out.</summary>
    private async Task<ImmutableArray<string>> DefaultRoundOrderAsync(string presenterId)
    {
        var members = (await Network.GetParticipantsAsync()).Where(p => p.Role == NetworkRole.Member).Select(p => p.UserId).ToHashSet();
        var present = PresentNow;
        var turns = State.Attended.Where(u => u != presenterId && present.Contains(u) && members.Contains(u)).ToImmutableArray();
        return turns.IsEmpty
            ? throw new InvalidStateException("meeting.round-nobody", "Behalve wie de casus inbrengt is er geen lid aanwezig om vragen te stellen en advies te geven.")
            : turns;
    }

    private ImmutableArray<string> CheckedRoundOrder(ImmutableArray<string> order, string presenterId)
    {
        if (order.Contains(presenterId))
        {
            throw new InvalidInputException("meeting.round-order-presenter", "order", "Wie de casus inbrengt staat niet in de volgorde: die luistert en reageert.");
        }

        if (order.Any(u => !IsPresent(u)))
        {
            throw new InvalidInputException("meeting.round-order-absent", "order", "Iedereen in de volgorde moet aanwezig zijn.");
        }

        if (order.Distinct(StringComparer.Ordinal).Count() != order.Length)
        {
            throw new InvalidInputException("meeting.round-order-twice", "order", "Iedereen komt één keer aan de beurt: haal wie dubbel staat uit de volgorde.");
        }

        return order;
    }

    private static void RequirePhaseMinutes(int? minutes)
    {
        if (minutes is < 1 or > RoundPhaseMaxMinutes)
        {
            throw new InvalidInputException("meeting.round-minutes", "minutes", $"Kies een tijd van 1 tot {RoundPhaseMaxMinutes} minuten, of geen tijd.");
        }
    }

    /// <summary>The presenter speaks in the question and reaction phases, once each; in a turn phase only the member whose turn it is.</summary>
    private static void RequireSpeaker(PeerRound round, string userId)
    {
        if (round.Phase is RoundPhase.Question or RoundPhase.Reaction)
        {
            if (userId != round.PresenterId)
            {
                throw new NotAllowedException("meeting.round-presenter-only", "In deze fase is het woord aan wie de casus inbrengt.");
            }

            if (round.Entries.Any(e => e.Phase == round.Phase))
            {
                throw new InvalidStateException("meeting.round-entry-given", round.Phase == RoundPhase.Question
                    ? "U heeft uw hulpvraag in deze ronde al gesteld."
                    : "U heeft in deze ronde al gereageerd.");
            }

            return;
        }

        if (round.Turn != userId)
        {
            throw HadTurn(round, round.Phase, userId)
                ? new InvalidStateException("meeting.round-turn-taken", "U bent in deze fase al aan de beurt geweest.")
                : new NotAllowedException("meeting.round-not-your-turn", "U bent nu niet aan de beurt.");
        }
    }

    private static bool HadTurn(PeerRound round, RoundPhase phase, string userId) =>
        round.Entries.Any(e => e.Phase == phase && e.AuthorId == userId) || round.Passes.Contains(new RoundPass(phase, userId));

    private static void RequireOpen(PeerRound round)
    {
        if (round.Closed)
        {
            throw new InvalidStateException("meeting.round-closed", "Deze intervisieronde is afgesloten.");
        }
    }

    private PeerRound ExistingRound(Guid roundId) =>
        State.Rounds.FirstOrDefault(r => r.Id == roundId)
        ?? throw new NotFoundException("meeting.round-not-found", "Deze intervisieronde bestaat niet.");
}
