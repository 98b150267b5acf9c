using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>The bringer or a coordinator closes a discussed case with an outcome; that starts the retention period.</summary>
[Collection(SharedGrains.Name)]
public sealed class CaseClosingTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Close_ByTheBringer_WithAnOutcomeAndANote_StartsTheRetentionPeriod()
    {
        var (network, id) = await DiscussedCaseAsync();
        var grain = network.Case(id);

        await grain.CloseAsync(network.Member, CaseOutcome.DiedOrMoved, "Is naar familie in een andere stad verhuisd.");

        var closed = await grain.GetAsync(network.Coordinator);
        Assert.Equal((CaseStatus.Closed, CaseOutcome.DiedOrMoved, "Is naar familie in een andere stad verhuisd."), (closed.Status, closed.Outcome, closed.OutcomeNote));
        Assert.NotNull((await grain.GetFactsAsync()).ClosedAt);
        Assert.Equal(1, silo.Database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", id.Stream("case"))));
    }

    [Fact]
    public async Task Close_SentAgainWithTheSameOutcome_StoresNothing_AndAnotherOutcomeIsRefused()
    {
        var (network, id) = await DiscussedCaseAsync();
        var grain = network.Case(id);
        var stream = id.Stream("case");
        await grain.CloseAsync(network.Coordinator, CaseOutcome.NotReached, null);

        await silo.Database.AssertIgnoredAsync([stream], () => grain.CloseAsync(network.Coordinator, CaseOutcome.NotReached, " "));
        await silo.Database.AssertIgnoredAsync([stream], () => grain.CloseAsync(network.Member, CaseOutcome.NotReached, null));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "case.closed", () => grain.CloseAsync(network.Coordinator, CaseOutcome.Resolved, null));
        Assert.Equal(1, silo.Database.EventCount(stream, nameof(CaseClosed)));
    }

    [Fact]
    public async Task Close_Refusals_StoreNothing()
    {
        var (network, id) = await DiscussedCaseAsync();
        var grain = network.Case(id);
        var stream = id.Stream("case");

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "case.bringer-or-coordinator-only", () => grain.CloseAsync(network.OtherMember, CaseOutcome.Resolved, null));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => grain.CloseAsync(network.Outsider, CaseOutcome.Resolved, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.invalid-choice", () => grain.CloseAsync(network.Member, CaseOutcome.NoLongerNeeded, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.invalid-choice", () => grain.CloseAsync(network.Member, (CaseOutcome)42, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.too-long", () => grain.CloseAsync(network.Member, CaseOutcome.Other, new string('a', 1001)));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => grain.CloseAsync(network.Member, CaseOutcome.Other, "Nieuw adres: Kanaalstraat 12, 3531 CD Utrecht"));
        Assert.Equal("note", Assert.Single(refused.Fields).Field);
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", id.Stream("case"))));
    }

    [Fact]
    public async Task Close_BeforeTheNetworkDiscussedTheCase_IsRefused_AlsoForTheBringer()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.OpenCaseAsync(network.Member);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("case"), "case.cannot-close", () => network.Case(id).CloseAsync(network.Member, CaseOutcome.NotReached, null));
    }

    private async Task<(TestNetwork Network, Guid Case)> DiscussedCaseAsync()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (meetingId, id) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        await network.Meeting(meetingId).RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), id, "Huisarts inschakelen", "Samen een afspraak maken.");
        return (network, id);
    }
}
