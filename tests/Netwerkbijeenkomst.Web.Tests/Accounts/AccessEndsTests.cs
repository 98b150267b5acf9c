using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>Access ends when the account does: its live connections close at once, it cannot post, and its cookie signs out.</summary>
public sealed class AccessEndsTests(StartedMeeting meeting) : IClassFixture<StartedMeeting>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DeletingTheAccount_ClosesItsRoomAndCaseConnections_AndItCannotPost()
    {
        var member = DemoData.Members[2].Account;
        var actor = await meeting.Demo.ActorAsync(member);
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var room = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader);
        await room.InvokeAsync("Join", meeting.MeetingId);
        await using var casePage = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader, "hubs/case");
        await casePage.InvokeAsync("Watch", CaseId());

        var deleted = await signedIn.PostFormAsync("/account/mijn-gegevens", "/account/mijn-gegevens?handler=Delete", new() { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await room.Closed.WaitAsync(Patience);
        await casePage.Closed.WaitAsync(Patience);

        // Still on the presence list until the meeting grain hears the connection went: the grain asks the network all the same.
        var refused = await Assert.ThrowsAnyAsync<DomainException>(() =>
            meeting.Demo.Grains.GetGrain<IMeetingGrain>(meeting.MeetingId).PostContributionAsync(actor, Guid.NewGuid(), ContributionKind.Remark, "Nog één ding.", null));
        Assert.IsType<NotAllowedException>(refused, exactMatch: false);
        Assert.DoesNotContain((await meeting.Demo.MeetingAsync()).Contributions, c => c.AuthorId == actor.UserId);
    }

    [Fact]
    public async Task DeletedAccountsCookie_SignsOutToTheSignInPage_WithoutAnError()
    {
        var member = DemoData.Members[3].Account;
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        using var copy = SignedInClient.WithCookies(meeting.Factory, signedIn.CookieHeader);
        var deleted = await signedIn.PostFormAsync("/account/mijn-gegevens", "/account/mijn-gegevens?handler=Delete", new() { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        foreach (var page in new[] { "/account/mijn-gegevens", "/netwerken/utrecht", $"/bijeenkomsten/{meeting.MeetingId}" })
        {
            var response = await copy.GetAsync(page);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/account/inloggen", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
        }

        var home = await copy.GetPageAsync("/");
        Assert.DoesNotContain("Mijn netwerken", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatedMember_IsPutOutOfTheCasePage_AsOfTheRoom()
    {
        var member = DemoData.Members[5].Account;
        var actor = await meeting.Demo.ActorAsync(member);
        using var signedIn = await SignedInClient.SignInAsync(meeting.Factory, member.Email);
        await using var casePage = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader, "hubs/case");
        await casePage.InvokeAsync("Watch", CaseId());

        await meeting.Demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId)
            .DeactivateMemberAsync(await meeting.Demo.ActorAsync(DemoData.Coordinator), actor.UserId);

        await casePage.Closed.WaitAsync(Patience);
        await using var again = await HubClient.ConnectAsync(meeting.Factory, signedIn.CookieHeader, "hubs/case");
        await Assert.ThrowsAsync<HubErrorException>(() => again.InvokeAsync("Watch", CaseId()));
    }

    private Guid CaseId() => meeting.View.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
}
