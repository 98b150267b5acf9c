using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>An escalation's way from gemeld to settled, who may take each step, and the contact person's answers through their link.</summary>
[Collection(SharedGrains.Name)]
public sealed class EscalationLifecycleTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(null, EscalationStatus.ContactMade)]
    [InlineData(null, EscalationStatus.InCare)]
    [InlineData(null, EscalationStatus.Declined)]
    [InlineData(null, EscalationStatus.ReturnedToNetwork)]
    [InlineData(null, EscalationStatus.Withdrawn)]
    [InlineData(EscalationStatus.ContactMade, EscalationStatus.InCare)]
    [InlineData(EscalationStatus.ContactMade, EscalationStatus.Declined)]
    [InlineData(EscalationStatus.ContactMade, EscalationStatus.ReturnedToNetwork)]
    [InlineData(EscalationStatus.ContactMade, EscalationStatus.Withdrawn)]
    public async Task Move_FromAnOpenState_ToEachNextState_IsStoredWithItsNote(EscalationStatus? via, EscalationStatus to)
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        if (via is { } first)
        {
            await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), first, null);
        }

        var moved = await grain.MoveEscalationAsync(network.Member, escalationId, Guid.NewGuid(), to, "Besproken met de praktijkondersteuner.");

        Assert.Equal(to, moved.Status);
        Assert.Equal((to, "Besproken met de praktijkondersteuner.", network.Member.UserId), (moved.History[^1].Status, moved.History[^1].Note, moved.History[^1].By));
        Assert.True(moved.IsSettled == (to != EscalationStatus.ContactMade));
    }

    [Theory]
    [InlineData(EscalationStatus.InCare, EscalationStatus.Withdrawn)]
    [InlineData(EscalationStatus.Declined, EscalationStatus.InCare)]
    [InlineData(EscalationStatus.Withdrawn, EscalationStatus.ContactMade)]
    [InlineData(EscalationStatus.ReturnedToNetwork, EscalationStatus.InCare)]
    [InlineData(EscalationStatus.Closed, EscalationStatus.InCare)]
    public async Task Move_FromASettledState_IsRefused_AndStoresNothing(EscalationStatus settled, EscalationStatus to)
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), settled, "Afgerond.");

        await RefusedEverywhereAsync<InvalidStateException>(network, caseId, "case.escalation-settled",
            () => grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), to, "Toch nog."));
    }

    [Fact]
    public async Task Move_Backwards_OrWithoutAReasonWhereOneIsNeeded_OrByOthers_IsRefused_AndStoresNothing()
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.ContactMade, null);

        await RefusedEverywhereAsync<InvalidStateException>(network, caseId, "case.escalation-backwards",
            () => grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.Reported, null));
        await RefusedEverywhereAsync<InvalidStateException>(network, caseId, "case.escalation-backwards",
            () => grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.ContactMade, null));
        await RefusedEverywhereAsync<InvalidInputException>(network, caseId, "input.required",
            () => grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.Declined, " "));
        await RefusedEverywhereAsync<InvalidInputException>(network, caseId, "input.required",
            () => grain.MoveEscalationAsync(network.Member, escalationId, Guid.NewGuid(), EscalationStatus.ReturnedToNetwork, null));
        await RefusedEverywhereAsync<InvalidInputException>(network, caseId, "input.invalid-choice",
            () => grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), (EscalationStatus)42, null));
        await RefusedEverywhereAsync<NotAllowedException>(network, caseId, "case.bringer-or-coordinator-only",
            () => grain.MoveEscalationAsync(network.OtherMember, escalationId, Guid.NewGuid(), EscalationStatus.InCare, null));
        await RefusedEverywhereAsync<NotAllowedException>(network, caseId, "network.members-only",
            () => grain.MoveEscalationAsync(network.Outsider, escalationId, Guid.NewGuid(), EscalationStatus.InCare, null));
        await RefusedEverywhereAsync<NotAllowedException>(network, caseId, "network.members-only",
            () => grain.MoveEscalationAsync(Actor.ContactPerson(TestNetwork.Contact), escalationId, Guid.NewGuid(), EscalationStatus.InCare, null));
        await RefusedEverywhereAsync<NotFoundException>(network, caseId, "case.escalation-not-found",
            () => grain.MoveEscalationAsync(network.Coordinator, Guid.NewGuid(), Guid.NewGuid(), EscalationStatus.InCare, null));
        await RefusedEverywhereAsync<PersonalDataRefusedException>(network, caseId, PersonalDataRefusedException.ErrorCode,
            () => grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.InCare, "Opgenomen, bereikbaar op 06-12345678"));
        Assert.Equal(EscalationStatus.ContactMade, Assert.Single((await grain.GetAsync(network.Member)).Escalations).Status);
    }

    [Fact]
    public async Task Move_RepeatedWithTheSameChangeId_IsIgnored_EvenAfterALaterStep()
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        var pickedUp = Guid.NewGuid();
        await grain.MoveEscalationAsync(network.Member, escalationId, pickedUp, EscalationStatus.ContactMade, "Opgepakt.");

        var repeated = await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), network.NetworkStream()],
            () => grain.MoveEscalationAsync(network.Member, escalationId, pickedUp, EscalationStatus.ContactMade, "Opgepakt."));
        await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.InCare, null);
        await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), network.NetworkStream()],
            () => grain.MoveEscalationAsync(network.Member, escalationId, pickedUp, EscalationStatus.ContactMade, "Opgepakt."));

        Assert.Equal(EscalationStatus.ContactMade, repeated.Status);
        Assert.Equal(3, Assert.Single((await grain.GetAsync(network.Member)).Escalations).History.Length);
    }

    [Fact]
    public async Task Changes_AreFollowedByTheNetwork_UntilSettled()
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);

        await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.ContactMade, null);
        Assert.Equal(EscalationStatus.ContactMade, Assert.Single((await network.Network.GetOpenItemsAsync(Guid.NewGuid())).Escalations).Status);

        await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.InCare, null);
        Assert.Empty((await network.Network.GetOpenItemsAsync(Guid.NewGuid())).Escalations);
        Assert.Empty((await network.Network.GetFollowUpAsync(network.Coordinator)).Escalations);
    }

    [Fact]
    public async Task ReturnedToTheNetwork_IsSettled_ButStaysOnTheNextDraftAgenda_UntilTheCaseIsEscalatedAnewOrClosed()
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.ReturnedToNetwork, "Geen plek, wachtlijst van een half jaar.");

        var next = await network.PlanMeetingAsync(NextTuesday.AddDays(28));
        await network.Meeting(next).AssembleDraftAgendaAsync(network.Coordinator);
        var carried = Assert.Single((await network.Meeting(next).GetAsync(network.Coordinator)).CarriedOverEscalations);
        Assert.Equal((escalationId, EscalationStatus.ReturnedToNetwork), (carried.EscalationId, carried.Status));

        var again = Guid.NewGuid();
        await grain.EscalateAsync(network.Coordinator, again, TestNetwork.Institution, TestNetwork.Contact, "Tweede poging via de POH", Urgency.Normal);
        Assert.Equal(again, Assert.Single((await network.Network.GetOpenItemsAsync(next)).Escalations).EscalationId);

        await grain.MoveEscalationAsync(network.Coordinator, again, Guid.NewGuid(), EscalationStatus.ReturnedToNetwork, "Ook hier geen plek.");
        Assert.Equal(again, Assert.Single((await network.Network.GetOpenItemsAsync(next)).Escalations).EscalationId);
        await grain.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), (await grain.GetAsync(network.Coordinator)).MeetingId!.Value, "Andere weg zoeken.", "");
        await grain.CloseAsync(network.Coordinator, CaseOutcome.NotReached, null);
        Assert.Empty((await network.Network.GetOpenItemsAsync(next)).Escalations);
    }

    [Fact]
    public async Task Escalating_IssuesALinkForThirtyDays_AndTheContactPersonAnswersThroughIt()
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        var link = Assert.Single((await grain.GetAsync(network.Member)).Escalations).Link!;
        Assert.Equal(silo.Clock.GetUtcNow().AddDays(30), link.ExpiresAt);

        var brief = await grain.GetContactBriefAsync(escalationId, link.Id);
        Assert.Equal(("GGZ Centrum", "contact@ggz.example", AgeBand.From65To74), (brief.InstitutionName, brief.ContactPersonEmail, brief.AgeBand));
        Assert.Equal(TestNetwork.Details().Question, brief.Question);

        await grain.AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.ContactMade, "Intake staat gepland.");
        var inCare = Guid.NewGuid();
        var answered = await grain.AnswerAsContactPersonAsync(escalationId, link.Id, inCare, EscalationStatus.InCare, null);
        await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), network.NetworkStream()],
            () => grain.AnswerAsContactPersonAsync(escalationId, link.Id, inCare, EscalationStatus.InCare, null));

        Assert.Equal(EscalationStatus.InCare, answered.Status);
        Assert.Equal("contactpersoon:" + TestNetwork.Contact, answered.History[^1].By);
        Assert.Empty((await network.Network.GetOpenItemsAsync(Guid.NewGuid())).Escalations);
    }

    [Fact]
    public async Task ContactPerson_CannotDeclineOrWithdraw_NorUseAnotherOrRevokedLink()
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        var link = Assert.Single((await grain.GetAsync(network.Member)).Escalations).Link!;

        await RefusedEverywhereAsync<InvalidInputException>(network, caseId, "case.contact-step",
            () => grain.AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.Withdrawn, "Weg"));
        await RefusedEverywhereAsync<InvalidInputException>(network, caseId, "case.contact-step",
            () => grain.AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.Declined, "Nee"));
        await RefusedEverywhereAsync<InvalidInputException>(network, caseId, "input.required",
            () => grain.AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.ReturnedToNetwork, null));
        await RefusedEverywhereAsync<PersonalDataRefusedException>(network, caseId, PersonalDataRefusedException.ErrorCode,
            () => grain.AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.InCare, "Meneer woont op de Kanaalstraat 12 in Utrecht."));
        await RefusedEverywhereAsync<NotAllowedException>(network, caseId, "case.link-unknown",
            () => grain.AnswerAsContactPersonAsync(escalationId, Guid.NewGuid(), Guid.NewGuid(), EscalationStatus.InCare, null));

        await RefusedEverywhereAsync<NotAllowedException>(network, caseId, "network.coordinator-only", () => grain.RevokeContactLinkAsync(network.Member, escalationId));
        await grain.RevokeContactLinkAsync(network.Coordinator, escalationId);
        await silo.Database.AssertIgnoredAsync([caseId.Stream("case")], () => grain.RevokeContactLinkAsync(network.Coordinator, escalationId));
        await RefusedEverywhereAsync<NotAllowedException>(network, caseId, "case.link-revoked",
            () => grain.AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.InCare, null));
        await Assert.ThrowsAsync<NotAllowedException>(() => grain.GetContactBriefAsync(escalationId, link.Id));

        var renewed = Guid.NewGuid();
        await grain.IssueContactLinkAsync(network.Coordinator, escalationId, renewed);
        await silo.Database.AssertIgnoredAsync([caseId.Stream("case")], () => grain.IssueContactLinkAsync(network.Coordinator, escalationId, renewed));
        await RefusedEverywhereAsync<NotAllowedException>(network, caseId, "case.link-unknown",
            () => grain.AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.InCare, null));
        Assert.Equal(EscalationStatus.InCare, (await grain.AnswerAsContactPersonAsync(escalationId, renewed, Guid.NewGuid(), EscalationStatus.InCare, null)).Status);
    }

    [Fact]
    public async Task ContactPerson_AsksToBeCalled_ShownToTheNetwork_UntilTheNextStep()
    {
        var (network, caseId, escalationId) = await EscalatedAsync();
        var grain = network.Case(caseId);
        var link = Assert.Single((await grain.GetAsync(network.Member)).Escalations).Link!;
        var call = Guid.NewGuid();

        await grain.RequestCallAsContactPersonAsync(escalationId, link.Id, call);
        await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), network.NetworkStream()], () => grain.RequestCallAsContactPersonAsync(escalationId, link.Id, call));

        Assert.Equal(silo.Clock.GetUtcNow(), Assert.Single((await grain.GetAsync(network.Member)).Escalations).CallRequestedAt);
        Assert.True(Assert.Single((await network.Network.GetFollowUpAsync(network.Coordinator)).Escalations).Escalation.CallRequested);

        await grain.MoveEscalationAsync(network.Coordinator, escalationId, Guid.NewGuid(), EscalationStatus.ContactMade, "Teruggebeld.");
        Assert.Null(Assert.Single((await grain.GetAsync(network.Member)).Escalations).CallRequestedAt);
        Assert.False(Assert.Single((await network.Network.GetFollowUpAsync(network.Coordinator)).Escalations).Escalation.CallRequested);
    }

    [Fact]
    public async Task Escalating_ToAContactWithoutEmail_IssuesNoLink_AndNoneCanBeIssued()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        await network.Network.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson("ggz-telefoon", "B. Bakker", "Wijkverpleegkundige", null, "030-2621499"));
        var (_, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var escalationId = Guid.NewGuid();

        var escalation = await network.Case(caseId).EscalateAsync(network.Coordinator, escalationId, TestNetwork.Institution, "ggz-telefoon", "Valt vaak", Urgency.High);

        Assert.Null(escalation.Link);
        await RefusedEverywhereAsync<InvalidStateException>(network, caseId, "case.contact-without-email",
            () => network.Case(caseId).IssueContactLinkAsync(network.Coordinator, escalationId, Guid.NewGuid()));
    }

    private async Task<(TestNetwork Network, Guid Case, Guid Escalation)> EscalatedAsync()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (_, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var escalationId = Guid.NewGuid();
        await network.Case(caseId).EscalateAsync(network.Coordinator, escalationId, TestNetwork.Institution, TestNetwork.Contact, "Zorgen over somberheid", Urgency.High);
        return (network, caseId, escalationId);
    }

    private async Task RefusedEverywhereAsync<TException>(TestNetwork network, Guid caseId, string code, Func<Task> command)
        where TException : DomainException
    {
        var networkEvents = silo.Database.EventCount(network.NetworkStream());
        await silo.Database.AssertRefusedAsync<TException>(caseId.Stream("case"), code, command);
        Assert.Equal(networkEvents, silo.Database.EventCount(network.NetworkStream()));
    }
}
