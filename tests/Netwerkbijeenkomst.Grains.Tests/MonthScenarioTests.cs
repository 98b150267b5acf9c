using System.Text.Json;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>A whole month of a network, with the silo restarted twice along the way.</summary>
public sealed class MonthScenarioTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly InProcessTestCluster _cluster;

    public MonthScenarioTests()
    {
        _cluster = TestSilos.Build(_database, new FakeTimeProvider(TestSilos.Start), silos: 2, TestSilos.RemindersOnRealTime);
    }

    [Fact]
    public async Task AMonth_PlanSubmitAssembleRunClose_CarriesOverWhatIsStillOpen_AndLosesNothingOnRestart()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.Client);
        var due = new DateOnly(2026, 11, 30);

        // Before the month: an action point from last time is still open, another will be done in the meeting.
        var oldPoint = Guid.NewGuid();
        var donePoint = Guid.NewGuid();
        await network.Network.AddActionPointAsync(network.Coordinator, oldPoint, "Wijkteam uitnodigen voor januari", network.Coordinator.UserId, due, null, null);
        await network.Network.AddActionPointAsync(network.Coordinator, donePoint, "Folder vertalen in het Turks", network.Member.UserId, due, null, null);

        // The coordinator plans the meeting on the next date of the rule; two members submit cases for it.
        var november = (await network.Network.GetNextMeetingDatesAsync(2))[0];
        var meetingId = await network.PlanMeetingAsync(november);
        var meeting = network.Meeting(meetingId);
        var firstCase = await network.OpenCaseAsync(network.Member);
        var secondCase = await network.OpenCaseAsync(network.OtherMember);
        await network.Case(firstCase).SubmitAsync(network.Member);
        await network.Case(secondCase).SubmitAsync(network.OtherMember);

        // The draft agenda collects the cases with everything still open.
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        var draft = await meeting.GetAsync(network.Coordinator);
        Assert.Equal(
            [AgendaItemKind.Opening, AgendaItemKind.Announcements, AgendaItemKind.ActionPointsLastTime, AgendaItemKind.Case, AgendaItemKind.Case, AgendaItemKind.AnyOtherBusiness, AgendaItemKind.Closing],
            draft.Agenda.Select(i => i.Kind).ToArray());
        Assert.Equal([firstCase, secondCase], draft.Agenda.Where(i => i.CaseId.HasValue).Select(i => i.CaseId!.Value).ToArray());
        Assert.Equal([oldPoint, donePoint], draft.CarriedOverActionPoints.Select(a => a.Id).ToArray());
        await meeting.PublishAsync(network.Coordinator);
        await meeting.RespondAsync(network.Member, Rsvp.Yes);
        await meeting.RespondAsync(network.OtherMember, Rsvp.Yes);

        // References belong to the silo that made them; after a restart the test asks the new silo for them.
        await _cluster.RestartAllSilosAsync();
        meeting = network.Meeting(meetingId);

        // The meeting runs: attendance, the current item, contributions, advice, an action point and an escalation.
        await meeting.StartAsync(network.Coordinator, overrideDay: true);
        await meeting.JoinAsync(network.Coordinator);
        await meeting.JoinAsync(network.Member);
        await meeting.JoinAsync(network.OtherMember);
        await meeting.GoToItemAsync(network.Coordinator, 2);
        await network.Network.CompleteActionPointAsync(network.Member, donePoint);
        await meeting.GoToItemAsync(network.Coordinator, 3);
        await meeting.PostContributionAsync(network.OtherMember, Guid.NewGuid(), ContributionKind.Question, "Heeft hij nog contact met zijn kinderen?");
        await meeting.RaiseHandAsync(network.OtherMember);
        await meeting.GiveFloorAsync(network.Coordinator, network.OtherMember.UserId);
        await meeting.PostContributionAsync(network.OtherMember, Guid.NewGuid(), ContributionKind.Advice, "Vraag of de imam een keer langs kan gaan.");
        await meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), firstCase, "Via de moskee contact zoeken.", "Lid 1 spreekt de imam aan.");
        var newPoint = Guid.NewGuid();
        var escalation = Guid.NewGuid();
        await meeting.RecordActionPointAsync(network.Coordinator, newPoint, "Imam benaderen", network.Member.UserId, due, firstCase);
        await meeting.RecordEscalationAsync(network.Coordinator, escalation, firstCase, TestNetwork.Institution, TestNetwork.Contact, "Somberheid neemt toe", Urgency.High);
        await meeting.GoToItemAsync(network.Coordinator, 4);
        await meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), secondCase, "Mantelzorgondersteuning inschakelen.", "Coördinator legt contact.");
        await meeting.LeaveAsync(network.OtherMember);
        await meeting.CloseAsync(network.Coordinator);

        // The minutes hold all of it, once the coordinator approved them.
        await meeting.ApproveMinutesAsync(network.Coordinator);
        var minutes = await meeting.GetMinutesAsync(network.Member);
        Assert.Equal([network.Coordinator.UserId, network.Member.UserId, network.OtherMember.UserId], minutes.Attendees.ToArray());
        Assert.Equal([firstCase, secondCase], minutes.Cases.Select(c => c.CaseId).ToArray());
        Assert.Equal("Via de moskee contact zoeken.", Assert.Single(minutes.Cases[0].Advice).Advice);
        Assert.Equal(escalation, Assert.Single(minutes.Cases[0].Escalations).EscalationId);
        Assert.Equal("Lid 1 spreekt de imam aan.", minutes.Cases[0].Advice[0].NextSteps);
        Assert.Equal(newPoint, Assert.Single(minutes.ActionPoints).Id);
        Assert.Equal(escalation, Assert.Single(minutes.Escalations).EscalationId);
        var before = JsonSerializer.Serialize(minutes);

        await _cluster.RestartAllSilosAsync();
        meeting = network.Meeting(meetingId);
        Assert.Equal(before, JsonSerializer.Serialize(await meeting.GetMinutesAsync(network.Member)));
        Assert.Equal(CaseStatus.Discussed, (await network.Case(firstCase).GetAsync(network.Member)).Status);

        // Next month's draft agenda carries over the open action points and the unsettled escalation, not the done one.
        var december = (await network.Network.GetNextMeetingDatesAsync(2))[1];
        var nextMeeting = network.Meeting(await network.PlanMeetingAsync(december));
        await nextMeeting.AssembleDraftAgendaAsync(network.Coordinator);
        var nextDraft = await nextMeeting.GetAsync(network.Member);
        Assert.Equal([oldPoint, newPoint], nextDraft.CarriedOverActionPoints.Select(a => a.Id).ToArray());
        var carried = Assert.Single(nextDraft.CarriedOverEscalations);
        Assert.Equal((firstCase, escalation, EscalationStatus.Reported), (carried.CaseId, carried.EscalationId, carried.Status));
        Assert.Contains(nextDraft.Agenda, i => i.Kind == AgendaItemKind.ActionPointsLastTime);
        Assert.Equal(ActionPointStatus.Done, (await network.Network.GetAsync(network.Coordinator)).ActionPoints.Single(a => a.Id == donePoint).Status);
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }
}
