using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>A page of another site cannot use a visitor's cookie on the hub; the site's own pages and non-browser clients can.</summary>
public sealed class HubOriginTests(StartedMeeting host) : IClassFixture<StartedMeeting>
{
    private const string Foreign = "https://kwaadaardig.example";

    // App:PublicUrl in Development (appsettings.Development.json).
    private const string Public = "http://localhost:5080";

    [Fact]
    public async Task Negotiate_FromAForeignOrigin_WithAValidCookie_IsRefused()
    {
        using var signedIn = await SignedInClient.SignInAsync(host.Factory, DemoData.Members[0].Account.Email);

        using var foreign = await NegotiateAsync(signedIn.CookieHeader, origin: Foreign);
        using var own = await NegotiateAsync(signedIn.CookieHeader, origin: Public);
        using var none = await NegotiateAsync(signedIn.CookieHeader, origin: null);

        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Contains("andere website", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.OK, none.StatusCode);
    }

    [Fact]
    public async Task WebSocket_FromAForeignOrigin_WithAValidCookie_IsRefused_AndJoinsNothing()
    {
        using var signedIn = await SignedInClient.SignInAsync(host.Factory, DemoData.Members[0].Account.Email);

        var refused = await Assert.ThrowsAnyAsync<InvalidOperationException>(() => HubClient.ConnectAsync(host.Factory, signedIn.CookieHeader, origin: Foreign));
        await using var own = await HubClient.ConnectAsync(host.Factory, signedIn.CookieHeader, origin: Public);
        var joined = await own.RoomAsync(host.MeetingId);

        Assert.Contains("403", refused.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Started, joined.State.Meeting.Status);
    }

    [Fact]
    public async Task WebSocket_WithoutAnOrigin_AsTheDotNetClientConnects_IsAllowed()
    {
        using var signedIn = await SignedInClient.SignInAsync(host.Factory, DemoData.Members[0].Account.Email);

        await using var hub = await HubClient.ConnectAsync(host.Factory, signedIn.CookieHeader);

        Assert.Equal(MeetingStatus.Started, (await hub.RoomAsync(host.MeetingId)).State.Meeting.Status);
    }

    private async Task<HttpResponseMessage> NegotiateAsync(string cookie, string? origin)
    {
        using var client = host.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/hubs/meeting/negotiate?negotiateVersion=1");
        request.Headers.Add("Cookie", cookie);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return await client.SendAsync(request);
    }
}
