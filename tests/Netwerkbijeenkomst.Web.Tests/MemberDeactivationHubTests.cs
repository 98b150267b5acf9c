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
}
