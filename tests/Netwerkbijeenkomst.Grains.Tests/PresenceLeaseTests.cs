using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Netwerkbijeenkomst.Testing;
using Orleans.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>
/// Presence lives in the meeting grain's memory: a web node's connection is a lease the node renews, reconnects store
/// nothing after the first join, changes go to the nodes' observers, and after a crash presence is rebuilt from the
/// renewals, so the people of a node that died never come back as ghosts. A cluster of its own, so its clock and restarts
/// touch no other test.
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
    public async Task Reconnects_AfterTheFirstJoin_StoreNothing_AndAttendanceCountsThePersonOnce()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");
        var afterFirstJoin = _database.EventCount(id.Stream("meeting"));

        for (var reconnect = 0; reconnect < 5; reconnect++)
        {
            await meeting.LeaveAsync(network.Member, "node-a");
            await meeting.JoinAsync(network.Member, reconnect % 2 == 0 ? "node-b" : "node-a");
        }

        await meeting.LeaveAsync(network.Member);
        await meeting.JoinAsync(network.Member);

        Assert.Equal(afterFirstJoin, _database.EventCount(id.Stream("meeting")));
        Assert.Equal(1, _database.EventCount(id.Stream("meeting"), nameof(AttendeeJoined)));
        Assert.Equal(0, _database.EventCount(id.Stream("meeting"), nameof(AttendeeLeft)));
        await meeting.CloseAsync(network.Coordinator);
        Assert.Equal(1, (await meeting.GetMinutesAsync(network.Coordinator)).Attendees.Count(a => a == network.Member.UserId));
    }

    [Fact]
    public async Task Presence_HeldByANodeThatDied_LapsesAtTheNextRenewalOfANodeThatLives()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");
        await meeting.JoinAsync(network.OtherMember, "node-b");
        var stored = _database.EventCount(id.Stream("meeting"));

        // node-a dies: only node-b renews, every RenewEvery.
        for (var elapsed = TimeSpan.Zero; elapsed < AfterTheLease; elapsed += PresenceLease.RenewEvery)
        {
            _clock.Advance(PresenceLease.RenewEvery);
            await meeting.RenewPresenceAsync("node-b", [network.OtherMember.UserId]);
        }

        Assert.Equal([network.OtherMember.UserId], (await meeting.GetAsync(network.Coordinator)).Present.ToArray());
        Assert.Equal(stored, _database.EventCount(id.Stream("meeting")));
    }

    [Fact]
    public async Task Presence_BeforeTheLeaseRunsOut_Stays()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");

        _clock.Advance(PresenceLease.Duration - TimeSpan.FromSeconds(1));

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
    public async Task Join_WithoutANode_IsNotLeased_AndStaysUntilLeave()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member);
        await meeting.JoinAsync(network.OtherMember, "node-a");

        _clock.Advance(AfterTheLease);

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

    [Fact]
    public async Task Renewal_ForSomeoneWhoNeverJoined_DoesNotMakeThemPresent()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);

        await meeting.RenewPresenceAsync("node-a", [network.Member.UserId]);

        Assert.Empty((await meeting.GetAsync(network.Coordinator)).Present);
    }

    [Fact]
    public async Task PresenceChanges_ReachEveryNodesObserver_Numbered_AndJoinAnswersWithTheCurrentOne()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        var nodeA = new PresenceInbox();
        var nodeB = new PresenceInbox();
        var observerA = _cluster.Client.CreateObjectReference<IMeetingPresenceObserver>(nodeA);
        var observerB = _cluster.Client.CreateObjectReference<IMeetingPresenceObserver>(nodeB);

        var first = await meeting.JoinAsync(network.Member, "node-a", observerA);
        var second = await meeting.JoinAsync(network.OtherMember, "node-b", observerB);
        await meeting.LeaveAsync(network.Member, "node-a");

        Assert.Equal([network.Member.UserId], first.Present.ToArray());
        Assert.Equal([network.Member.UserId, network.OtherMember.UserId], second.Present.ToArray());
        Assert.True(second.IsNewerThan(first));
        var bothSeen = await nodeA.ReceivedAsync(p => p.Present.Length == 2);
        Assert.Equal((second.Epoch, second.Version), (bothSeen.Epoch, bothSeen.Version));
        var left = await nodeB.ReceivedAsync(p => p.Present.SequenceEqual([network.OtherMember.UserId]));
        Assert.True(left.IsNewerThan(second));
    }

    [Fact]
    public async Task Presence_AfterEverySiloCrashed_IsRebuiltFromTheRenewals_WithoutGhosts()
    {
        var (network, id) = await StartedMeetingAsync();
        await network.Meeting(id).JoinAsync(network.Member, "node-a");
        var before = await network.Meeting(id).JoinAsync(network.OtherMember, "node-b");

        await _cluster.RestartAllSilosAsync();
        _clock.Advance(TimeSpan.FromSeconds(1));
        var meeting = network.Meeting(id);
        var fresh = (await meeting.GetAsync(network.Coordinator)).Present;
        var nodeB = new PresenceInbox();
        await meeting.RenewPresenceAsync("node-b", [network.OtherMember.UserId], _cluster.Client.CreateObjectReference<IMeetingPresenceObserver>(nodeB));
        var rebuilt = await meeting.GetAsync(network.Coordinator);

        Assert.Empty(fresh);
        Assert.Equal([network.OtherMember.UserId], rebuilt.Present.ToArray());
        Assert.True(rebuilt.Presence.IsNewerThan(before));
        var told = await nodeB.ReceivedAsync(p => p.Present.Length == 1);
        Assert.Equal((rebuilt.Presence.Epoch, rebuilt.Presence.Version), (told.Epoch, told.Version));
    }

    [Fact]
    public async Task RightAfterACrash_SomeoneWhoJoinedBefore_MayStillContribute_UntilTheFirstLeaseHasPassed()
    {
        var (network, id) = await StartedMeetingAsync();
        await network.Meeting(id).JoinAsync(network.Member, "node-a");

        await _cluster.RestartAllSilosAsync();
        var meeting = network.Meeting(id);
        await meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "Het wijkteam kan hier meedenken.");
        _clock.Advance(AfterTheLease);

        await _database.AssertRefusedAsync<Abstractions.NotAllowedException>(id.Stream("meeting"), "meeting.attendees-only",
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Remark, "En de huisarts ook."));
        Assert.Equal(1, _database.EventCount(id.Stream("meeting"), nameof(ContributionPosted)));
    }

    [Fact]
    public async Task Closing_EmptiesTheRoom_AndTellsTheNodes()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        var node = new PresenceInbox();
        var joined = await meeting.JoinAsync(network.Member, "node-a", _cluster.Client.CreateObjectReference<IMeetingPresenceObserver>(node));

        await meeting.CloseAsync(network.Coordinator);

        var emptied = await node.ReceivedAsync(p => p.Present.IsEmpty && p.IsNewerThan(joined));
        var after = (await meeting.GetAsync(network.Coordinator)).Presence;
        Assert.Equal((after.Epoch, after.Version), (emptied.Epoch, emptied.Version));
    }

    [Fact]
    public async Task ALeftoverPresenceReminder_StoresNothing()
    {
        var (network, id) = await StartedMeetingAsync();
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.Member, "node-a");
        var stored = _database.EventCount(id.Stream("meeting"));
        _clock.Advance(AfterTheLease);

        await _cluster.Client.TickAsync(meeting, Meetings.MeetingGrain.LegacyPresenceReminder, _clock.GetUtcNow().UtcDateTime);

        Assert.Equal(stored, _database.EventCount(id.Stream("meeting")));
        Assert.Equal(0, _database.EventCount(id.Stream("meeting"), nameof(AttendeeLeft)));
    }

    [Fact]
    public void OlderStreams_WithLeavesAndRepeatedJoins_FoldToEachPersonOnce()
    {
        var state = new Meetings.MeetingState();
        var at = NextTuesday;
        foreach (var e in new MeetingEvent[]
        {
            new MeetingStarted("coordinator", at),
            new AttendeeJoined("lid-1", at) { Node = "web-1" },
            new AttendeeJoined("lid-2", at),
            new AttendeeLeft("lid-1", at.AddMinutes(5)),
            new AttendeeJoined("lid-1", at.AddMinutes(6)) { Node = "web-2" },
            new AttendeeLeft("lid-2", at.AddMinutes(7)),
        })
        {
            state.Apply(e);
        }

        Assert.Equal(["lid-1", "lid-2"], state.Attended.ToArray());
    }

    public Task InitializeAsync() => _cluster.DeployAsync();

    public async Task DisposeAsync()
    {
        await _cluster.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Enter_BeforeTheStart_JoinsNothing_AfterIt_JoinsOnce_AndAnOutsiderIsRefused()
    {
        var network = await TestNetwork.CreateAsync(() => _cluster.Client);
        var id = await network.PlanMeetingAsync(NextTuesday);
        var meeting = network.Meeting(id);
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);

        var early = await meeting.EnterAsync(network.Member, "node-a");
        Assert.Equal((network.Id, MeetingStatus.Published), (early.NetworkId, early.Status));
        Assert.Empty(early.Presence.Present);
        Assert.Equal(0, _database.EventCount(id.Stream("meeting"), nameof(AttendeeJoined)));

        await meeting.StartAsync(network.Coordinator, overrideDay: true);
        var entered = await meeting.EnterAsync(network.Member, "node-a");
        var again = await meeting.EnterAsync(network.Member, "node-b");
        var watched = await meeting.LookInAsync(network.OtherMember);

        Assert.Equal(MeetingStatus.Started, entered.Status);
        Assert.Equal([network.Member.UserId], entered.Presence.Present.ToArray());
        Assert.Equal([network.Member.UserId], again.Presence.Present.ToArray());
        Assert.Equal([network.Member.UserId], watched.Presence.Present.ToArray());
        Assert.Equal(1, _database.EventCount(id.Stream("meeting"), nameof(AttendeeJoined)));
        await Assert.ThrowsAnyAsync<DomainException>(() => meeting.EnterAsync(network.Outsider, "node-a"));
        await Assert.ThrowsAnyAsync<DomainException>(() => meeting.LookInAsync(network.Outsider));
        Assert.Equal([network.Member.UserId], (await meeting.LookInAsync(network.Coordinator)).Presence.Present.ToArray());
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
}
