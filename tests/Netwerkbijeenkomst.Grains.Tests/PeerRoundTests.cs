using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>Peer consultation (intervisie) on a case: question, clarifying questions in turn, advice in turn, reaction, chosen advice.</summary>
[Collection(SharedGrains.Name)]
public sealed class PeerRoundTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task AFullRoundWithThreeMembers_RunsThroughEveryPhase_AndEndsInTheMinutesAndOnTheCase()
    {
        var room = await RoomAsync();
        var (meeting, network) = (room.Meeting, room.Network);
        var round = Guid.NewGuid();
        var (question, clarifying1, clarifying2, advice1, reaction) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var adviceId = Guid.NewGuid();

        await meeting.StartRoundAsync(network.Coordinator, round, [], 5);
        await meeting.PostRoundEntryAsync(room.Presenter, round, question, "Hoe krijgen we hem weer naar buiten?");
        silo.Clock.Advance(TimeSpan.FromMinutes(4));
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, 10);
        await meeting.PostRoundEntryAsync(room.Second, round, clarifying1, "Heeft hij kinderen in de buurt?");
        await meeting.PostRoundEntryAsync(room.Third, round, clarifying2, "Gaat hij nog naar de markt?");
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null);
        await meeting.PostRoundEntryAsync(room.Second, round, advice1, "Vraag de imam om een bezoek.");
        await meeting.PassRoundTurnAsync(room.Third, round, RoundPhase.Advice, room.Third.UserId);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Reaction, 3);
        await meeting.PostRoundEntryAsync(room.Presenter, round, reaction, "Dat ga ik deze week proberen.");
        await meeting.CloseRoundAsync(network.Coordinator, round, adviceId, [advice1], "Lid 1 belt de moskee.");

        var onTheCase = Assert.Single((await network.Case(room.CaseId).GetAsync(network.Coordinator)).Advice);
        Assert.Equal((adviceId, room.MeetingId, "Vraag de imam om een bezoek.", "Lid 1 belt de moskee."), (onTheCase.Id, onTheCase.MeetingId, onTheCase.Advice, onTheCase.NextSteps));
        Assert.Equal(adviceId, Assert.Single((await meeting.GetAsync(network.Member)).Advice).Id);

        await meeting.CloseAsync(network.Coordinator);
        var item = (await meeting.GetMinutesAsync(network.Coordinator)).Items.Single(i => i.CaseId == room.CaseId);
        var minutes = Assert.Single(item.Rounds);
        Assert.Equal((round, room.Presenter.UserId, true), (minutes.RoundId, minutes.PresenterId, minutes.Closed));
        Assert.Equal(("Hoe krijgen we hem weer naar buiten?", "Dat ga ik deze week proberen."), (minutes.Question, minutes.Reaction));
        Assert.Equal(
            [(room.Second.UserId, "Heeft hij kinderen in de buurt?"), (room.Third.UserId, "Gaat hij nog naar de markt?")],
            minutes.ClarifyingQuestions.Select(e => (e.AuthorId, e.Text)).ToArray());
        Assert.Equal([(advice1, room.Second.UserId, "Vraag de imam om een bezoek.")], minutes.Advice.Select(e => (e.Id, e.AuthorId, e.Text)).ToArray());
        Assert.Equal([new RoundPass(RoundPhase.Advice, room.Third.UserId)], minutes.Passes.ToArray());
        Assert.Equal([advice1], minutes.ChosenEntryIds.ToArray());
        Assert.Equal(adviceId, Assert.Single(item.Advice).Id);

        Assert.Equal(
            [(nameof(RoundStarted), 1), (nameof(RoundPhaseStarted), 3), (nameof(RoundEntryPosted), 5), (nameof(RoundTurnPassed), 1), (nameof(RoundClosed), 1), (nameof(AdviceRecorded), 1)],
            RoundEvents(room));
    }

    [Fact]
    public async Task StartRound_WithoutAnOrder_TakesTheMembersPresentButThePresenter_InTheOrderTheyCameIn()
    {
        var room = await RoomAsync();
        var round = await StartedRoundAsync(room);

        // The coordinator came in first but chairs; the second member came in before the third.
        await silo.Database.AssertRefusedAsync<NotAllowedException>(room.Stream, "meeting.round-not-your-turn",
            () => room.Meeting.PostRoundEntryAsync(room.Third, round, Guid.NewGuid(), "Woont hij alleen?"));
        await room.Meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Woont hij alleen?");
        await room.Meeting.PostRoundEntryAsync(room.Third, round, Guid.NewGuid(), "Spreekt hij Nederlands?");
        await silo.Database.AssertRefusedAsync<NotAllowedException>(room.Stream, "meeting.round-not-their-turn",
            () => room.Meeting.PassRoundTurnAsync(room.Network.Coordinator, round, RoundPhase.Clarifying, room.Network.Coordinator.UserId));
    }

    [Fact]
    public async Task StartRound_WithAnOrder_FollowsIt_AndMayNameTheChair()
    {
        var room = await RoomAsync();
        var round = Guid.NewGuid();
        await room.Meeting.StartRoundAsync(room.Network.Coordinator, round, [room.Third.UserId, room.Network.Coordinator.UserId], null);
        await room.Meeting.AdvanceRoundAsync(room.Network.Coordinator, round, RoundPhase.Clarifying, null);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(room.Stream, "meeting.round-not-your-turn",
            () => room.Meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Woont hij alleen?"));
        await room.Meeting.PostRoundEntryAsync(room.Third, round, Guid.NewGuid(), "Woont hij alleen?");
        await room.Meeting.PostRoundEntryAsync(room.Network.Coordinator, round, Guid.NewGuid(), "Kent de huisarts hem?");
    }

    [Fact]
    public async Task StartRound_IsRefused_OutsideACaseItem_WithoutThePresenter_OrWithABadOrderOrTimer()
    {
        var room = await RoomAsync();
        var (meeting, network, stream) = (room.Meeting, room.Network, room.Stream);
        Task Start(Actor actor, ImmutableArray<string> order, int? minutes = null) => meeting.StartRoundAsync(actor, Guid.NewGuid(), order, minutes);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => Start(network.Member, []));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-order-absent", () => Start(network.Coordinator, [room.Second.UserId, network.Invited.UserId]));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-order-presenter", () => Start(network.Coordinator, [room.Second.UserId, room.Presenter.UserId]));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-order-twice", () => Start(network.Coordinator, [room.Second.UserId, room.Third.UserId, room.Second.UserId]));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-minutes", () => Start(network.Coordinator, [], 0));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-minutes", () => Start(network.Coordinator, [], 61));

        await meeting.LeaveAsync(room.Presenter);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.round-presenter-absent", () => Start(network.Coordinator, []));
        await meeting.JoinAsync(room.Presenter);

        await meeting.GoToItemAsync(network.Coordinator, 0);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.round-not-a-case", () => Start(network.Coordinator, []));

        await meeting.CloseAsync(network.Coordinator);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-started", () => Start(network.Coordinator, []));
    }

    [Fact]
    public async Task StartRound_WithNobodyButThePresenterAndTheChair_IsRefused()
    {
        var room = await RoomAsync(othersJoin: false);

        var refused = await silo.Database.AssertRefusedAsync<InvalidStateException>(room.Stream, "meeting.round-nobody",
            () => room.Meeting.StartRoundAsync(room.Network.Coordinator, Guid.NewGuid(), [], null));
        Assert.StartsWith("Behalve wie de casus inbrengt", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneRoundRunsAtATime_AlsoWhenTheChairWentToAnotherItem_WhereItGoesOn()
    {
        var room = await RoomAsync();
        var round = await StartedRoundAsync(room);
        await room.Meeting.GoToItemAsync(room.Network.Coordinator, 0);

        await room.Meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Woont hij alleen?");
        await room.Meeting.GoToItemAsync(room.Network.Coordinator, room.CaseItem);
        var refused = await silo.Database.AssertRefusedAsync<InvalidStateException>(room.Stream, "meeting.round-open",
            () => room.Meeting.StartRoundAsync(room.Network.Coordinator, Guid.NewGuid(), [], null));
        Assert.Equal("Er loopt al een intervisieronde. Sluit die eerst af voordat u een nieuwe begint.", refused.Message);
    }

    [Fact]
    public async Task AdvanceRound_GoesOnlyToTheNextPhase_AndThePhaseItIsInStoresNothing()
    {
        var room = await RoomAsync();
        var (meeting, network, stream) = (room.Meeting, room.Network, room.Stream);
        var round = Guid.NewGuid();
        await meeting.StartRoundAsync(network.Coordinator, round, [], null);

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-next-phase-only",
            () => meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => meeting.AdvanceRoundAsync(room.Presenter, round, RoundPhase.Clarifying, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-minutes",
            () => meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, 61));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "meeting.round-not-found",
            () => meeting.AdvanceRoundAsync(network.Coordinator, Guid.NewGuid(), RoundPhase.Clarifying, null));

        // The chair may move on before everyone had a turn: the time is theirs to keep.
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, 10);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, 10);
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, 20));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-next-phase-only",
            () => meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null));
        Assert.Equal(2, silo.Database.EventCount(stream, nameof(RoundPhaseStarted)));
    }

    [Fact]
    public async Task PostRoundEntry_OutOfTurn_IsRefused_AndTheChairCannotSpeakForTheMemberWhoseTurnItIs()
    {
        var room = await RoomAsync();
        var (meeting, network, stream) = (room.Meeting, room.Network, room.Stream);
        var round = Guid.NewGuid();
        await meeting.StartRoundAsync(network.Coordinator, round, [], null);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "meeting.round-presenter-only",
            () => meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Wat is je vraag?"));
        await meeting.PostRoundEntryAsync(room.Presenter, round, Guid.NewGuid(), "Hoe bereiken we hem?");
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.round-entry-given",
            () => meeting.PostRoundEntryAsync(room.Presenter, round, Guid.NewGuid(), "En nog een vraag?"));

        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null);
        foreach (var outOfTurn in new[] { room.Third, room.Presenter, network.Coordinator })
        {
            await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "meeting.round-not-your-turn",
                () => meeting.PostRoundEntryAsync(outOfTurn, round, Guid.NewGuid(), "Woont hij alleen?"));
        }

        await meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Woont hij alleen?");
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.round-turn-taken",
            () => meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "En zijn vrouw?"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only",
            () => meeting.PostRoundEntryAsync(network.Outsider, round, Guid.NewGuid(), "Wie ben ik?"));
    }

    [Fact]
    public async Task PostRoundEntry_InTheClarifyingRound_TakesOnlyQuestions()
    {
        var room = await RoomAsync();
        var round = await StartedRoundAsync(room);

        var refused = await silo.Database.AssertRefusedAsync<InvalidInputException>(room.Stream, "meeting.round-questions-only",
            () => room.Meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Ik denk dat hij eenzaam is."));
        Assert.Equal(("text", "In de ronde met verhelderende vragen zijn alleen vragen welkom: eindig met een vraagteken."), (refused.Field, refused.Message));

        await room.Meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "  Is hij eenzaam?  ");
        await room.Meeting.AdvanceRoundAsync(room.Network.Coordinator, round, RoundPhase.Advice, null);
        await room.Meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Zoek samen de buurvrouw op.");
    }

    [Fact]
    public async Task PostRoundEntry_NeedsAText_OfAtMost2000Characters_WithoutPersonalData()
    {
        var room = await RoomAsync();
        var round = Guid.NewGuid();
        await room.Meeting.StartRoundAsync(room.Network.Coordinator, round, [], null);
        Task Post(string text) => room.Meeting.PostRoundEntryAsync(room.Presenter, round, Guid.NewGuid(), text);

        await silo.Database.AssertRefusedAsync<InvalidInputException>(room.Stream, "input.required", () => Post("  "));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(room.Stream, "input.too-long", () => Post(new string('a', 2001)));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(room.Stream, PersonalDataRefusedException.ErrorCode,
            () => Post("Mag ik zijn dochter mailen op fatma.yilmaz@example.nl?"));
        Assert.Equal(PersonalDataKind.Email, Assert.Single(Assert.Single(refused.Fields).Findings).Kind);
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%fatma.yilmaz%'"));

        await Post(new string('a', 1999) + "?");
    }

    [Fact]
    public async Task PassRoundTurn_ByTheMemberOrByTheChairForThem_MovesTheTurnOn_AndOnceTheyHadTheirTurnStoresNothing()
    {
        var room = await RoomAsync();
        var (meeting, network, stream) = (room.Meeting, room.Network, room.Stream);
        var round = Guid.NewGuid();
        await meeting.StartRoundAsync(network.Coordinator, round, [], null);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.round-no-turns",
            () => meeting.PassRoundTurnAsync(network.Coordinator, round, RoundPhase.Question, room.Second.UserId));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.round-other-phase",
            () => meeting.PassRoundTurnAsync(network.Coordinator, round, RoundPhase.Clarifying, room.Second.UserId));
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "meeting.round-not-their-turn",
            () => meeting.PassRoundTurnAsync(room.Third, round, RoundPhase.Clarifying, room.Third.UserId));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "meeting.round-own-turn-only",
            () => meeting.PassRoundTurnAsync(room.Third, round, RoundPhase.Clarifying, room.Second.UserId));

        await meeting.PassRoundTurnAsync(room.Second, round, RoundPhase.Clarifying, room.Second.UserId);
        await meeting.PassRoundTurnAsync(network.Coordinator, round, RoundPhase.Clarifying, room.Third.UserId);

        await silo.Database.AssertIgnoredAsync([stream], () => meeting.PassRoundTurnAsync(room.Second, round, RoundPhase.Clarifying, room.Second.UserId));
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.PassRoundTurnAsync(network.Coordinator, round, RoundPhase.Clarifying, room.Third.UserId));
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null);
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.PassRoundTurnAsync(room.Second, round, RoundPhase.Clarifying, room.Second.UserId));
        await meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Zoek samen de buurvrouw op.");
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.PassRoundTurnAsync(room.Second, round, RoundPhase.Advice, room.Second.UserId));
        Assert.Equal(2, silo.Database.EventCount(stream, nameof(RoundTurnPassed)));
    }

    [Fact]
    public async Task EveryRoundCommand_Repeated_StoresNothing()
    {
        var room = await RoomAsync();
        var (meeting, network, stream) = (room.Meeting, room.Network, room.Stream);
        var streams = new[] { stream, room.CaseId.Stream("case") };
        var (round, question, advice, adviceId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await meeting.StartRoundAsync(network.Coordinator, round, [], 5);
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.StartRoundAsync(network.Coordinator, round, [room.Third.UserId], null));
        await meeting.PostRoundEntryAsync(room.Presenter, round, question, "Hoe bereiken we hem?");
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.PostRoundEntryAsync(room.Presenter, round, question, "Hoe bereiken we hem?"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "meeting.round-entry-id-taken",
            () => meeting.PostRoundEntryAsync(room.Second, round, question, "Hoe bereiken we hem?"));
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null);
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null));
        await meeting.PassRoundTurnAsync(network.Coordinator, round, RoundPhase.Clarifying, room.Second.UserId);
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.PassRoundTurnAsync(network.Coordinator, round, RoundPhase.Clarifying, room.Second.UserId));
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null);
        await meeting.PostRoundEntryAsync(room.Second, round, advice, "Zoek samen de buurvrouw op.");
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Reaction, null);
        await meeting.CloseRoundAsync(network.Coordinator, round, adviceId, [advice], "");

        await silo.Database.AssertIgnoredAsync(streams, () => meeting.CloseRoundAsync(network.Coordinator, round, adviceId, [advice], ""));
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.CloseRoundAsync(network.Coordinator, round, Guid.NewGuid(), [advice], "Anders"));
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Reaction, null));
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.PostRoundEntryAsync(room.Second, round, advice, "Zoek samen de buurvrouw op."));
        await meeting.CloseAsync(network.Coordinator);
        await silo.Database.AssertIgnoredAsync(streams, () => meeting.StartRoundAsync(network.Coordinator, round, [], 5));
    }

    [Fact]
    public async Task CloseRound_RecordsTheChosenAdviceOnTheCase_Once_AlsoWhenTheFirstTryReachedOnlyTheCase()
    {
        var room = await RoomAsync();
        var (meeting, network) = (room.Meeting, room.Network);
        var (round, first, second) = await RoundInReactionAsync(room);
        var adviceId = Guid.NewGuid();
        var caseStream = room.CaseId.Stream("case");

        // As if an earlier try stored the advice on the case and then failed before the meeting stored anything.
        await network.Case(room.CaseId).RecordAdviceAsync(network.Coordinator, adviceId, room.MeetingId, "Vraag de imam om een bezoek.\n\nZoek samen de buurvrouw op.", "");
        await silo.Database.AssertIgnoredAsync([caseStream], () => meeting.CloseRoundAsync(network.Coordinator, round, adviceId, [second, first], ""));
        await silo.Database.AssertIgnoredAsync([caseStream, room.Stream], () => meeting.CloseRoundAsync(network.Coordinator, round, adviceId, [first, second], ""));

        var recorded = Assert.Single((await meeting.GetAsync(network.Coordinator)).Advice);
        Assert.Equal((adviceId, room.CaseId, "Vraag de imam om een bezoek.\n\nZoek samen de buurvrouw op."), (recorded.Id, recorded.CaseId, recorded.Advice));
        Assert.Single((await network.Case(room.CaseId).GetAsync(network.Coordinator)).Advice);
        Assert.Equal(1, silo.Database.EventCount(room.Stream, nameof(RoundClosed)));
        Assert.Equal(1, silo.Database.EventCount(room.Stream, nameof(AdviceRecorded)));
    }

    [Fact]
    public async Task CloseRound_IsRefused_BeforeTheReaction_WithoutAChoice_OrWithSomethingElseThanTheRoundsAdvice()
    {
        var room = await RoomAsync();
        var (meeting, network, stream) = (room.Meeting, room.Network, room.Stream);
        var streams = new[] { stream, room.CaseId.Stream("case") };
        var round = Guid.NewGuid();
        var (clarifying, advice) = (Guid.NewGuid(), Guid.NewGuid());
        await meeting.StartRoundAsync(network.Coordinator, round, [], null);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null);
        await meeting.PostRoundEntryAsync(room.Second, round, clarifying, "Woont hij alleen?");
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null);
        await meeting.PostRoundEntryAsync(room.Second, round, advice, "Zoek samen de buurvrouw op.");
        Task Close(Actor actor, ImmutableArray<Guid> chosen, string nextSteps = "") => meeting.CloseRoundAsync(actor, round, Guid.NewGuid(), chosen, nextSteps);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.round-before-reaction", () => Close(network.Coordinator, [advice]));
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Reaction, null);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => Close(room.Presenter, [advice]));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-choose-advice", () => Close(network.Coordinator, []));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-advice-unknown", () => Close(network.Coordinator, [advice, clarifying]));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.round-advice-unknown", () => Close(network.Coordinator, [Guid.NewGuid()]));
        foreach (var refusal in new Func<Task>[]
        {
            () => Close(network.Coordinator, [advice], "Bel haar op 06-12345678."),
            () => Close(network.Coordinator, [advice], new string('a', 2001)),
        })
        {
            var before = streams.Select(s => silo.Database.EventCount(s)).ToArray();
            await Assert.ThrowsAnyAsync<DomainException>(refusal);
            Assert.Equal(before, streams.Select(s => silo.Database.EventCount(s)).ToArray());
        }

        var used = Guid.NewGuid();
        await meeting.RecordAdviceAsync(network.Coordinator, used, room.CaseId, "Eerst de huisarts bellen.", "");
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.advice-id-taken",
            () => meeting.CloseRoundAsync(network.Coordinator, round, used, [advice], ""));
    }

    [Fact]
    public async Task CloseRound_WithChosenAdviceTogetherLongerThanTheCaseKeeps_IsRefused()
    {
        var room = await RoomAsync();
        var (meeting, network) = (room.Meeting, room.Network);
        var round = Guid.NewGuid();
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await meeting.StartRoundAsync(network.Coordinator, round, [], null);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null);
        await meeting.PostRoundEntryAsync(room.Second, round, first, new string('a', 1500));
        await meeting.PostRoundEntryAsync(room.Third, round, second, new string('b', 1500));
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Reaction, null);

        await silo.Database.AssertRefusedAsync<InvalidInputException>(room.Stream, "meeting.round-advice-too-long",
            () => meeting.CloseRoundAsync(network.Coordinator, round, Guid.NewGuid(), [first, second], ""));
        await meeting.CloseRoundAsync(network.Coordinator, round, Guid.NewGuid(), [second], "");
    }

    [Fact]
    public async Task CloseRound_WhenEveryonePassedTheAdvice_ClosesWithNothingRecorded_SoTheNextRoundCanStart()
    {
        var room = await RoomAsync();
        var (meeting, network) = (room.Meeting, room.Network);
        var round = Guid.NewGuid();
        await meeting.StartRoundAsync(network.Coordinator, round, [room.Second.UserId], null);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null);
        await meeting.PassRoundTurnAsync(network.Coordinator, round, RoundPhase.Advice, room.Second.UserId);
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Reaction, null);

        await meeting.CloseRoundAsync(network.Coordinator, round, Guid.NewGuid(), [], "");

        Assert.Equal(0, silo.Database.EventCount(room.Stream, nameof(AdviceRecorded)));
        Assert.Empty((await network.Case(room.CaseId).GetAsync(network.Coordinator)).Advice);
        await meeting.StartRoundAsync(network.Coordinator, Guid.NewGuid(), [], null);
    }

    [Fact]
    public async Task ARoundOpenWhenTheMeetingCloses_StaysOpenInTheMinutes_AndTakesNothingMore()
    {
        var room = await RoomAsync();
        var round = await StartedRoundAsync(room);
        await room.Meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Woont hij alleen?");

        await room.Meeting.CloseAsync(room.Network.Coordinator);

        var minutes = Assert.Single((await room.Meeting.GetMinutesAsync(room.Network.Coordinator)).Items.Single(i => i.CaseId == room.CaseId).Rounds);
        Assert.Equal((false, (string?)null, 1), (minutes.Closed, minutes.Reaction, minutes.ClarifyingQuestions.Length));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(room.Stream, "meeting.not-started",
            () => room.Meeting.PostRoundEntryAsync(room.Third, round, Guid.NewGuid(), "Spreekt hij Nederlands?"));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(room.Stream, "meeting.not-started",
            () => room.Meeting.AdvanceRoundAsync(room.Network.Coordinator, round, RoundPhase.Advice, null));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(room.Stream, "meeting.not-started",
            () => room.Meeting.CloseRoundAsync(room.Network.Coordinator, round, Guid.NewGuid(), [], ""));
    }

    [Fact]
    public async Task EraseCaseTexts_EmptiesWhatWasSaidInTheRoundsOnTheCase()
    {
        var room = await RoomAsync();
        var (meeting, network) = (room.Meeting, room.Network);
        var round = Guid.NewGuid();
        var advice = Guid.NewGuid();
        await meeting.StartRoundAsync(network.Coordinator, round, [], null);
        await meeting.PostRoundEntryAsync(room.Presenter, round, Guid.NewGuid(), "Hoe komt hij weer bij de schaakclub?");
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Clarifying, null);
        await meeting.PostRoundEntryAsync(room.Second, round, Guid.NewGuid(), "Heeft hij een fietsbel?");
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Advice, null);
        await meeting.PostRoundEntryAsync(room.Second, round, advice, "Neem de tramlijn samen.");
        await meeting.AdvanceRoundAsync(network.Coordinator, round, RoundPhase.Reaction, null);
        await meeting.PostRoundEntryAsync(room.Presenter, round, Guid.NewGuid(), "Goed idee, de kapstok hangt er al.");
        await meeting.CloseRoundAsync(network.Coordinator, round, Guid.NewGuid(), [advice], "");
        await meeting.CloseAsync(network.Coordinator);
        string[] markers = ["schaakclub", "fietsbel", "tramlijn", "kapstok"];
        Assert.All(markers, marker => Assert.NotEqual(0, MeetingEventsContaining(room, marker)));

        // Called by the case when its retention period ends; the case erases its own copy of the advice itself.
        await meeting.EraseCaseTextsAsync(room.CaseId);

        Assert.All(markers, marker => Assert.Equal(0, MeetingEventsContaining(room, marker)));
        var minutes = Assert.Single((await meeting.GetMinutesAsync(network.Coordinator)).Items.Single(i => i.CaseId == room.CaseId).Rounds);
        Assert.Equal(("", ""), (minutes.Question, minutes.Reaction));
        Assert.All(minutes.ClarifyingQuestions.Concat(minutes.Advice), e => Assert.Equal("", e.Text));
        Assert.Equal([advice], minutes.ChosenEntryIds.ToArray());
    }

    /// <summary>The case item is current; the presenter (who brought the case) and the coordinator are present, then the second and third member come in.</summary>
    private async Task<Room> RoomAsync(bool othersJoin = true)
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var third = new Actor($"{network.Id}-lid-3");
        await network.Network.InviteMemberAsync(network.Coordinator, third.UserId, "Lid 3", ["Marokkaans"], ["Arabisch"]);
        await network.Network.ActivateMemberAsync(third, third.UserId);
        var (meetingId, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(meetingId);
        if (othersJoin)
        {
            await meeting.JoinAsync(network.OtherMember);
            await meeting.JoinAsync(third);
        }

        var caseItem = (await meeting.GetAsync(network.Coordinator)).Agenda.ToList().FindIndex(i => i.CaseId == caseId);
        await meeting.GoToItemAsync(network.Coordinator, caseItem);
        return new Room(network, meeting, meetingId, caseId, caseItem, third);
    }

    /// <summary>A round with the default order, in its clarifying phase.</summary>
    private static async Task<Guid> StartedRoundAsync(Room room)
    {
        var round = Guid.NewGuid();
        await room.Meeting.StartRoundAsync(room.Network.Coordinator, round, [], null);
        await room.Meeting.AdvanceRoundAsync(room.Network.Coordinator, round, RoundPhase.Clarifying, null);
        return round;
    }

    /// <summary>A round in its reaction phase with advice from the second and the third member.</summary>
    private static async Task<(Guid Round, Guid First, Guid Second)> RoundInReactionAsync(Room room)
    {
        var round = await StartedRoundAsync(room);
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        await room.Meeting.AdvanceRoundAsync(room.Network.Coordinator, round, RoundPhase.Advice, null);
        await room.Meeting.PostRoundEntryAsync(room.Second, round, first, "Vraag de imam om een bezoek.");
        await room.Meeting.PostRoundEntryAsync(room.Third, round, second, "Zoek samen de buurvrouw op.");
        await room.Meeting.AdvanceRoundAsync(room.Network.Coordinator, round, RoundPhase.Reaction, null);
        return (round, first, second);
    }

    private long MeetingEventsContaining(Room room, string marker) =>
        silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s AND Payload LIKE $p", ("$s", room.Stream), ("$p", $"%{marker}%"));

    private (string Kind, long Count)[] RoundEvents(Room room)
    {
        string[] kinds = [nameof(RoundStarted), nameof(RoundPhaseStarted), nameof(RoundEntryPosted), nameof(RoundTurnPassed), nameof(RoundClosed), nameof(AdviceRecorded)];
        return [.. kinds.Select(kind => (kind, silo.Database.EventCount(room.Stream, kind)))];
    }

    private sealed record Room(TestNetwork Network, IMeetingGrain Meeting, Guid MeetingId, Guid CaseId, int CaseItem, Actor Third)
    {
        public Actor Presenter => Network.Member;

        public Actor Second => Network.OtherMember;

        public string Stream => MeetingId.Stream("meeting");
    }
}
