using System.Net;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Testing;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>Two-factor sign-in over HTTP: who is sent to setup and held there, and wrong codes counted like wrong passwords.</summary>
public sealed partial class TwoFactorSignInTests : IAsyncLifetime
{
    private const string Setup = "/account/tweestapsverificatie/instellen";
    private const string WrongCode = "De code klopt niet. Gebruik de code die uw app nu toont.";

    private readonly WebAppFactory _base = new();
    private readonly FakeTimeProvider _throttleClock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private WebApplicationFactory<Program> _factory = null!;

    [Fact]
    public async Task Coordinator_WithoutTwoFactor_ReachesOnlyTheSetupPage_AndSignOut()
    {
        const string email = "coordinator.zonder.app@elders.nl";
        await TwoFactorAccounts.CreateCoordinatorAsync(_factory, email);
        using var client = Client("192.0.2.10");
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(client, email)).StatusCode);

        foreach (var path in new[] { "/", "/account/mijn-gegevens", "/mijn-casussen", "/account/tweestapsverificatie", "/netwerken/utrecht" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal((HttpStatusCode.Redirect, Setup), (response.StatusCode, response.Headers.Location?.OriginalString));
        }

        // A form post elsewhere (here: deleting the account) is refused outright, and nothing happens.
        var post = await client.PostFormAsync(Setup, "/account/mijn-gegevens?handler=Delete", new() { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.NotNull(await TwoFactorAccounts.KeyAsync(_factory, email)); // still there, with the key its setup page made
        Assert.Contains("Tweestapsverificatie instellen", await client.GetPageAsync(Setup), StringComparison.Ordinal);

        var signOut = await client.PostFormAsync(Setup, "/account/uitloggen", []);
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/account/inloggen?ReturnUrl=%2Faccount%2Fmijn-gegevens"), await StatusAndPlaceAsync(client, "/account/mijn-gegevens"));
    }

    [Fact]
    public async Task Administrator_MunicipalityAndProvince_AreSentToSetup_AMemberAndTheDemoCoordinatorAreNot()
    {
        await TwoFactorAccounts.CreateAsync(_factory, "beheer@elders.nl", role: AppRoles.Administrator);
        await TwoFactorAccounts.CreateAsync(_factory, "gemeente@elders.nl", new Claim(AppRoles.MunicipalityClaim, "Zeist"));
        await TwoFactorAccounts.CreateAsync(_factory, "provincie@elders.nl", new Claim(AppRoles.ProvinceClaim, "Utrecht"));
        await TwoFactorAccounts.CreateAsync(_factory, "lid@elders.nl");
        var expected = new Dictionary<string, string?>
        {
            ["beheer@elders.nl"] = Setup,
            ["gemeente@elders.nl"] = Setup,
            ["provincie@elders.nl"] = Setup,
            ["lid@elders.nl"] = null,
            [DemoData.Coordinator.Email] = null,
            [DemoData.Municipality.Email] = null,
        };
        var actual = new Dictionary<string, string?>();
        var address = 20;
        foreach (var email in expected.Keys)
        {
            using var client = Client($"192.0.2.{address++}");
            var password = email.EndsWith("@demo.nl", StringComparison.Ordinal) ? DemoData.Password : TwoFactorAccounts.Password;
            Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(client, email, password)).StatusCode);
            var start = await client.GetAsync("/");
            actual[email] = start.StatusCode == HttpStatusCode.Redirect ? start.Headers.Location?.OriginalString : null;
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task WrongCodes_AreRefusedInDutch_AndCountAgainstTheAccount_WithTheRealWait()
    {
        const string email = "coordinator.met.app@elders.nl";
        await TwoFactorAccounts.CreateCoordinatorAsync(_factory, email);
        var key = await TwoFactorAccounts.EnableAsync(_factory, email);
        var wrong = Totp.WrongCode(key, DateTimeOffset.UtcNow);
        using var client = Client("192.0.2.30");
        var password = await PasswordAsync(client, email);
        Assert.StartsWith(SignedInClient.CodeStep + "?aangemeldBlijven=", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.False(SetsAuthCookie(password));

        var refusals = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            refusals.Add(await RefusalAsync(await CodeAsync(client, wrong)));
        }

        Assert.Equal([.. Enumerable.Repeat(WrongCode, 5), WrongCode + " Probeer het over 30 seconden opnieuw."], refusals);

        // During the wait even the right code is refused, with the time really left; a right password does not start the count over.
        _throttleClock.Advance(TimeSpan.FromSeconds(10));
        var early = await CodeAsync(client, Totp.Fresh(key));
        Assert.Equal("Te veel mislukte pogingen. Probeer het over 20 seconden opnieuw.", await RefusalAsync(early));
        Assert.False(SetsAuthCookie(early));
        Assert.Equal("Te veel mislukte pogingen. Probeer het over 20 seconden opnieuw.", await RefusalAsync(await PasswordAsync(client, email)));

        _throttleClock.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(HttpStatusCode.Redirect, (await PasswordAsync(client, email)).StatusCode);
        Assert.Equal(WrongCode + " Probeer het over 60 seconden opnieuw.", await RefusalAsync(await CodeAsync(client, wrong)));
        _throttleClock.Advance(TimeSpan.FromMinutes(1));
        var right = await CodeAsync(client, Totp.Fresh(key));
        Assert.Equal((HttpStatusCode.Redirect, "/"), (right.StatusCode, right.Headers.Location?.OriginalString));
        Assert.True(SetsAuthCookie(right));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/mijn-gegevens")).StatusCode);
    }

    [Fact]
    public async Task AuthenticatorCode_IsAcceptedOnce_SoACodeSeenOverAShoulderDoesNotSignInAgain()
    {
        const string email = "lid.met.app@elders.nl";
        await TwoFactorAccounts.CreateAsync(_factory, email);
        var key = await TwoFactorAccounts.EnableAsync(_factory, email);
        var code = Totp.Fresh(key);

        using var owner = Client("192.0.2.40");
        await PasswordAsync(owner, email);
        Assert.True(SetsAuthCookie(await CodeAsync(owner, code)));

        // Someone else with the password and the code just used, within its 30 seconds: refused, no cookie.
        using var onlooker = Client("192.0.2.41");
        await PasswordAsync(onlooker, email);
        var replayed = await CodeAsync(onlooker, code);
        Assert.Equal(WrongCode, await RefusalAsync(replayed));
        Assert.False(SetsAuthCookie(replayed));

        // The app's next code works.
        Assert.True(SetsAuthCookie(await CodeAsync(onlooker, Totp.Fresh(key))));
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce()
    {
        const string email = "lid.met.herstelcode@elders.nl";
        await TwoFactorAccounts.CreateAsync(_factory, email);
        await TwoFactorAccounts.EnableAsync(_factory, email);
        string code;
        using (var scope = _factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            code = (await users.GenerateNewTwoFactorRecoveryCodesAsync((await users.FindByEmailAsync(email))!, 10))!.First();
        }

        using var first = Client("192.0.2.40");
        await PasswordAsync(first, email);
        var used = await first.PostFormAsync("/account/inloggen/herstelcode", "/account/inloggen/herstelcode", new() { ["Code"] = code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant() });
        Assert.Equal((HttpStatusCode.Redirect, "/"), (used.StatusCode, used.Headers.Location?.OriginalString));

        using var second = Client("192.0.2.41");
        await PasswordAsync(second, email);
        var again = await second.PostFormAsync("/account/inloggen/herstelcode", "/account/inloggen/herstelcode", new() { ["Code"] = code });
        Assert.Equal("Deze herstelcode klopt niet of is al gebruikt.", await RefusalAsync(again));
        Assert.False(SetsAuthCookie(again));
    }

    [Fact]
    public async Task CodeStep_WithoutARightPassword_GoesBackToThePassword()
    {
        using var client = Client("192.0.2.50");
        var response = await client.GetAsync(SignedInClient.CodeStep);
        Assert.Equal((HttpStatusCode.Redirect, "/account/inloggen"), (response.StatusCode, response.Headers.Location?.OriginalString));
    }

    public async Task InitializeAsync()
    {
        _factory = _base.WithWebHostBuilder(b => b
            .UseSetting("SignIn:FreeFailuresPerAccount", "5")
            .ConfigureTestServices(services =>
                services.AddSingleton(sp => new SignInThrottle(sp.GetRequiredService<IOptions<SignInProtectionOptions>>(), _throttleClock))));
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }

    private SignedInClient Client(string address)
    {
        var http = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        http.DefaultRequestHeaders.Add(TestClientAddress.Header, address);
        return new SignedInClient(http);
    }

    private static Task<HttpResponseMessage> PasswordAsync(SignedInClient client, string email, string password = TwoFactorAccounts.Password) =>
        client.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = email, ["Password"] = password });

    private static Task<HttpResponseMessage> CodeAsync(SignedInClient client, string code) =>
        client.PostFormAsync(SignedInClient.CodeStep, SignedInClient.CodeStep + "?aangemeldBlijven=true", new() { ["Code"] = code });

    private static async Task<(HttpStatusCode, string?)> StatusAndPlaceAsync(SignedInClient client, string path)
    {
        var response = await client.GetAsync(path);
        var place = response.Headers.Location;
        return (response.StatusCode, place is { IsAbsoluteUri: true } ? place.PathAndQuery : place?.OriginalString);
    }

    private static async Task<string> RefusalAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var match = ErrorSummary().Match(await response.Content.ReadAsStringAsync());
        return match.Success ? WebUtility.HtmlDecode(match.Groups["text"].Value) : "";
    }

    private static bool SetsAuthCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("netwerkbijeenkomst=", StringComparison.Ordinal));

    [GeneratedRegex("<div class=\"error-summary\" role=\"alert\">\\s*<p>(?<text>[^<]*)</p>")]
    private static partial Regex ErrorSummary();
}
