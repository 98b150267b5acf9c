using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>A closed case loses every text after the retention period, everywhere in the database; its facts stay.</summary>
public sealed class RetentionTests : IAsyncLifetime
{
    private static readonly TimeSpan Retention = TimeSpan.FromDays(30);
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    // One unusual word in every kind of text about the case, so the database can be searched for each.
    private static readonly string[] Markers =
        ["moskee", "trapleuning", "pannenkoek", "boodschappenlijst", "wasmachine", "slapeloosheid", "huisbezoek", "fietsenstalling", "zomerkamp"];

    private readonly TestDatabase _database = new();
    private readonly TestCluster _cluster;

    public RetentionTests()
    {
        var builder = new TestClusterBuilder().AddSiloBuilderConfigurator<GrainsSiloConfigurator>();
        builder.Properties["ConnectionStrings:Silo"] = _database.ConnectionString;
        builder.Properties["CaseRetention:After"] = Retention.ToString("c", System.Globalization.CultureInfo.InvariantCulture);
        _cluster = builder.Build();
    }

    private FakeTimeProvider Clock => (FakeTimeProvider)_cluster.ServiceProvider.GetRequiredService<TimeProvider>();

    [Fact]
    public async Task ClosedCase_LosesEveryText_AfterTheRetentionPeriod_ButKeepsItsFacts()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.GrainFactory);
        var (meetingId, caseId) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(meetingId);
        var grain = network.Case(caseId);
        var caseItem = (await meeting.GetAsync(network.Coordinator)).Agenda.ToList().FindIndex(i => i.CaseId == caseId);
        await meeting.GoToItemAsync(network.Coordinator, caseItem);
        await meeting.PostContributionAsync(network.Member, ContributionKind.Question, "Is er al een trapleuning in huis?");
        await meeting.RecordAdviceAsync(network.Coordinator, caseId, "Samen een pannenkoek gaan eten in de buurt.", "Een boodschappenlijst maken met de buurt.");
        await meeting.RecordActionPointAsync(network.Coordinator, "Vragen of de wasmachine gerepareerd kan worden", network.Member.UserId, new DateOnly(2026, 12, 1), caseId);
        var escalation = await meeting.RecordEscalationAsync(network.Coordinator, caseId, TestNetwork.Institution, TestNetwork.Contact, "Aanhoudende slapeloosheid", Urgency.High);
        await meeting.CloseAsync(network.Coordinator);
        await grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.ContactMade, "Eerste huisbezoek gepland.");
        await grain.ChangeEscalationAsync(network.Coordinator, escalation, EscalationStatus.Closed, null);
        await grain.AddFollowUpNoteAsync(network.Member, "Hij gaat weer naar de fietsenstalling van het buurthuis.");
        await grain.CloseAsync(network.Coordinator, CaseOutcome.ReferredToCare, "Doet mee aan het zomerkamp.");
        Assert.All(Markers, marker => Assert.NotEmpty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, marker)));

        // A day before the end of the period everything is still there ...
        Clock.Advance(Retention - TimeSpan.FromDays(1));
        Assert.False((await grain.GetFactsAsync()).TextsErased);
        Assert.All(Markers, marker => Assert.NotEmpty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, marker)));

        // ... and when it ends, the reminder erases the texts; the call after it runs once it is done.
        Clock.Advance(TimeSpan.FromDays(1));
        var facts = await grain.GetFactsAsync();

        Assert.True(facts.TextsErased);
        Assert.All(Markers, marker => Assert.Empty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, marker)));
        Assert.Equal([CaseTheme.Loneliness, CaseTheme.Health], facts.Themes.ToArray());
        Assert.Equal((CaseStatus.Closed, CaseOutcome.ReferredToCare, AgeBand.From65To74), (facts.Status, facts.Outcome, facts.AgeBand));
        Assert.Equal(new EscalationFact(TestNetwork.Institution, EscalationStatus.Closed), Assert.Single(facts.Escalations));
        Assert.NotNull(facts.ClosedAt);
        Assert.Equal(0, _database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", caseId.Stream("case"))));

        // The records themselves stay readable, without their texts.
        var minutes = await network.Meeting(meetingId).GetMinutesAsync(network.Member);
        Assert.Equal("", Assert.Single(Assert.Single(minutes.Cases).Advice).Advice);
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
