using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests.Calendar;

[Collection(SharedGrains.Name)]
public sealed class CaseSubmissionTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset November = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset December = new(2026, 12, 8, 19, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Submit_ToAPublishedMeeting_PutsTheCaseOnItsAgendaAtOnce_BeforeAnyOtherBusiness()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var meetingId = await PublishedMeetingAsync(network, November);
        var caseId = await network.OpenCaseAsync(network.Member);

        var submission = await network.Case(caseId).SubmitAsync(network.Member);

        Assert.Equal(meetingId, submission.MeetingId);
        var agenda = (await network.Meeting(meetingId).GetAsync(network.Member)).Agenda;
        var item = Assert.Single(agenda, i => i.CaseId == caseId);
        Assert.Equal((AgendaItemKind.Case, submission.Label, 20, network.Member.UserId), (item.Kind, item.Title, item.PlannedMinutes, item.PresenterId));
        Assert.Equal(AgendaItemKind.AnyOtherBusiness, agenda[agenda.IndexOf(item) + 1].Kind);
        var view = await network.Case(caseId).GetAsync(network.Member);
        Assert.Equal((CaseStatus.OnAgenda, (Guid?)meetingId), (view.Status, view.MeetingId));
    }

    [Fact]
    public async Task Submit_Again_StoresNothingOnAnyGrain()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var meetingId = await PublishedMeetingAsync(network, November);
        var caseId = await network.OpenCaseAsync(network.Member);
        var first = await network.Case(caseId).SubmitAsync(network.Member);

        var again = await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), meetingId.Stream("meeting"), network.NetworkStream()],
            () => network.Case(caseId).SubmitAsync(network.Coordinator));

        Assert.Equal(first.MeetingId, again.MeetingId);
    }

    [Fact]
    public async Task Submit_ToAConceptMeeting_RegistersItForTheDraftAgenda_AndTheCoordinatorSeesIt()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var meetingId = await network.PlanMeetingAsync(November);
        var caseId = await network.OpenCaseAsync(network.Member);

        await network.Case(caseId).SubmitAsync(network.Member);

        Assert.Equal((CaseStatus.Submitted, (Guid?)meetingId), await StatusAsync(network, caseId));
        var seen = Assert.Single(await network.Network.GetCaseSubmissionsAsync(network.Coordinator));
        Assert.Equal((caseId, (Guid?)meetingId, silo.Clock.GetUtcNow()), (seen.CaseId, seen.MeetingId, seen.SubmittedAt));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.coordinator-only", () => network.Network.GetCaseSubmissionsAsync(network.Member));
        await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), network.NetworkStream()], () => network.Case(caseId).SubmitAsync(network.Member));

        await network.Meeting(meetingId).AssembleDraftAgendaAsync(network.Coordinator);
        Assert.Contains((await network.Meeting(meetingId).GetAsync(network.Member)).Agenda, i => i.CaseId == caseId);
        Assert.Equal((CaseStatus.OnAgenda, (Guid?)meetingId), await StatusAsync(network, caseId));
    }

    [Fact]
    public async Task Submit_WithNoMeetingPlanned_Waits_AndGoesToTheNextMeetingThatIsPlanned()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var caseId = await network.OpenCaseAsync(network.Member);

        var submission = await network.Case(caseId).SubmitAsync(network.Member);

        Assert.Null(submission.MeetingId);
        Assert.Equal((CaseStatus.Submitted, (Guid?)null), await StatusAsync(network, caseId));
        var meetingId = await network.PlanMeetingAsync(December);
        Assert.Equal(meetingId, Assert.Single(await network.Network.GetOwnCasesAsync(network.Member)).Submission!.MeetingId);
        await network.Meeting(meetingId).AssembleDraftAgendaAsync(network.Coordinator);
        Assert.Contains((await network.Meeting(meetingId).GetAsync(network.Member)).Agenda, i => i.CaseId == caseId);
    }

    [Fact]
    public async Task Submit_PassesMeetingsThatStartedOrWereCancelled_ForTheNextThatCanTakeIt()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var started = await PublishedMeetingAsync(network, November);
        await network.Meeting(started).StartAsync(network.Coordinator, overrideDay: true);
        var cancelled = await network.PlanMeetingAsync(November.AddDays(7));
        await network.Meeting(cancelled).CancelAsync(network.Coordinator, "Geen zaal");
        var next = await network.PlanMeetingAsync(December);
        var caseId = await network.OpenCaseAsync(network.Member);

        Assert.Equal(next, (await network.Case(caseId).SubmitAsync(network.Member)).MeetingId);
    }

    [Fact]
    public async Task Cancel_HandsItsCasesOnToTheNextMeeting_OntoAPublishedAgendaAtOnce()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var first = await network.PlanMeetingAsync(November);
        var caseId = await network.OpenCaseAsync(network.Member);
        await network.Case(caseId).SubmitAsync(network.Member);
        await network.Meeting(first).AssembleDraftAgendaAsync(network.Coordinator);
        var next = await PublishedMeetingAsync(network, December);

        await network.Meeting(first).CancelAsync(network.Coordinator, "De zaal is afgebrand");

        Assert.Contains((await network.Meeting(next).GetAsync(network.Member)).Agenda, i => i.CaseId == caseId);
        Assert.Equal((CaseStatus.OnAgenda, (Guid?)next), await StatusAsync(network, caseId));
        await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), next.Stream("meeting"), network.NetworkStream(), first.Stream("meeting")],
            () => network.Meeting(first).CancelAsync(network.Coordinator, "De zaal is afgebrand"));
    }

    [Fact]
    public async Task OwnCases_AreTheMembersConceptAndSubmittedCases_NotOtherMembers()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var meetingId = await network.PlanMeetingAsync(November);
        var concept = await network.OpenCaseAsync(network.Member);
        var submitted = await network.OpenCaseAsync(network.Member);
        await network.OpenCaseAsync(network.OtherMember);
        await network.Case(submitted).SubmitAsync(network.Member);

        var own = await network.Network.GetOwnCasesAsync(network.Member);

        Assert.Equal(new[] { concept, submitted }.Order(), own.Select(c => c.CaseId).Order());
        Assert.Null(own.Single(c => c.CaseId == concept).Submission);
        Assert.Equal(meetingId, own.Single(c => c.CaseId == submitted).Submission!.MeetingId);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.members-only", () => network.Network.GetOwnCasesAsync(network.Outsider));
    }

    [Fact]
    public async Task Submit_IsForTheBringerOrACoordinator()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var caseId = await network.OpenCaseAsync(network.Member);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(caseId.Stream("case"), "case.bringer-or-coordinator-only", () => network.Case(caseId).SubmitAsync(network.OtherMember));
        Assert.Equal(0, silo.Database.EventCount(network.NetworkStream(), "CaseSubmissionRegistered"));
    }

    private static async Task<Guid> PublishedMeetingAsync(TestNetwork network, DateTimeOffset startsAt)
    {
        var id = await network.PlanMeetingAsync(startsAt);
        await network.Meeting(id).AssembleDraftAgendaAsync(network.Coordinator);
        await network.Meeting(id).PublishAsync(network.Coordinator);
        return id;
    }

    private static async Task<(CaseStatus, Guid?)> StatusAsync(TestNetwork network, Guid caseId)
    {
        var view = await network.Case(caseId).GetAsync(network.Member);
        return (view.Status, view.MeetingId);
    }
}
