using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>Presence follows connections: one meeting per connection, one person however many tabs.</summary>
public sealed class RoomPresenceHubTests(StartedMeeting host) : IClassFixture<StartedMeeting>
{
    [Fact]
    public async Task SecondJoin_OnOneConnection_LeavesTheFirstMeeting()
    {
        var first = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var second = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var hub = await ConnectAsync(DemoData.Members[1].Account);

        await hub.RoomAsync(first.Id);
        var inSecond = await hub.RoomAsync(second.Id);

        Assert.DoesNotContain(memberId, (await MeetingAsync(first.Id)).Present);
        Assert.Contains(memberId, (await MeetingAsync(second.Id)).Present);
        Assert.Contains(memberId, inSecond.State.Present.UserIds);
    }

    [Fact]
    public async Task TwoTabs_OfOnePerson_CountOnce_AndLeavingOneKeepsThemPresent()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var tab = await ConnectAsync(DemoData.Members[1].Account);
        await using var otherTab = await ConnectAsync(DemoData.Members[1].Account);
        await tab.RoomAsync(meeting.Id);
        await otherTab.RoomAsync(meeting.Id);

        await tab.InvokeAsync("Leave", meeting.Id);
        var afterOne = await MeetingAsync(meeting.Id);
        await otherTab.InvokeAsync("Leave", meeting.Id);
        var afterBoth = await MeetingAsync(meeting.Id);

        Assert.Equal(1, afterOne.Present.Count(p => p == memberId));
        Assert.DoesNotContain(memberId, afterBoth.Present);
    }

    [Fact]
    public async Task Leave_OfAMeetingTheConnectionIsNotIn_LeavesNothing()
    {
        var joined = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var elsewhere = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var tab = await ConnectAsync(DemoData.Members[1].Account);
        await using var otherTab = await ConnectAsync(DemoData.Members[1].Account);
        await tab.RoomAsync(joined.Id);
        await otherTab.RoomAsync(elsewhere.Id);

        await tab.InvokeAsync("Leave", elsewhere.Id);

        Assert.Contains(memberId, (await MeetingAsync(elsewhere.Id)).Present);
        Assert.Contains(memberId, (await MeetingAsync(joined.Id)).Present);
    }

    [Fact]
    public async Task ASecondClient_SeesSomeoneComeInAndGo_ThroughPresenceMessagesInOrder()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var chair = await ConnectAsync(DemoData.Coordinator);
        var before = (await chair.RoomAsync(meeting.Id)).State.Present;

        var member = await ConnectAsync(DemoData.Members[1].Account);
        var joined = await member.RoomAsync(meeting.Id);
        var cameIn = await chair.PresenceAsync(p => p.UserIds.Contains(memberId));
        await member.DisposeAsync();
        var wentOut = await chair.PresenceAsync(p => !p.UserIds.Contains(memberId));

        Assert.True(Newer(cameIn, before));
        Assert.Equal((joined.State.Present.Epoch, joined.State.Present.Version), (cameIn.Epoch, cameIn.Version));
        Assert.True(Newer(wentOut, cameIn));
    }

    [Fact]
    public async Task Reconnects_AppendNoEvent_TheFirstJoinAppendsTheOneAttendance()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        var events = host.Factory.Services.GetRequiredService<IEventStore>();
        var before = (await events.ReadAsync<MeetingEvent>(MeetingStreams.Stream(meeting.Id))).Count;

        for (var connect = 0; connect < 4; connect++)
        {
            await using var hub = await ConnectAsync(DemoData.Members[1].Account);
            Assert.Contains(memberId, (await hub.RoomAsync(meeting.Id)).State.Present.UserIds);
            await hub.InvokeAsync("Leave", meeting.Id);
        }

        var added = (await events.ReadAsync<MeetingEvent>(MeetingStreams.Stream(meeting.Id))).Skip(before).Select(e => e.Event).ToList();
        Assert.Equal(memberId, Assert.IsType<AttendeeJoined>(Assert.Single(added)).By);
    }

    private static bool Newer(RoomPresent a, RoomPresent b) => a.Epoch != b.Epoch ? a.Epoch > b.Epoch : a.Version > b.Version;

    private async Task<HubClient> ConnectAsync(DemoAccount account)
    {
        using var http = await SignedInClient.SignInAsync(host.Factory, account.Email);
        return await HubClient.ConnectAsync(host.Factory, http.CookieHeader);
    }

    private async Task<MeetingView> MeetingAsync(Guid meetingId) =>
        await host.Demo.Grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(await host.Demo.ActorAsync(DemoData.Coordinator));
}
