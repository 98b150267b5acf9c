using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Meetings;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>
/// Presence through a web node is a lease the node renews: a node that dies, or a crash of every silo, leaves no ghost in
/// the attendance after the repair interval. A cluster of its own, so its clock and restarts touch no other test.
/// </summary>
public sealed class PresenceLeaseTests : IAsyncLifetime
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));
    private static readonly TimeSpan AfterTheLease = PresenceLease.Duration + TimeSpan.FromSeconds(1);

    private readonly TestDatabase _database = new();
    private readonly FakeTimeProvider _clock = new(TestSilos.Start);
    private readonly InProcessTestCluster _cluster;

    public PresenceLeaseTests()
    {
        _cluster = TestSilos.Build(_database, _clock, silos: 2, TestSilos.RemindersOnRealTime);
    }

    [Fact]
    public async Task Presence_HeldByANodeThatDied_LapsesAtTheRepairTick_WhileARenewingNodeKeepsItsPeople()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");
        await meeting.JoinAsync(network.OtherMember, "node-b");

        // node-a dies: only node-b renews, every RenewEvery.
        for (var elapsed = TimeSpan.Zero; elapsed < AfterTheLease; elapsed += PresenceLease.RenewEvery)
        {
            _clock.Advance(PresenceLease.RenewEvery);
            await meeting.RenewPresenceAsync("node-b", [network.OtherMember.UserId]);
        }

        await TickAsync(meeting);
        var present = (await meeting.GetAsync(network.Coordinator)).Present;

        Assert.Equal([network.OtherMember.UserId], present.ToArray());
        Assert.Equal(1, _database.EventCount(id.Stream("meeting"), nameof(AttendeeLeft)));
        await TickAsync(meeting);
        Assert.Equal(1, _database.EventCount(id.Stream("meeting"), nameof(AttendeeLeft)));
    }

    [Fact]
    public async Task Presence_BeforeTheLeaseRunsOut_SurvivesTheRepairTick()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");

        _clock.Advance(PresenceLease.Duration - TimeSpan.FromSeconds(1));
        await TickAsync(meeting);

        Assert.Contains(network.Member.UserId, (await meeting.GetAsync(network.Coordinator)).Present);
    }

    [Fact]
    public async Task Leave_FromOneNode_KeepsSomeoneAnotherNodeHolds_UntilThatNodeLetsGoToo()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");
        await meeting.JoinAsync(network.Member, "node-b");

        await meeting.LeaveAsync(network.Member, "node-a");
        var afterOne = (await meeting.GetAsync(network.Coordinator)).Present;
        await meeting.LeaveAsync(network.Member, "node-b");
        var afterBoth = (await meeting.GetAsync(network.Coordinator)).Present;

        Assert.Contains(network.Member.UserId, afterOne);
        Assert.DoesNotContain(network.Member.UserId, afterBoth);
        Assert.Equal(1, _database.EventCount(id.Stream("meeting"), nameof(AttendeeJoined)));
    }

    [Fact]
    public async Task Presence_AfterEverySiloCrashed_LapsesForThoseNoNodeRenews()
    {
        var (network, id) = await StartedMeetingAsync();
        await network.Meeting(id).JoinAsync(network.Member, "node-a");
        await network.Meeting(id).JoinAsync(network.OtherMember, "node-b");

        await _cluster.RestartAllSilosAsync();
        var meeting = network.Meeting(id);
        Assert.Equal(2, (await meeting.GetAsync(network.Coordinator)).Present.Length);
        _clock.Advance(PresenceLease.RenewEvery);
        await meeting.RenewPresenceAsync("node-b", [network.OtherMember.UserId]);
        _clock.Advance(AfterTheLease - PresenceLease.RenewEvery);
        await TickAsync(meeting);

        Assert.Equal([network.OtherMember.UserId], (await meeting.GetAsync(network.Coordinator)).Present.ToArray());
    }

    [Fact]
    public async Task Join_WithoutANode_IsNotLeased_AndStaysUntilLeave()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member);
        await meeting.JoinAsync(network.OtherMember, "node-a");

        _clock.Advance(AfterTheLease);
        await TickAsync(meeting);

        Assert.Equal([network.Member.UserId], (await meeting.GetAsync(network.Coordinator)).Present.ToArray());
    }

    [Fact]
    public async Task Renewal_ForSomeoneWhoLeft_DoesNotBringThemBack()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");
        await meeting.LeaveAsync(network.Member, "node-a");

        await meeting.RenewPresenceAsync("node-a", [network.Member.UserId]);

        Assert.Empty((await meeting.GetAsync(network.Coordinator)).Present);
        Assert.Equal(1, _database.EventCount(id.Stream("meeting"), nameof(AttendeeJoined)));
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }

    private async Task<(TestNetwork Network, Guid Meeting)> StartedMeetingAsync()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.Client);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);
        await meeting.StartAsync(network.Coordinator, overrideDay: true);
        return (network, id);
    }

    private Task TickAsync(IMeetingGrain meeting) =>
        _cluster.Client.TickAsync(meeting, MeetingGrain.PresenceReminder, _clock.GetUtcNow().UtcDateTime);
}
