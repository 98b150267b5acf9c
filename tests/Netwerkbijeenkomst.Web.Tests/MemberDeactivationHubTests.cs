using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>A member set inactive loses the live room at once: the open connection is closed and every further call is refused.</summary>
public sealed class MemberDeactivationHubTests(StartedMeeting meeting) : IClassFixture<StartedMeeting>
{
    [Fact]
    public async Task DeactivatingAMember_ClosesTheirOpenRoomConnection_AndRefusesThemAfterwards()
    {
        var member = DemoData.Members[4].Account;
        var memberId = await meeting.Demo.ActorAsync(member);
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var hub = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader);
        await hub.InvokeAsync("Join", meeting.MeetingId);
        Assert.Contains(memberId.UserId, (await meeting.Demo.MeetingAsync()).Present);

        await meeting.Demo.Grains.GetGrain<Grains.Abstractions.Networks.INetworkGrain>(DemoData.NetworkId)
            .DeactivateMemberAsync(await meeting.Demo.ActorAsync(DemoData.Coordinator), memberId.UserId);

        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        await using var again = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader);
        var refused = await Assert.ThrowsAsync<HubErrorException>(() => again.InvokeAsync("Join", meeting.MeetingId));
        Assert.Contains(Web.MeetingRoom.HubRefusals.MeetingNotFoundMessage, refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<HubErrorException>(() => again.InvokeAsync("PostContribution", meeting.MeetingId, Guid.NewGuid(), "Remark", "Nog één ding.", null));
    }
    // The node knows the meeting's network before this member joins, so the registration made before the meeting grain's
    // membership check is the only one: the watcher must find it.
    [Fact]
    public async Task DeactivatingAMember_WhoJoinedAfterOthers_ClosesTheirConnection()
    {
        using var otherSignedIn = await SignedInClient.SignInAsync(meeting.Factory, DemoData.Members[3].Account.Email);
        await using var other = await HubClient.ConnectAsync(meeting.Factory, otherSignedIn.CookieHeader);
        await other.InvokeAsync("Join", meeting.MeetingId);

        var member = DemoData.Members[5].Account;
        var memberId = await meeting.Demo.ActorAsync(member);
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var hub = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader);
        await hub.InvokeAsync("Join", meeting.MeetingId);

        await meeting.Demo.Grains.GetGrain<Grains.Abstractions.Networks.INetworkGrain>(DemoData.NetworkId)
            .DeactivateMemberAsync(await meeting.Demo.ActorAsync(DemoData.Coordinator), memberId.UserId);

        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(other.Closed.IsCompleted);
        Assert.NotNull(await other.InvokeAsync("Watch", meeting.MeetingId));
    }

    // A refused Watch of another meeting (here one that does not exist) leaves the connection in its room's network.
    [Fact]
    public async Task ARefusedWatch_KeepsTheConnectionRegistered_SoADeactivationStillClosesIt()
    {
        var member = DemoData.Members[2].Account;
        var memberId = await meeting.Demo.ActorAsync(member);
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var hub = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader);
        await hub.InvokeAsync("Join", meeting.MeetingId);
        await Assert.ThrowsAsync<HubErrorException>(() => hub.InvokeAsync("Watch", Guid.NewGuid()));

        await meeting.Demo.Grains.GetGrain<Grains.Abstractions.Networks.INetworkGrain>(DemoData.NetworkId)
            .DeactivateMemberAsync(await meeting.Demo.ActorAsync(DemoData.Coordinator), memberId.UserId);

        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
