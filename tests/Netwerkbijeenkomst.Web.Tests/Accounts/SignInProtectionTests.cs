using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>Sign-in and forgot-password through the pages: growing waits instead of a lock, and nothing that tells known from unknown.</summary>
public sealed partial class SignInProtectionTests : IAsyncLifetime
{
    private const string WrongCredentials = "Het e-mailadres of het wachtwoord klopt niet.";
    private const string ResetAnswer = "Als er een account is met dit e-mailadres, ontvangt u een mail met een link om een nieuw wachtwoord te kiezen.";

    private static readonly string HeldAddress = DemoData.Members[1].Account.Email;

    private readonly WebAppFactory _base = new();
    private readonly FakeTimeProvider _throttleClock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly CountingPasswordHasher _hasher = new();
    private GatedResetMail _gatedMail = null!;
    private WebApplicationFactory<Program> _factory = null!;

    [Fact]
    public async Task WrongPasswords_PastTheFreeOnes_SayTheRealWait_AndNeverLockTheAccount()
    {
        var account = DemoData.Members[0].Account.Email;
        using var client = Client("192.0.2.1");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(WrongCredentials, await RefusalAsync(await SignInAsync(client, account, "niet-het-wachtwoord-1")));
        }

        Assert.Equal(WrongCredentials + " Probeer het over 30 seconden opnieuw.", await RefusalAsync(await SignInAsync(client, account, "niet-het-wachtwoord-1")));

        // During the wait even the right password is refused, with the time that is really left.
        _throttleClock.Advance(TimeSpan.FromSeconds(10));
        var early = await SignInAsync(client, account, DemoData.Password);
        Assert.Equal("Te veel mislukte pogingen. Probeer het over 20 seconden opnieuw.", await RefusalAsync(early));
        Assert.False(SetsAuthCookie(early));

        _throttleClock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, account, DemoData.Password)).StatusCode);
        using var scope = _factory.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(account))!;
        Assert.Null(user.LockoutEnd);
        Assert.Equal(0, user.AccessFailedCount);
    }

    [Fact]
    public async Task UnknownAccount_AndAccountWithoutPassword_GetTheSameAnswer_AfterTheSamePasswordCheck()
    {
        const string invited = "nog.geen.wachtwoord@demo.nl";
        using (var scope = _factory.Services.CreateScope())
        {
            var created = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(new AppUser { UserName = invited, Email = invited, DisplayName = "Nog Geen Wachtwoord" });
            Assert.True(created.Succeeded);
        }

        using var client = Client("192.0.2.2");
        var answers = new List<(string Refusal, int Checks)>();
        foreach (var email in new[] { DemoData.Members[3].Account.Email, "bestaat.niet@demo.nl", invited })
        {
            var before = _hasher.Checks;
            var response = await SignInAsync(client, email, "niet-het-wachtwoord-1");
            answers.Add((await RefusalAsync(response), _hasher.Checks - before));
        }

        Assert.All(answers, answer => Assert.Equal((WrongCredentials, 1), answer));

        // An unknown address is throttled like a known one, so the wait does not tell them apart either.
        for (var i = 0; i < 2; i++)
        {
            await SignInAsync(client, "bestaat.niet@demo.nl", "niet-het-wachtwoord-1");
        }

        Assert.Equal(WrongCredentials + " Probeer het over 30 seconden opnieuw.", await RefusalAsync(await SignInAsync(client, "bestaat.niet@demo.nl", "niet-het-wachtwoord-1")));
    }

    [Fact]
    public async Task ManyAccountsFromOneAddress_AreSlowedByTheAddress_WhileAnotherAddressSignsIn()
    {
        using var guesser = Client("198.51.100.7");
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(WrongCredentials, await RefusalAsync(await SignInAsync(guesser, $"gok{i}@demo.nl", "niet-het-wachtwoord-1")));
        }

        var seventh = await RefusalAsync(await SignInAsync(guesser, "gok6@demo.nl", "niet-het-wachtwoord-1"));
        Assert.Equal(WrongCredentials + " Probeer het over 30 seconden opnieuw.", seventh);
        Assert.StartsWith("Te veel mislukte pogingen.", await RefusalAsync(await SignInAsync(guesser, DemoData.Coordinator.Email, DemoData.Password)), StringComparison.Ordinal);

        using var colleague = Client("198.51.100.8");
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(colleague, DemoData.Coordinator.Email, DemoData.Password)).StatusCode);
    }

    [Fact]
    public async Task ForgotPassword_AnswersBeforeTheMailGoesOut_AndTheSameForAnUnknownAddress()
    {
        using var client = Client("192.0.2.3");

        var known = await client.PostFormAsync("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", new() { ["Email"] = HeldAddress });

        // The page has answered while the mail still waits at the gate: it is sent outside the request.
        Assert.Equal(HttpStatusCode.OK, known.StatusCode);
        var knownPage = await known.Content.ReadAsStringAsync();
        Assert.Contains(ResetAnswer, knownPage, StringComparison.Ordinal);
        await _gatedMail.Waiting;
        Assert.Empty(await ResetMailsToAsync(HeldAddress));

        var unknown = await client.PostFormAsync("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", new() { ["Email"] = "bestaat.niet@demo.nl" });
        Assert.Equal(MainContent(knownPage), MainContent(await unknown.Content.ReadAsStringAsync()));

        _gatedMail.Open();
        await Mailer.SendPendingAsync();
        Assert.Single(await ResetMailsToAsync(HeldAddress));
        Assert.Empty(await ResetMailsToAsync("bestaat.niet@demo.nl"));
    }

    [Fact]
    public async Task ForgotPassword_AskedAgainSoon_SendsOneMail()
    {
        var email = DemoData.Members[2].Account.Email;
        using var client = Client("192.0.2.4");

        for (var i = 0; i < 3; i++)
        {
            var asked = await client.PostFormAsync("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", new() { ["Email"] = email });
            Assert.Contains(ResetAnswer, await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await Mailer.SendPendingAsync();
        Assert.Single(await ResetMailsToAsync(email));
    }

    [Fact]
    public async Task ResetForm_RefusesACommonPassword_InDutch_AndKeepsTheOldOne()
    {
        var email = DemoData.Members[4].Account.Email;
        using var client = Client("192.0.2.5");
        await client.PostFormAsync("/account/wachtwoord-vergeten", "/account/wachtwoord-vergeten", new() { ["Email"] = email });
        await Mailer.SendPendingAsync();
        var link = new Uri(MailLink().Match(Assert.Single(await ResetMailsToAsync(email)).Body).Value).PathAndQuery;
        var form = await client.GetPageAsync(link);
        var fields = HiddenInput().Matches(form).ToDictionary(m => WebUtility.HtmlDecode(m.Groups["name"].Value), m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields.Remove("__RequestVerificationToken");

        fields["Password"] = fields["ConfirmPassword"] = "Wachtwoord2026!";
        var common = WebUtility.HtmlDecode(await (await client.PostFormAsync(link, link, fields)).Content.ReadAsStringAsync());
        fields["Password"] = fields["ConfirmPassword"] = "kort-1";
        var shortOne = WebUtility.HtmlDecode(await (await client.PostFormAsync(link, link, fields)).Content.ReadAsStringAsync());

        Assert.Contains("Dit wachtwoord wordt veel gebruikt en is makkelijk te raden.", common, StringComparison.Ordinal);
        Assert.Contains("Het wachtwoord moet ten minste 12 tekens lang zijn.", shortOne, StringComparison.Ordinal);
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        Assert.True(await users.CheckPasswordAsync((await users.FindByEmailAsync(email))!, DemoData.Password));
    }

    public async Task InitializeAsync()
    {
        _factory = _base.WithWebHostBuilder(b => b
            .UseSetting("SignIn:FreeFailuresPerAccount", "3")
            .UseSetting("SignIn:FreeFailuresPerAddress", "6")
            .ConfigureTestServices(services =>
            {
                services.AddSingleton<IPasswordHasher<AppUser>>(_hasher);
                services.AddSingleton(sp => new SignInThrottle(sp.GetRequiredService<IOptions<SignInProtectionOptions>>(), _throttleClock));
                services.AddSingleton<IMailSender>(sp => _gatedMail = new GatedResetMail(ActivatorUtilities.CreateInstance<OutboxMailSender>(sp), HeldAddress));
            }));
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _ = _factory.Services.GetRequiredService<IMailSender>();
    }

    public async Task DisposeAsync()
    {
        _gatedMail?.Open();
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    private PasswordResetMailer Mailer => _factory.Services.GetRequiredService<PasswordResetMailer>();

    private SignedInClient Client(string address)
    {
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return new SignedInClient(http);
    }

    private static Task<HttpResponseMessage> SignInAsync(SignedInClient client, string email, string password) =>
        client.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = password });

    /// <summary>The refusal above the form, or "" when there is none.</summary>
    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = ErrorSummary().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value) : "";
    }

    private static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("netwerkbijeenkomst=", StringComparison.Ordinal));

    private static string MainContent(string page) => page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)];

    private async Task<List<OutboxMessage>> ResetMailsToAsync(string email)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Outbox.Where(m => m.To == email && m.Subject == GatedResetMail.Subject).ToListAsync();
    }

    [GeneratedRegex("<div class=\"error-summary\" role=\"alert\">\\s*<p>(?<text>[^<]*)</p>")]
    private static partial Regex ErrorSummary();

    [GeneratedRegex("<input type=\"hidden\"[^>]*? name=\"(?<name>[^\"]+)\"[^>]*? value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenInput();

    [GeneratedRegex("https?://\\S+")]
    private static partial Regex MailLink();
}
