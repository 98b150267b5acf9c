using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>The invitation for someone who already has an account expires like the one for a new account, and says so in Dutch.</summary>
public sealed partial class InvitationExpiryTests : IAsyncLifetime
{
    private const string InviteAction = "/netwerken/utrecht/leden?handler=Invite";
    private const string Expired = "Deze uitnodiging is verlopen.";

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly WebAppFactory _factory;
    private DemoWorld _demo = null!;

    public InvitationExpiryTests() => _factory = new WebAppFactory(_clock);

    [Fact]
    public async Task InvitationOfAnExistingAccount_AfterItsLifetime_SaysItExpired_AndCannotBeAccepted()
    {
        var invitee = DemoData.OtherCoordinator;
        var userId = await _demo.UserIdAsync(invitee.Email);
        var link = await InviteAsync(invitee.Email, invitee.Name);

        _clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));

        using var signedIn = await SignedInClient.SignInAsync(_factory, invitee.Email);
        var page = await signedIn.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(Expired, WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var accepted = await signedIn.PostFormAsync("/", link, []);
        Assert.Contains(Expired, WebUtility.HtmlDecode(await accepted.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(NetworkRole.None, await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetRoleAsync(userId));
    }

    [Fact]
    public async Task InvitationOfAnExistingAccount_WithinItsLifetime_IsAccepted_AndANewOneCanBeSent()
    {
        var invitee = DemoData.ThirdCoordinator;
        var userId = await _demo.UserIdAsync(invitee.Email);
        var first = await InviteAsync(invitee.Email, invitee.Name);
        _clock.Advance(TimeSpan.FromDays(4));

        // Expired: the coordinator invites again and a fresh link works.
        var second = await InviteAsync(invitee.Email, invitee.Name);
        Assert.NotEqual(first, second);
        using var signedIn = await SignedInClient.SignInAsync(_factory, invitee.Email);
        var accepted = await signedIn.PostFormAsync(second, second, []);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(NetworkRole.Member, await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetRoleAsync(userId));
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>The coordinator invites; returns the link in the newest mail to <paramref name="email"/>, as a path with its query.</summary>
    private async Task<string> InviteAsync(string email, string name)
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var invited = await coordinator.PostFormAsync("/netwerken/utrecht/leden", InviteAction, new()
        {
            ["Invite.Email"] = email,
            ["Invite.Name"] = name,
            ["Invite.Communities"] = "Turks",
            ["Invite.Languages"] = "Turks",
        });
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var mail = await db.Outbox.Where(m => m.To == email && m.Subject.StartsWith("Uitnodiging voor ")).OrderByDescending(m => m.Id).FirstAsync();
        var link = new Uri(MailLink().Match(mail.Body).Value);
        Assert.StartsWith("/netwerken/utrecht/uitnodiging", link.AbsolutePath, StringComparison.Ordinal);
        return link.PathAndQuery;
    }

    [GeneratedRegex("https?://\\S+")]
    private static partial Regex MailLink();
}
