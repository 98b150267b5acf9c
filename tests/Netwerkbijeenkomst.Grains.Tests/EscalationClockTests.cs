using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>What time does to escalations: stalled after the response time in Dutch working days, links expire after 30 days. Own cluster, own clock.</summary>
public sealed class EscalationClockTests : IAsyncLifetime
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TestSilos.Start);
    private readonly InProcessTestCluster _cluster;

    public EscalationClockTests()
    {
        _cluster = TestSilos.Build(_database, _clock, silos: 1);
    }

    [Fact]
    public async Task Escalation_WithNoStepForLongerThanItsResponseTime_IsStalled_ListedFirst_AndMarkedOnTheNextDraftAgenda()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.Client);
        await network.Network.AddInstitutionAsync(network.Coordinator, "huisarts", "Huisartsenpraktijk Zuilen", InstitutionKind.GeneralPractitioner, PartnerRoles.WeReferToThem);
        await network.Network.AddContactPersonAsync(network.Coordinator, "huisarts", new ContactPerson("poh", "C. Jansen", "POH", "poh@huisarts.example", null));
        await network.Network.SetResponseTimeAsync(network.Coordinator, InstitutionKind.MentalHealthCare, 3);
        var (_, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var ggz = Guid.NewGuid();
        var gp = Guid.NewGuid();

        // Monday 2 November 2026: both reported.
        await network.Case(caseId).EscalateAsync(network.Coordinator, ggz, TestNetwork.Institution, TestNetwork.Contact, "Somberheid", Urgency.Normal);
        await network.Case(caseId).EscalateAsync(network.Coordinator, gp, "huisarts", "poh", "Valt vaak", Urgency.Normal);

        _clock.Advance(TimeSpan.FromDays(3));
        Assert.All((await network.Network.GetFollowUpAsync(network.Coordinator)).Escalations, e => Assert.False(e.Escalation.Stalled));

        // Friday: four working days, past the GGZ's three; the GP (default five) is not.
        _clock.Advance(TimeSpan.FromDays(1));
        var followUp = await network.Network.GetFollowUpAsync(network.Coordinator);
        Assert.Equal([(ggz, true, 4, 3), (gp, false, 4, 5)], followUp.Escalations.Select(e => (e.Escalation.EscalationId, e.Escalation.Stalled, e.WorkingDaysSinceStep, e.ResponseDays)));
        Assert.Contains(new ResponseTime(InstitutionKind.WmoConsultant, 10), followUp.ResponseTimes);

        var next = await network.PlanMeetingAsync(NextTuesday.AddDays(28));
        await network.Meeting(next).AssembleDraftAgendaAsync(network.Coordinator);
        var carried = (await network.Meeting(next).GetAsync(network.Coordinator)).CarriedOverEscalations;
        Assert.True(carried.Single(e => e.EscalationId == ggz).Stalled);
        Assert.False(carried.Single(e => e.EscalationId == gp).Stalled);

        // A step restarts the count; the weekend does not count.
        await network.Case(caseId).MoveEscalationAsync(network.Coordinator, ggz, Guid.NewGuid(), EscalationStatus.ContactMade, null);
        _clock.Advance(TimeSpan.FromDays(3));
        var monday = (await network.Network.GetFollowUpAsync(network.Coordinator)).Escalations;
        Assert.Equal((1, 5), monday.Where(e => e.Escalation.EscalationId == ggz).Select(e => (e.WorkingDaysSinceStep, e.WorkingDaysOpen)).Single());
        Assert.DoesNotContain(monday, e => e.Escalation.EscalationId == ggz && e.Escalation.Stalled);
    }

    [Fact]
    public async Task SetResponseTime_ByOthersOrOutOfRange_IsRefused_AndStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.Client);

        await _database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.coordinator-only",
            () => network.Network.SetResponseTimeAsync(network.Member, InstitutionKind.GeneralPractitioner, 3));
        await _database.AssertRefusedAsync<InvalidInputException>(network.NetworkStream(), "network.response-time",
            () => network.Network.SetResponseTimeAsync(network.Coordinator, InstitutionKind.GeneralPractitioner, 0));
        await _database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.coordinator-only",
            () => network.Network.GetFollowUpAsync(network.Member));
        await _database.AssertIgnoredAsync([network.NetworkStream()],
            () => network.Network.SetResponseTimeAsync(network.Coordinator, InstitutionKind.GeneralPractitioner, 5));
    }

    [Fact]
    public async Task ContactLink_AfterThirtyDays_IsExpired()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.Client);
        var (_, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday.AddDays(56));
        var escalationId = Guid.NewGuid();
        var link = (await network.Case(caseId).EscalateAsync(network.Coordinator, escalationId, TestNetwork.Institution, TestNetwork.Contact, "Somberheid", Urgency.Normal)).Link!;

        _clock.Advance(TimeSpan.FromDays(30));

        await _database.AssertRefusedAsync<NotAllowedException>(caseId.Stream("case"), "case.link-expired",
            () => network.Case(caseId).AnswerAsContactPersonAsync(escalationId, link.Id, Guid.NewGuid(), EscalationStatus.InCare, null));
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }
}
