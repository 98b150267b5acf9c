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
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var hub = await JoinedAsync(signedIn);
        var memberId = await meeting.Demo.ActorAsync(member);
        Assert.Contains(memberId.UserId, (await meeting.Demo.MeetingAsync()).Present);

        await DeactivateAsync(member);

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
        await using var other = await JoinedAsync(otherSignedIn);
        var member = DemoData.Members[5].Account;
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var hub = await JoinedAsync(signedIn);

        await DeactivateAsync(member);

        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(other.Closed.IsCompleted);
        Assert.NotNull(await other.InvokeAsync("Watch", meeting.MeetingId));
    }

    // A refused Watch of another meeting (here one that does not exist) leaves the connection in its room's network.
    [Fact]
    public async Task ARefusedWatch_KeepsTheConnectionRegistered_SoADeactivationStillClosesIt()
    {
        var member = DemoData.Members[2].Account;
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var hub = await JoinedAsync(signedIn);
        await Assert.ThrowsAsync<HubErrorException>(() => hub.InvokeAsync("Watch", Guid.NewGuid()));

        await DeactivateAsync(member);

        await hub.Closed.WaitAsync(TimeSpan.FromSeconds(30));
    }

    private async Task<HubClient> JoinedAsync(SignedInClient signedIn)
    {
        var hub = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader);
        try
        {
            await hub.InvokeAsync("Join", meeting.MeetingId);
            return hub;
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    private async Task DeactivateAsync(DemoAccount member) =>
        await meeting.Demo.Grains.GetGrain<Grains.Abstractions.Networks.INetworkGrain>(DemoData.NetworkId)
            .DeactivateMemberAsync(await meeting.Demo.ActorAsync(DemoData.Coordinator), (await meeting.Demo.ActorAsync(member)).UserId);
}
