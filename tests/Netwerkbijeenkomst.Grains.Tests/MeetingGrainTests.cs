using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Meetings;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

[Collection(SharedGrains.Name)]
public sealed class MeetingGrainTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly DueDate = new(2026, 12, 1);

    [Fact]
    public async Task Lifecycle_ConceptPublishedStartedClosed()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        Assert.Equal(MeetingStatus.Concept, (await meeting.GetAsync(network.Member)).Status);

        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);
        Assert.Equal(MeetingStatus.Published, (await meeting.GetAsync(network.Member)).Status);

        await meeting.StartAsync(network.Coordinator, overrideDay: true);
        var started = await meeting.GetAsync(network.Member);
        Assert.Equal(MeetingStatus.Started, started.Status);
        Assert.Equal(0, started.CurrentItem);

        await meeting.CloseAsync(network.Coordinator);
        Assert.Equal(MeetingStatus.Closed, (await meeting.GetAsync(network.Member)).Status);
    }

    [Fact]
    public async Task Cancel_IsPossibleBeforeTheStart_Only()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var concept = network.Meeting(await network.PlanMeetingAsync(NextTuesday));
        var published = network.Meeting(await network.PlanMeetingAsync(NextTuesday.AddDays(28)));
        var startedId = await network.PlanMeetingAsync(NextTuesday.AddDays(56));
        var started = network.Meeting(startedId);
        foreach (var meeting in new[] { published, started })
        {
            await meeting.AssembleDraftAgendaAsync(network.Coordinator);
            await meeting.PublishAsync(network.Coordinator);
        }

        await started.StartAsync(network.Coordinator, overrideDay: true);

        await concept.CancelAsync(network.Coordinator, "Te weinig aanmeldingen");
        await published.CancelAsync(network.Coordinator, "Zaal niet beschikbaar");
        Assert.Equal(MeetingStatus.Cancelled, (await published.GetAsync(network.Member)).Status);
        Assert.Equal("Te weinig aanmeldingen", (await concept.GetAsync(network.Member)).CancelReason);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(startedId.Stream("meeting"), "meeting.cannot-cancel",
            () => started.CancelAsync(network.Coordinator, "Te laat"));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(startedId.Stream("meeting"), "meeting.not-concept",
            () => started.PublishAsync(network.Coordinator));
    }

    [Fact]
    public async Task LifecycleCommands_AreForCoordinators_AndInTheRightOrder()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.agenda-empty", () => meeting.PublishAsync(network.Coordinator));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-published", () => meeting.StartAsync(network.Coordinator, overrideDay: true));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-started", () => meeting.CloseAsync(network.Coordinator));
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        foreach (var command in new Func<Actor, Task>[] { meeting.PublishAsync, meeting.AssembleDraftAgendaAsync, a => meeting.CancelAsync(a, "Reden") })
        {
            await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => command(network.Member));
        }

        await meeting.PublishAsync(network.Coordinator);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.StartAsync(network.Member, overrideDay: true));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-concept", () => meeting.AssembleDraftAgendaAsync(network.Coordinator));
        await meeting.StartAsync(network.Coordinator, overrideDay: true);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.CloseAsync(network.Member));
        await meeting.CloseAsync(network.Coordinator);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-started", () => meeting.CloseAsync(network.Coordinator));
    }

    [Fact]
    public async Task Plan_Rules_AreEnforced()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = Guid.NewGuid();
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => meeting.PlanAsync(network.Member, network.Id, "Bijeenkomst", NextTuesday, NextTuesday.AddHours(2)));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.ends-before-start",
            () => meeting.PlanAsync(network.Coordinator, network.Id, "Bijeenkomst", NextTuesday, NextTuesday));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.starts-in-past",
            () => meeting.PlanAsync(network.Coordinator, network.Id, "Bijeenkomst", NextTuesday.AddDays(-30), NextTuesday.AddDays(-30).AddHours(2)));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "meeting.not-found", () => meeting.GetAsync(network.Member));

        await meeting.PlanAsync(network.Coordinator, network.Id, "Bijeenkomst", NextTuesday, NextTuesday.AddHours(2));
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.PlanAsync(network.Coordinator, network.Id, "Bijeenkomst", NextTuesday, NextTuesday.AddHours(2)));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.exists",
            () => meeting.PlanAsync(network.Coordinator, network.Id, "Nog eens", NextTuesday, NextTuesday.AddHours(2)));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.GetAsync(network.Outsider));
    }

    [Fact]
    public async Task Agenda_CanBeEditedBeforeTheStart_AndIsLockedAfter()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);

        var theme = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Gast: wijkteam stelt zich voor", 30, network.Coordinator.UserId, null);
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.AddAgendaItemAsync(network.Coordinator, theme, AgendaItemKind.Theme, "Gast: wijkteam stelt zich voor", 30, network.Coordinator.UserId, null));
        await meeting.MoveAgendaItemAsync(network.Coordinator, theme, 1);
        var agenda = (await meeting.GetAsync(network.Member)).Agenda;
        Assert.Equal(
            [AgendaItemKind.Opening, AgendaItemKind.Theme, AgendaItemKind.Announcements, AgendaItemKind.AnyOtherBusiness, AgendaItemKind.Closing],
            agenda.Select(i => i.Kind).ToArray());
        await meeting.RemoveAgendaItemAsync(network.Coordinator, agenda[2].Id);
        Assert.Equal(4, (await meeting.GetAsync(network.Member)).Agenda.Length);

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-case",
            () => meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Case, "Casus zonder casus", 20, null, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-minutes",
            () => meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Thema", 0, null, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.presenter-not-member",
            () => meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Thema", 10, network.Outsider.UserId, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-position",
            () => meeting.MoveAgendaItemAsync(network.Coordinator, theme, 9));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "meeting.item-not-found",
            () => meeting.RemoveAgendaItemAsync(network.Coordinator, Guid.NewGuid()));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => meeting.AddAgendaItemAsync(network.Member, Guid.NewGuid(), AgendaItemKind.Theme, "Thema", 10, null, null));

        await meeting.PublishAsync(network.Coordinator);
        await meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Announcements, "Nog een mededeling", 5, null, null);
        await meeting.StartAsync(network.Coordinator, overrideDay: true);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.agenda-locked",
            () => meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Te laat", 10, null, null));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.agenda-locked",
            () => meeting.RemoveAgendaItemAsync(network.Coordinator, theme));
    }

    [Fact]
    public async Task CaseItem_PutsTheSubmittedCaseOnTheAgenda_Once()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var concept = await network.OpenCaseAsync(network.Member);
        var submitted = await network.OpenCaseAsync(network.OtherMember);
        await network.Case(submitted).SubmitAsync(network.OtherMember);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("meeting"), "case.not-submitted",
            () => meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Case, "Casus", 20, network.Member.UserId, concept));
        await meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Case, "Casus", 20, network.OtherMember.UserId, submitted);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("meeting"), "meeting.case-already-on-agenda",
            () => meeting.AddAgendaItemAsync(network.Coordinator, Guid.NewGuid(), AgendaItemKind.Case, "Casus", 20, null, submitted));
        Assert.Equal(CaseStatus.OnAgenda, (await network.Case(submitted).GetAsync(network.Coordinator)).Status);
    }

    [Fact]
    public async Task Rsvp_IsForMembersOfAPublishedMeeting()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-published", () => meeting.RespondAsync(network.Member, Rsvp.Yes));
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);

        await meeting.RespondAsync(network.Member, Rsvp.Yes);
        await meeting.RespondAsync(network.OtherMember, Rsvp.Maybe);
        await meeting.RespondAsync(network.OtherMember, Rsvp.No);

        var rsvps = (await meeting.GetAsync(network.Coordinator)).Rsvps;
        Assert.Equal(Rsvp.Yes, rsvps[network.Member.UserId]);
        Assert.Equal(Rsvp.No, rsvps[network.OtherMember.UserId]);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.RespondAsync(network.Outsider, Rsvp.Yes));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.RespondAsync(network.Invited, Rsvp.Yes));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.invalid-choice", () => meeting.RespondAsync(network.Member, (Rsvp)7));
    }

    [Fact]
    public async Task Attendance_FollowsJoinAndLeave_WhileStarted()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("meeting"), "meeting.not-started", () => meeting.JoinAsync(network.Member));
        await meeting.StartAsync(network.Coordinator, overrideDay: true);

        await meeting.JoinAsync(network.Member);
        await meeting.JoinAsync(network.Member);
        await meeting.JoinAsync(network.OtherMember);
        await meeting.LeaveAsync(network.Member);

        Assert.Equal([network.OtherMember.UserId], (await meeting.GetAsync(network.Coordinator)).Present.ToArray());
        await silo.Database.AssertRefusedAsync<NotAllowedException>(id.Stream("meeting"), "network.members-only", () => meeting.JoinAsync(network.Outsider));
    }

    [Fact]
    public async Task LiveMeeting_CurrentItemContributionsAndHands()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        await meeting.GoToItemAsync(network.Coordinator, 2);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Question, "Heeft hij familie in de buurt?");
        await meeting.RaiseHandAsync(network.Member);
        await meeting.JoinAsync(network.OtherMember);
        await meeting.RaiseHandAsync(network.OtherMember);
        await meeting.GiveFloorAsync(network.Coordinator, network.Member.UserId);

        var view = await meeting.GetAsync(network.OtherMember);
        Assert.Equal(2, view.CurrentItem);
        var contribution = Assert.Single(view.Contributions);
        Assert.Equal((view.Agenda[2].Id, network.Member.UserId, ContributionKind.Question), (contribution.AgendaItemId, contribution.AuthorId, contribution.Kind));
        Assert.Equal([network.OtherMember.UserId], view.Hands.ToArray());
        Assert.Equal(network.Member.UserId, view.Floor);

        await meeting.LowerHandAsync(network.OtherMember);
        Assert.Empty((await meeting.GetAsync(network.OtherMember)).Hands);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.GoToItemAsync(network.Member, 1));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.item-index", () => meeting.GoToItemAsync(network.Coordinator, 99));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.not-present", () => meeting.GiveFloorAsync(network.Coordinator, network.Invited.UserId));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.GiveFloorAsync(network.Member, network.OtherMember.UserId));
    }

    [Fact]
    public async Task Contributions_AreForAttendees_WhileStarted_AndPassThePrivacyCheck()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "meeting.attendees-only",
            () => meeting.PostContributionAsync(network.OtherMember, Guid.NewGuid(), ContributionKind.Remark, "Ik ben er niet bij"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => meeting.RaiseHandAsync(network.Outsider));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Advice, "Mail zijn dochter via fatma.yilmaz@example.nl"));
        Assert.Equal(PersonalDataKind.Email, Assert.Single(Assert.Single(refused.Fields).Findings).Kind);
        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE Payload LIKE '%fatma.yilmaz%'"));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required",
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, " "));

        await meeting.CloseAsync(network.Coordinator);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "meeting.not-started",
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Na afloop"));
    }

    [Fact]
    public async Task Coordinator_RecordsAdviceActionPointsAndEscalations_ForCasesOnTheAgenda()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        var adviceId = Guid.NewGuid();
        var actionPointId = Guid.NewGuid();
        var escalationId = Guid.NewGuid();
        await meeting.RecordAdviceAsync(network.Coordinator, adviceId, caseId, "Samen met de imam een bezoek afleggen.", "Lid 1 neemt contact op met de moskee.");
        await meeting.RecordActionPointAsync(network.Coordinator, actionPointId, "Contact opnemen met de moskee", network.Member.UserId, DueDate, caseId);
        await meeting.RecordEscalationAsync(network.Coordinator, escalationId, caseId, TestNetwork.Institution, TestNetwork.Contact, "Mogelijk depressieve klachten", Urgency.High);

        var view = await meeting.GetAsync(network.Member);
        var advice = Assert.Single(view.Advice);
        Assert.Equal((adviceId, caseId), (advice.Id, advice.CaseId));
        Assert.Equal(actionPointId, Assert.Single(view.ActionPoints).Id);
        Assert.Equal(escalationId, Assert.Single(view.Escalations).EscalationId);
        Assert.Equal(actionPointId, Assert.Single((await network.Network.GetAsync(network.Member)).ActionPoints).Id);
        var caseView = await network.Case(caseId).GetAsync(network.Member);
        Assert.Equal(CaseStatus.Discussed, caseView.Status);
        Assert.Equal(escalationId, Assert.Single(caseView.Escalations).Id);

        var otherCase = await network.OpenCaseAsync(network.Member);
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.case-not-on-agenda",
            () => meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), otherCase, "Advies", "Stappen"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => meeting.RecordAdviceAsync(network.Member, Guid.NewGuid(), caseId, "Advies", "Stappen"));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "case.unknown-institution",
            () => meeting.RecordEscalationAsync(network.Coordinator, Guid.NewGuid(), caseId, "onbekend", TestNetwork.Contact, "Reden", Urgency.Normal));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.owner-not-member",
            () => meeting.RecordActionPointAsync(network.Coordinator, Guid.NewGuid(), "Iets", network.Outsider.UserId, DueDate, null));
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), caseId, "Zijn BSN is 111222333", "Stappen"));
    }

    [Fact]
    public async Task PostContribution_RepeatedWithTheSameId_PostsOneContribution()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var contributionId = Guid.NewGuid();
        Task Post() => meeting.PostContributionAsync(network.Member, contributionId, ContributionKind.Question, "Heeft hij familie in de buurt?");
        await Post();

        await silo.Database.AssertIgnoredAsync([id.Stream("meeting")], Post);

        Assert.Equal(contributionId, Assert.Single((await meeting.GetAsync(network.Member)).Contributions).Id);
    }

    [Fact]
    public async Task PostContribution_BeyondTheMaximumOfTheItem_IsRefused_WhileTheNextItemTakesMore()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        await Task.WhenAll(Enumerable.Range(0, MeetingGrain.MaxContributionsPerItem).Select(n =>
            meeting.PostContributionAsync(n % 2 == 0 ? network.Member : network.Coordinator, Guid.NewGuid(), ContributionKind.Remark, "Nog een gedachte.")));

        var refused = await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("meeting"), "meeting.item-full",
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Nummer vijfhonderdeen."));
        await meeting.GoToItemAsync(network.Coordinator, 1);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Over het volgende punt.");

        Assert.Contains("500 bijdragen", refused.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingGrain.MaxContributionsPerItem + 1, (await meeting.GetAsync(network.Member)).Contributions.Length);
    }

    [Fact]
    public async Task PostContribution_RetriedAfterTheMeetingClosed_IsDone_ButAnotherAuthorCannotReuseItsId()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var contributionId = Guid.NewGuid();
        await meeting.PostContributionAsync(network.Member, contributionId, ContributionKind.Question, "Heeft hij familie in de buurt?");
        await meeting.CloseAsync(network.Coordinator);

        await silo.Database.AssertIgnoredAsync([id.Stream("meeting")], () => meeting.PostContributionAsync(network.Member, contributionId, ContributionKind.Question, "Heeft hij familie in de buurt?"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(id.Stream("meeting"), "meeting.contribution-id-taken",
            () => meeting.PostContributionAsync(network.Coordinator, contributionId, ContributionKind.Advice, "Iets anders."));
    }

    [Fact]
    public async Task RecordAdvice_RepeatedWithTheSameId_RecordsTheAdviceOnce()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var adviceId = Guid.NewGuid();
        Task Advise() => meeting.RecordAdviceAsync(network.Coordinator, adviceId, caseId, "Samen met de imam een bezoek afleggen.", "Lid 1 belt de moskee.");
        await Advise();

        await silo.Database.AssertIgnoredAsync([id.Stream("meeting"), caseId.Stream("case")], Advise);

        Assert.Equal(adviceId, Assert.Single((await meeting.GetAsync(network.Member)).Advice).Id);
        Assert.Equal(adviceId, Assert.Single((await network.Case(caseId).GetAsync(network.Member)).Advice).Id);
    }

    [Fact]
    public async Task RecordActionPoint_RepeatedWithTheSameId_CreatesOneActionPoint()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var actionPointId = Guid.NewGuid();
        Task Record() => meeting.RecordActionPointAsync(network.Coordinator, actionPointId, "Contact opnemen met de moskee", network.Member.UserId, DueDate, caseId);
        await Record();

        await silo.Database.AssertIgnoredAsync([id.Stream("meeting"), network.NetworkStream()], Record);

        Assert.Equal(actionPointId, Assert.Single((await meeting.GetAsync(network.Member)).ActionPoints).Id);
        Assert.Equal(actionPointId, Assert.Single((await network.Network.GetAsync(network.Member)).ActionPoints).Id);
    }

    [Fact]
    public async Task RecordEscalation_RepeatedWithTheSameId_CreatesOneEscalation()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var escalationId = Guid.NewGuid();
        Task Escalate() => meeting.RecordEscalationAsync(network.Coordinator, escalationId, caseId, TestNetwork.Institution, TestNetwork.Contact, "Mogelijk depressieve klachten", Urgency.High);
        await Escalate();

        await silo.Database.AssertIgnoredAsync([id.Stream("meeting"), caseId.Stream("case"), network.NetworkStream()], Escalate);

        Assert.Equal(escalationId, Assert.Single((await meeting.GetAsync(network.Member)).Escalations).EscalationId);
        Assert.Equal(escalationId, Assert.Single((await network.Case(caseId).GetAsync(network.Member)).Escalations).Id);
        Assert.Equal(escalationId, Assert.Single((await network.Network.GetAsync(network.Coordinator)).OpenEscalations).EscalationId);
    }

    [Fact]
    public async Task RecordEscalation_RetriedAfterOnlyTheCaseStoredIt_CompletesTheMeetingWithoutASecondEscalation()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var escalationId = Guid.NewGuid();
        const string reason = "Mogelijk depressieve klachten";
        // What the meeting's first attempt left behind when its own commit failed after the case had escalated.
        await network.Case(caseId).EscalateAsync(network.Coordinator, escalationId, TestNetwork.Institution, TestNetwork.Contact, reason, Urgency.High);
        Assert.Empty((await meeting.GetAsync(network.Member)).Escalations);

        await silo.Database.AssertIgnoredAsync([caseId.Stream("case"), network.NetworkStream()],
            () => meeting.RecordEscalationAsync(network.Coordinator, escalationId, caseId, TestNetwork.Institution, TestNetwork.Contact, reason, Urgency.High));

        var recorded = Assert.Single((await meeting.GetAsync(network.Member)).Escalations);
        Assert.Equal((escalationId, caseId), (recorded.EscalationId, recorded.CaseId));
        Assert.Equal(escalationId, Assert.Single((await network.Case(caseId).GetAsync(network.Member)).Escalations).Id);
        Assert.Equal(escalationId, Assert.Single((await network.Network.GetAsync(network.Coordinator)).OpenEscalations).EscalationId);
    }

    [Fact]
    public async Task Minutes_ExistOnceTheMeetingIsClosed()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        await meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), caseId, "Advies", "Vervolg");

        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("meeting"), "meeting.not-closed", () => meeting.GetMinutesAsync(network.Member));
        await meeting.CloseAsync(network.Coordinator);

        var minutes = await meeting.GetMinutesAsync(network.Coordinator);
        Assert.Equal([network.Coordinator.UserId, network.Member.UserId], minutes.Attendees.ToArray());
        Assert.Equal("Advies", Assert.Single(Assert.Single(minutes.Cases).Advice).Advice);
    }
}
