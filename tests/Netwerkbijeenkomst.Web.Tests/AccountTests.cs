using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>Signing in, accepting an invitation and resetting a password, through the pages and the development outbox.</summary>
public sealed partial class AccountTests : IAsyncLifetime
{
    private const string NetworkName = "Netwerk Vertrouwenspersonen Utrecht";
    private const string NetworkPage = "/netwerken/utrecht";
    private const string InviteAction = "/netwerken/utrecht/leden?handler=Invite";
    private const string AuthCookie = "netwerkbijeenkomst";
    private const string WrongCredentials = "Het e-mailadres of het wachtwoord klopt niet.";
    private const string LinkSpent = "verlopen of al gebruikt";

    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task SignIn_WithWrongPassword_ShowsDutchErrorAndSetsNoCookie()
    {
        using var client = await SignedInClient.SignInAsync(_factory, email: null);

        var response = await client.PostFormAsync(
            "/account/inloggen", "/account/inloggen", new() { ["Email"] = DemoData.Coordinator.Email, ["Password"] = "niet-het-wachtwoord-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(WrongCredentials, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(SetsAuthCookie(response));
        Assert.DoesNotContain(AuthCookie + "=", client.CookieHeader, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(NetworkPage)).StatusCode);
    }

    [Fact]
    public async Task SignIn_WithDemoPassword_RedirectsHomeAndListsTheNetwork()
    {
        using var client = await SignedInClient.SignInAsync(_factory, email: null);

        var response = await client.PostFormAsync(
            "/account/inloggen", "/account/inloggen", new() { ["Email"] = DemoData.Coordinator.Email, ["Password"] = DemoData.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.True(SetsAuthCookie(response));
        var home = await client.GetPageAsync("/");
        Assert.Contains("Mijn netwerken", home, StringComparison.Ordinal);
        Assert.Contains(NetworkName, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_LinkWorksOnce()
    {
        const string email = "nieuw.lid@demo.nl";
        const string password = "eerste-wachtwoord-1";
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var invited = await coordinator.PostFormAsync(NetworkPage, InviteAction, InviteFields(email, "Fatima El Idrissi"));

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Contains(NetworkPage, invited.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var mail = Assert.Single(await MailsToAsync(email));
        Assert.Equal("Uitnodiging voor " + NetworkName, mail.Subject);
        var link = Link(mail, "/account/uitnodiging");
        var userId = await _demo.UserIdAsync(email);
        Assert.Contains("gebruiker=" + Uri.EscapeDataString(userId), link, StringComparison.Ordinal);
        var network = _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        Assert.Equal(NetworkRole.None, await network.GetRoleAsync(userId));
        Assert.Contains("Fatima El Idrissi — Marokkaans", await coordinator.GetPageAsync(NetworkPage), StringComparison.Ordinal);

        // Accepting: the link opens the password form, and saving a password signs in and activates the membership.
        using var invitee = await SignedInClient.SignInAsync(_factory, email: null);
        var form = await invitee.GetPageAsync(link);
        Assert.Contains("Kies een wachtwoord om uw uitnodiging aan te nemen.", form, StringComparison.Ordinal);
        var accepted = await invitee.PostFormAsync(link, link, PasswordFields(form, password));

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("/", accepted.Headers.Location!.OriginalString);
        Assert.True(SetsAuthCookie(accepted));
        Assert.Equal(NetworkRole.Member, await network.GetRoleAsync(userId));
        var home = await invitee.GetPageAsync("/");
        Assert.Contains(NetworkName, home, StringComparison.Ordinal);
        Assert.Contains("Uw rol: vertrouwenspersoon", home, StringComparison.Ordinal);

        // The same link a second time: spent, and posting it anyway changes nothing.
        using var again = await SignedInClient.SignInAsync(_factory, email: null);
        var spent = await again.GetPageAsync(link);
        Assert.Contains(LinkSpent, spent, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"Password\"", spent, StringComparison.Ordinal);
        var refused = await again.PostFormAsync("/account/inloggen", link, PasswordFields(form, "tweede-wachtwoord-2"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(LinkSpent, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(SetsAuthCookie(refused));
        Assert.True(await PasswordIsAsync(email, password));
        Assert.False(await PasswordIsAsync(email, "tweede-wachtwoord-2"));
        Assert.Equal(NetworkRole.Member, await network.GetRoleAsync(userId));
    }

    [Fact]
    public async Task InviteForm_AsTheBrowserPostsIt_InvitesTheMember()
    {
        const string email = "zoals.de.browser@demo.nl";
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var invited = await coordinator.PostFormAsync(NetworkPage, InviteAction, BrowserInviteFields(email, "Zoals De Browser"));

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        Assert.Single(await MailsToAsync(email));
    }

    [Fact]
    public async Task Invitation_OfSomeoneWithAnAccount_IsAcceptedAfterSigningIn()
    {
        var email = DemoData.OtherCoordinator.Email;
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var network = new DemoWorld(_factory).Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        var userId = (await FindUserAsync(email))!.Id;

        var invited = await coordinator.PostFormAsync(NetworkPage, InviteAction, BrowserInviteFields(email, DemoData.OtherCoordinator.Name));

        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var mail = Assert.Single(await MailsToAsync(email));
        Assert.Contains("/netwerken/utrecht/uitnodiging", mail.Body, StringComparison.Ordinal);
        Assert.Equal(NetworkRole.None, await network.GetRoleAsync(userId));

        using var invitee = await SignedInClient.SignInAsync(_factory, email);
        var link = new Uri(MailLink().Match(mail.Body).Value).PathAndQuery;
        Assert.Contains("Uitnodiging aannemen", await invitee.GetPageAsync(link), StringComparison.Ordinal);
        var accepted = await invitee.PostFormAsync(link, link, []);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(NetworkRole.Member, await network.GetRoleAsync(userId));
        Assert.Equal(HttpStatusCode.OK, (await invitee.GetAsync(NetworkPage)).StatusCode);
    }

    [Fact]
    public async Task Invitation_NotYetAccepted_CanBeSentAgain_WithAFreshLink()
    {
        const string email = "opnieuw.uitgenodigd@demo.nl";
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        await coordinator.PostFormAsync(NetworkPage, InviteAction, BrowserInviteFields(email, "Opnieuw Uitgenodigd"));

        var again = await coordinator.PostFormAsync(NetworkPage, InviteAction, BrowserInviteFields(email, "Opnieuw Uitgenodigd"));

        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        var mails = await MailsToAsync(email);
        Assert.Equal(2, mails.Count);
        Assert.NotEqual(Link(mails[0], "/account/uitnodiging"), Link(mails[1], "/account/uitnodiging"));
    }

    [Fact]
    public async Task SignOut_FromTheHeader_EndsTheSession()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var signedOut = await member.PostFormAsync("/", "/account/uitloggen", []);

        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await member.GetAsync(NetworkPage);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/inloggen", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invitation_ByAMember_IsRefusedAndLeavesNoAccountOrMail()
    {
        const string email = "niet.uitgenodigd@demo.nl";
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        var page = await member.GetPageAsync(NetworkPage);
        Assert.DoesNotContain("Vertrouwenspersoon uitnodigen", page, StringComparison.Ordinal);
        var mailsBefore = await MailCountAsync();

        var response = await member.PostFormAsync("/casussen/nieuw?netwerk=utrecht", InviteAction, InviteFields(email, "Iemand Anders"));

        // The members page is the coordinators': a member's post gets the access-denied page.
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/geen-toegang", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(email));
        Assert.Equal(mailsBefore, await MailCountAsync());
    }

    [Fact]
    public async Task Invitation_OfAnExistingMember_IsRefusedAndSendsNoMail()
    {
        var existing = DemoData.Members[0].Account;
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var mailsBefore = await MailCountAsync();

        var response = await coordinator.PostFormAsync(NetworkPage, InviteAction, InviteFields(existing.Email, "Ayse Kaya"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Deze persoon hoort al bij dit netwerk.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(mailsBefore, await MailCountAsync());

        // The existing account is left alone: still there, still a member, the password unchanged.
        var userId = await _demo.UserIdAsync(existing.Email);
        Assert.Equal(NetworkRole.Member, await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetRoleAsync(userId));
        Assert.True(await PasswordIsAsync(existing.Email, DemoData.Password));
    }

    [Fact]
    public async Task Invitation_RefusedByTheGrain_DeletesTheNewAccount()
    {
        const string email = "te.lange.naam@demo.nl";
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var mailsBefore = await MailCountAsync();

        // The grain allows names of at most 120 characters; the form itself does not check the length.
        var response = await coordinator.PostFormAsync(NetworkPage, InviteAction, InviteFields(email, new string('a', 121)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("De naam mag hoogstens 120 tekens lang zijn.", await TextAsync(response), StringComparison.Ordinal);
        Assert.Null(await FindUserAsync(email));
        Assert.Equal(mailsBefore, await MailCountAsync());
    }

    [Fact]
    public async Task PasswordReset_LinkSetsANewPassword()
    {
        var account = DemoData.Members[2].Account;
        const string newPassword = "nieuw-fietspad-3";
        using var client = await SignedInClient.SignInAsync(_factory, email: null);

        var asked = await client.PostFormAsync("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", new() { ["Email"] = account.Email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains("Als er een account is met dit e-mailadres", await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var mail = Assert.Single(await MailsToAsync(account.Email));
        Assert.Equal("Nieuw wachtwoord voor Netwerkbijeenkomst", mail.Subject);
        var link = Link(mail, "/account/wachtwoord-herstellen");
        var form = await client.GetPageAsync(link);
        Assert.Contains("Nieuw wachtwoord kiezen", form, StringComparison.Ordinal);
        Assert.DoesNotContain(LinkSpent, form, StringComparison.Ordinal);

        var reset = await client.PostFormAsync(link, link, PasswordFields(form, newPassword));

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/", reset.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(account.Email, newPassword)).StatusCode);
        var old = await SignInAsync(account.Email, DemoData.Password);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Contains(WrongCredentials, await old.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(LinkSpent, await client.GetPageAsync(link), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordReset_ForUnknownEmail_AnswersTheSameAndSendsNoMail()
    {
        const string unknown = "onbekend@demo.nl";
        using var client = await SignedInClient.SignInAsync(_factory, email: null);
        var mailsBefore = await MailCountAsync();

        var asked = await client.PostFormAsync("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", new() { ["Email"] = unknown });
        var known = await client.PostFormAsync("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", new() { ["Email"] = DemoData.Members[3].Account.Email });

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Equal(MainContent(await known.Content.ReadAsStringAsync()), MainContent(await asked.Content.ReadAsStringAsync()));
        Assert.Empty(await MailsToAsync(unknown));
        Assert.Equal(mailsBefore + 1, await MailCountAsync());
    }

    [Fact]
    public async Task LoginPage_InDevelopment_ListsTheDemoAccounts()
    {
        using var client = await SignedInClient.SignInAsync(_factory, email: null);

        var page = await client.GetPageAsync("/account/inloggen");

        Assert.Contains("Demo-accounts (alleen in ontwikkeling)", page, StringComparison.Ordinal);
        Assert.Contains(DemoData.Password, page, StringComparison.Ordinal);
        Assert.All(DemoData.Accounts, account => Assert.Contains($"<code>{account.Email}</code>", page, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Production_SeedsNothingAndListsNoDemoAccounts()
    {
        // The Development factory of this test is never started: the Production host creates the database itself.
        var production = _factory.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Mail:Smtp:Host", "smtp.gemeente.test")
            .UseSetting("Mail:Smtp:From", "bijeenkomsten@gemeente.test")
            .UseSetting("Calendar:OrganizerEmail", "bijeenkomsten@gemeente.test")
            .UseSetting("App:PublicUrl", "https://bijeenkomst.gemeente.test"));
        using var http = production.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var login = await http.GetAsync(new Uri("/account/inloggen", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var page = await login.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Inloggen</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo-accounts", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.Password, page, StringComparison.Ordinal);
        Assert.DoesNotContain("@demo.nl", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/ontwikkeling/postvak", UriKind.Relative))).StatusCode);
        await using var db = await production.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.Networks.CountAsync());
    }

    // Warming up here would start the Development host, which the Production test must not do; the first request starts it.
    public Task InitializeAsync()
    {
        _demo = new DemoWorld(_factory);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static Dictionary<string, string> InviteFields(string email, string name) => BrowserInviteFields(email, name);

    private static Dictionary<string, string> BrowserInviteFields(string email, string name) => new()
    {
        ["Invite.Email"] = email,
        ["Invite.Name"] = name,
        ["Invite.Communities"] = "Marokkaans",
        ["Invite.Languages"] = "Arabisch, Nederlands",
    };

    /// <summary>The password form's hidden fields (the account and the code) with the chosen password twice.</summary>
    private static Dictionary<string, string> PasswordFields(string form, string password)
    {
        var fields = HiddenInput().Matches(form)
            .Select(m => (Name: WebUtility.HtmlDecode(m.Groups["name"].Value), Value: WebUtility.HtmlDecode(m.Groups["value"].Value)))
            .Where(f => f.Name != "__RequestVerificationToken")
            .ToDictionary(f => f.Name, f => f.Value);
        Assert.NotEmpty(fields);
        fields["Password"] = password;
        fields["ConfirmPassword"] = password;
        return fields;
    }

    /// <summary>The link in a mail, as a path with its query, checked to lead to <paramref name="path"/>.</summary>
    private static string Link(OutboxMessage mail, string path)
    {
        var match = MailLink().Match(mail.Body);
        Assert.True(match.Success, $"No link in: {mail.Body}");
        var link = new Uri(match.Value);
        Assert.Equal(path, link.AbsolutePath);
        Assert.Matches("^\\?gebruiker=[^&]+&code=[A-Za-z0-9_-]+$", link.Query);
        return link.PathAndQuery;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(AuthCookie + "=", StringComparison.Ordinal));

    private static string MainContent(string page) => page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];

    private async Task<HttpResponseMessage> SignInAsync(string email, string password)
    {
        using var client = await SignedInClient.SignInAsync(_factory, email: null);
        return await client.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = password });
    }

    private async Task<List<OutboxMessage>> MailsToAsync(string email)
    {
        await _factory.Services.GetRequiredService<PasswordResetMailer>().SendPendingAsync();
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await AccountMails(db).Where(m => m.To == email).OrderBy(m => m.Id).ToListAsync();
    }

    private async Task<int> MailCountAsync()
    {
        await _factory.Services.GetRequiredService<PasswordResetMailer>().SendPendingAsync();
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await AccountMails(db).CountAsync();
    }

    // Meeting invitations of the demo go out in the background meanwhile; these tests are about the account mails.
    private static IQueryable<OutboxMessage> AccountMails(AppDbContext db) =>
        db.Outbox.Where(m => m.Subject.StartsWith("Uitnodiging voor ") || m.Subject == "Nieuw wachtwoord voor Netwerkbijeenkomst");

    private async Task<AppUser?> FindUserAsync(string email)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
    }

    private async Task<bool> PasswordIsAsync(string email, string password)
    {
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, password);
    }

    [GeneratedRegex("<input type=\"hidden\"[^>]*? name=\"(?<name>[^\"]+)\"[^>]*? value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("https?://\\S+")]
    private static partial Regex MailLink();
}
