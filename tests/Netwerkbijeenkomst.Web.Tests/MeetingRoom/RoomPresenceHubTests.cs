using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
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
        Assert.Contains(memberId, inSecond.State.Attendance.Present);
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

    private async Task<HubClient> ConnectAsync(DemoAccount account)
    {
        using var http = await SignedInClient.SignInAsync(host.Factory, account.Email);
        return await HubClient.ConnectAsync(host.Factory, http.CookieHeader);
    }

    private async Task<MeetingView> MeetingAsync(Guid meetingId) =>
        await host.Demo.Grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(await host.Demo.ActorAsync(DemoData.Coordinator));
}
