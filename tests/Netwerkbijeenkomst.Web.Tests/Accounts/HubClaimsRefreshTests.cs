using System.Net;
using System.Text.Json;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>
/// A hub's requests get the stamp check only: Identity's claims refresh, and the renewed cookie it sends, are for
/// pages (docs/security.md, "Why a hub's requests get the stamp check only"). Here the refresh is due at every request.
/// </summary>
public sealed class HubClaimsRefreshTests : IDisposable
{
    private const string AuthCookie = "netwerkbijeenkomst=";
    private readonly WebAppFactory _factory = new(settings: new Dictionary<string, string> { ["Sessions:ClaimsRefresh"] = "00:00:00" });

    [Fact]
    public async Task HubNegotiation_KeepsTheCookiesClaims_APageRefreshesThem()
    {
        using var browser = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        var cookie = browser.CookieHeader;

        using var negotiated = await SendAsync(HttpMethod.Post, "/hubs/meeting/negotiate?negotiateVersion=1", cookie);
        using var page = await SendAsync(HttpMethod.Get, "/", cookie);

        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        Assert.DoesNotContain(SetCookies(negotiated), c => c.StartsWith(AuthCookie, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(SetCookies(page), c => c.StartsWith(AuthCookie, StringComparison.Ordinal));
    }

    // The negotiation only hands out a connection id and reads nothing; opening the connection checks the stamp.
    [Fact]
    public async Task ACookieCopiedBeforeSignOut_MayNegotiate_ButCannotOpenTheConnection()
    {
        using var browser = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        var cookie = browser.CookieHeader;
        using var openedBefore = await OpenAsync(cookie);
        Assert.Equal(HttpStatusCode.OK, openedBefore.StatusCode);

        await browser.PostFormAsync("/", "/account/uitloggen", []);

        using var openedAfter = await OpenAsync(cookie);
        Assert.Equal(HttpStatusCode.Unauthorized, openedAfter.StatusCode);
    }

    public void Dispose() => _factory.Dispose();

    private static IEnumerable<string> SetCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [];

    // Negotiates (which must be answered), then sends the long-polling transport's first poll, which opens the
    // connection as a WebSocket request does and is answered at once.
    private async Task<HttpResponseMessage> OpenAsync(string cookie)
    {
        using var negotiated = await SendAsync(HttpMethod.Post, "/hubs/meeting/negotiate?negotiateVersion=1", cookie);
        Assert.Equal(HttpStatusCode.OK, negotiated.StatusCode);
        using var answer = JsonDocument.Parse(await negotiated.Content.ReadAsStringAsync());
        var token = answer.RootElement.GetProperty("connectionToken").GetString()!;
        return await SendAsync(HttpMethod.Get, $"/hubs/meeting?id={Uri.EscapeDataString(token)}", cookie);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string cookie)
    {
        using var client = _factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
