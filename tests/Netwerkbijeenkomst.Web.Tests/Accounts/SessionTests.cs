using System.Net;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Sessions;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>
/// Sign-out, a password change and a reset end every session of the account: a copied cookie is refused at its next
/// request and the account's live connections close. "Aangemeld blijven" decides whether the cookie outlives the browser.
/// </summary>
public sealed class SessionTests(StartedMeeting meeting) : IClassFixture<StartedMeeting>
{
    private const string NewPassword = "Zonnebloem-akker-7319";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task CopiedCookie_ReplayedAfterSignOut_IsRefused_AndTheAccountsConnectionsClose()
    {
        using var browser = await SignedInClient.SignInAsync(meeting.Factory, DemoData.Members[0].Account.Email);
        using var copy = SignedInClient.WithCookies(meeting.Factory, browser.CookieHeader);
        using var otherDevice = await SignedInClient.SignInAsync(meeting.Factory, DemoData.Members[0].Account.Email);
        await using var room = await HubClient.ConnectAsync(meeting.Factory, otherDevice.CookieHeader);
        await room.InvokeAsync("Join", meeting.MeetingId);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/netwerken/utrecht")).StatusCode);

        var signedOut = await browser.PostFormAsync("/", "/account/uitloggen", []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        await AssertSignedOutAsync(copy);
        await AssertSignedOutAsync(otherDevice);
        await room.Closed.WaitAsync(Patience);
    }

    [Fact]
    public async Task CopiedCookie_ReplayedAfterPasswordChange_IsRefused_WhileTheChangingSessionGoesOn()
    {
        var account = DemoData.Members[1].Account;
        using var browser = await SignedInClient.SignInAsync(meeting.Factory, account.Email);
        using var copy = SignedInClient.WithCookies(meeting.Factory, browser.CookieHeader);
        await using var room = await HubClient.ConnectAsync(meeting.Factory, browser.CookieHeader);

        var wrong = await browser.PostFormAsync("/account/wachtwoord-wijzigen", "/account/wachtwoord-wijzigen",
            new() { ["CurrentPassword"] = "niet-het-wachtwoord-1", ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("Uw huidige wachtwoord klopt niet.", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync("/netwerken/utrecht")).StatusCode);

        var changed = await browser.PostFormAsync("/account/wachtwoord-wijzigen", "/account/wachtwoord-wijzigen",
            new() { ["CurrentPassword"] = DemoData.Password, ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        await AssertSignedOutAsync(copy);
        await room.Closed.WaitAsync(Patience);
        Assert.Contains("Uw wachtwoord is gewijzigd.", WebUtility.HtmlDecode(await browser.GetPageAsync("/account/wachtwoord-wijzigen")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/netwerken/utrecht")).StatusCode);
    }

    [Fact]
    public async Task CopiedCookie_ReplayedAfterPasswordReset_IsRefused_AndTheResetSignsInForThisBrowserOnly()
    {
        var account = DemoData.Members[4].Account;
        using var browser = await SignedInClient.SignInAsync(meeting.Factory, account.Email);
        using var copy = SignedInClient.WithCookies(meeting.Factory, browser.CookieHeader);
        await using var casePage = await HubClient.ConnectAsync(meeting.Factory, browser.CookieHeader, "hubs/case");
        var link = await ResetLinkAsync(account.Email);
        using var resetting = await SignedInClient.SignInAsync(meeting.Factory, email: null);

        var reset = await resetting.PostFormAsync(link, link, new() { ["Password"] = NewPassword, ["ConfirmPassword"] = NewPassword });

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.DoesNotContain("expires=", AuthCookie(reset), StringComparison.OrdinalIgnoreCase);
        await AssertSignedOutAsync(copy);
        await AssertSignedOutAsync(browser);
        await casePage.Closed.WaitAsync(Patience);
        Assert.Equal(HttpStatusCode.OK, (await resetting.GetAsync("/netwerken/utrecht")).StatusCode);
    }

    [Fact]
    public async Task AangemeldBlijven_GivesACookieWithAnExpiry_AndWithoutItASessionCookie()
    {
        using var anonymous = await SignedInClient.SignInAsync(meeting.Factory, email: null);
        var email = DemoData.Members[0].Account.Email;

        var session = await anonymous.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = DemoData.Password });
        using var other = await SignedInClient.SignInAsync(meeting.Factory, email: null);
        var remembered = await other.PostFormAsync("/account/inloggen", "/account/inloggen",
            new() { ["Email"] = email, ["Password"] = DemoData.Password, ["RememberMe"] = "true" });

        Assert.DoesNotContain("expires=", AuthCookie(session), StringComparison.OrdinalIgnoreCase);
        var expires = AuthCookie(remembered).Split("; ").Single(p => p.StartsWith("expires=", StringComparison.OrdinalIgnoreCase));
        Assert.True(DateTimeOffset.Parse(expires["expires=".Length..], System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddDays(1));
        var page = WebUtility.HtmlDecode(await anonymous.GetPageAsync("/account/inloggen"));
        Assert.Contains("type=\"checkbox\"", page, StringComparison.Ordinal);
        Assert.Contains("Aangemeld blijven", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sweep_ClosesConnectionsOfAStampChangedElsewhere_AndLeavesOthersOpen()
    {
        var account = DemoData.Members[5].Account;
        using var member = await SignedInClient.SignInAsync(meeting.Factory, account.Email);
        using var coordinator = await SignedInClient.SignInAsync(meeting.Factory, DemoData.Coordinator.Email);
        await using var stale = await HubClient.ConnectAsync(meeting.Factory, member.CookieHeader);
        await using var current = await HubClient.ConnectAsync(meeting.Factory, coordinator.CookieHeader);
        await current.InvokeAsync("Watch", meeting.MeetingId);

        // What a sign-out on another web node does to the database; nothing on this node hears of it.
        using (var scope = meeting.Factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            await users.UpdateSecurityStampAsync((await users.FindByEmailAsync(account.Email))!);
        }

        // The node's own sweep may come first; either way one sweep is enough.
        await meeting.Factory.Services.GetRequiredService<ConnectionSweeper>().SweepAsync();

        await stale.Closed.WaitAsync(Patience);
        Assert.NotNull(await current.InvokeAsync("Watch", meeting.MeetingId));
    }

    private static async Task AssertSignedOutAsync(SignedInClient client)
    {
        var response = await client.GetAsync("/netwerken/utrecht");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/inloggen", new Uri(new Uri("http://localhost"), response.Headers.Location!).AbsolutePath);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("netwerkbijeenkomst=", StringComparison.Ordinal));

    private async Task<string> ResetLinkAsync(string email)
    {
        using var scope = meeting.Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return $"/account/wachtwoord-herstellen?gebruiker={Uri.EscapeDataString(user.Id)}&code={token}";
    }
}
