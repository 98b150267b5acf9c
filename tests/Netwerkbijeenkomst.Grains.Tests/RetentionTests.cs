using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Netwerkbijeenkomst.Grains.Cases;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>A closed case loses every text after the retention period, everywhere in the database; its facts stay.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    // One unusual word in every kind of text about the case, so the database can be searched for each.
    private static readonly string[] Markers =
        ["moskee", "trapleuning", "rolstoelbus", "pannenkoek", "boodschappenlijst", "wasmachine", "slapeloosheid", "huisbezoek", "fietsenstalling", "zomerkamp",
            "koelkastdeur", "wachtlijst", "dakgoot", "regenpijp"];

    // Said under another agenda item and about no case: it is not the case's to erase.
    private const string NotAboutTheCase = "koffieochtend";

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TestSilos.Start);
    private readonly InProcessTestCluster _cluster;

    public RetentionTests()
    {
        _cluster = TestSilos.Build(_database, _clock, silos: 2, silo =>
        {
            TestSilos.RemindersOnRealTime(silo);
            silo.Configure<CaseRetentionOptions>(options => options.After = Retention);
        });
    }

    private FakeTimeProvider Clock => _clock;

    private IGrainFactory Grains => _cluster.Client;

    [Fact]
    public async Task ClosedCase_LosesEveryText_AfterTheRetentionPeriod_ButKeepsItsFacts()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.Client);
        var (meetingId, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(meetingId);
        var grain = network.Case(caseId);
        var caseItem = (await meeting.GetAsync(network.Coordinator)).Agenda.ToList().FindIndex(i => i.CaseId == caseId);
        await meeting.GoToItemAsync(network.Coordinator, caseItem);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Question, "Is er al een trapleuning in huis?");

        // Under another item, a contribution about the case (its poster picked the case) and one about nothing in particular.
        var otherItem = (await meeting.GetAsync(network.Coordinator)).Agenda.ToList().FindIndex(i => i.CaseId is null);
        await meeting.GoToItemAsync(network.Coordinator, otherItem);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "De rolstoelbus rijdt ook naar de moskee.", caseId);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Volgende week is er weer een koffieochtend.");
        await meeting.RecordAdviceAsync(network.Coordinator, Guid.NewGuid(), caseId, "Samen een pannenkoek gaan eten in de buurt.", "Een boodschappenlijst maken met de buurt.");
        var actionPoint = Guid.NewGuid();
        await meeting.RecordActionPointAsync(network.Coordinator, actionPoint, "Vragen of de wasmachine gerepareerd kan worden", network.Member.UserId, new DateOnly(2026, 12, 1), caseId);
        await network.Network.EditActionPointAsync(network.Coordinator, actionPoint, "Vragen of de wasmachine en de koelkastdeur gerepareerd kunnen worden");
        await network.Network.MoveActionPointDueDateAsync(network.Member, actionPoint, new DateOnly(2026, 12, 15), "De monteur heeft een wachtlijst.");
        await network.Network.CloseActionPointAsync(network.Member, actionPoint, ActionPointOutcome.Done, "Ook de dakgoot is meteen gemaakt.");
        var escalation = Guid.NewGuid();
        await meeting.RecordEscalationAsync(network.Coordinator, escalation, caseId, TestNetwork.Institution, TestNetwork.Contact, "Aanhoudende slapeloosheid", Urgency.High);
        await meeting.CloseAsync(network.Coordinator);
        var caseItemId = (await meeting.GetAsync(network.Coordinator)).Agenda[caseItem].Id;
        await meeting.WriteMinutesNoteAsync(network.Coordinator, caseItemId, "Besloten: eerst de regenpijp laten maken.");
        await meeting.ApproveMinutesAsync(network.Coordinator);
        await grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.ContactMade, "Eerste huisbezoek gepland.");
        await grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.Closed, null);
        await grain.AddFollowUpNoteAsync(network.Member, "Hij gaat weer naar de fietsenstalling van het buurthuis.");
        await grain.CloseAsync(network.Coordinator, CaseOutcome.ReferredToCare, "Doet mee aan het zomerkamp.");
        Assert.All(Markers, marker => Assert.NotEmpty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, marker)));

        Assert.Equal(1, _database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", caseId.Stream("case"))));

        // A day before the end of the period a tick changes nothing, even after every silo restarted ...
        Clock.Advance(Retention - TimeSpan.FromDays(1));
        await _cluster.RestartAllSilosAsync();
        grain = network.Case(caseId);
        await Grains.TickAsync(grain, CaseGrain.RetentionReminder, Clock.GetUtcNow().UtcDateTime);
        Assert.False((await grain.GetFactsAsync()).TextsErased);
        Assert.All(Markers, marker => Assert.NotEmpty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, marker)));
        Assert.Equal(1, _database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", caseId.Stream("case"))));

        // ... and the tick when it ends erases the texts and removes the reminder.
        Clock.Advance(TimeSpan.FromDays(1));
        await Grains.TickAsync(grain, CaseGrain.RetentionReminder, Clock.GetUtcNow().UtcDateTime);
        var facts = await grain.GetFactsAsync();

        Assert.True(facts.TextsErased);
        Assert.All(Markers, marker => Assert.Empty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, marker)));
        Assert.NotEmpty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, NotAboutTheCase));
        Assert.Equal([CaseTheme.Loneliness, CaseTheme.Health], facts.Themes.ToArray());
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ReferredToCare, AgeBand.From65To74), (facts.Status, facts.Outcome, facts.AgeBand));
        Assert.Equal(new EscalationFact(TestNetwork.Institution, EscalationStatus.Closed), Assert.Single(facts.Escalations));
        Assert.NotNull(facts.ClosedAt);
        Assert.Equal(0, _database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", caseId.Stream("case"))));

        // The records themselves stay readable, without their texts.
        var minutes = await network.Meeting(meetingId).GetMinutesAsync(network.Member);
        Assert.Equal("", Assert.Single(Assert.Single(minutes.Cases).Advice).Advice);
        Assert.Null(minutes.Items.Single(i => i.CaseId == caseId).Note);
        var view = await network.Case(caseId).GetAsync(network.Coordinator);
        Assert.Equal(("", ""), (view.Details.Situation, view.Details.Question));
        Assert.Equal(3, Assert.Single(view.Escalations).History.Length);
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }
}
