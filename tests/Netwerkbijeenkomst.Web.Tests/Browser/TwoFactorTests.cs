using Microsoft.Playwright;
using Netwerkbijeenkomst.Testing;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>Two-factor sign-in in chromium on a phone, with this test's own authenticator computing the codes.</summary>
[Collection(SharedBrowser.Name)]
public sealed class TwoFactorTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_IsForcedThroughSetup_ThenSignsInWithPasswordAndCode_AndARecoveryCodeWorksOnce()
    {
        const string email = "coordinator.tweestap@elders.nl";
        await TwoFactorAccounts.CreateCoordinatorAsync(browser.Factory, email);
        var violations = new List<string>();
        var page = await browser.AnonymousPhoneAsync();
        var console = new List<string>();
        page.Console += (_, message) => console.Add(message.Text);

        await PasswordAsync(page, email);
        await Expect(page).ToHaveURLAsync(browser.BaseUrl + "/account/tweestapsverificatie/instellen");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR-code om Netwerkbijeenkomst aan uw authenticator-app toe te voegen" })).ToBeVisibleAsync();
        violations.AddRange(await CheckAsync(page));

        // Nothing else opens before it is done.
        await page.GotoAsync("/account/mijn-gegevens");
        await Expect(page).ToHaveURLAsync(browser.BaseUrl + "/account/tweestapsverificatie/instellen");

        var key = await page.GetByTestId("sleutel").InnerTextAsync();
        Assert.Matches("^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$", key);
        await page.GetByLabel("Vul de code van 6 cijfers in die de app nu toont").FillAsync(Totp.WrongCode(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await Expect(page.Locator(".field-error")).ToContainTextAsync("Deze code klopt niet");
        Assert.False(await TwoFactorAccounts.IsEnabledAsync(browser.Factory, email));

        await page.GetByLabel("Vul de code van 6 cijfers in die de app nu toont").FillAsync(Totp.Fresh(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tweestapsverificatie staat aan");
        var codes = await page.Locator(".recovery-codes code").AllInnerTextsAsync();
        Assert.Equal(10, codes.Distinct().Count());
        violations.AddRange(await CheckAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Ik heb de codes bewaard, verder" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 })).ToBeVisibleAsync();

        await SignOutAsync(page);
        await PasswordAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Code invullen", Level = 1 })).ToBeVisibleAsync();
        violations.AddRange(await CheckAsync(page));
        await page.GetByLabel("Code uit de app").FillAsync(Totp.WrongCode(key, DateTimeOffset.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("De code klopt niet. Gebruik de code die uw app nu toont.");
        violations.AddRange(await CheckAsync(page));
        await page.GetByLabel("Code uit de app").FillAsync(Totp.Fresh(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 })).ToBeVisibleAsync();

        // A recovery code, typed as people do (small letters, a space), signs in once; the second time it is refused.
        foreach (var (attempt, signsIn) in new[] { (1, true), (2, false) })
        {
            await SignOutAsync(page);
            await PasswordAsync(page, email);
            await page.GetByRole(AriaRole.Link, new() { Name = "Log in met een herstelcode" }).ClickAsync();
            if (attempt == 1)
            {
                violations.AddRange(await CheckAsync(page));
            }

            await page.GetByLabel("Herstelcode").FillAsync(codes[0].Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
            await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
            if (signsIn)
            {
                await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 })).ToBeVisibleAsync();
            }
            else
            {
                await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Deze herstelcode klopt niet of is al gebruikt.");
            }
        }

        Assert.Empty(violations);

        // The inline SVG QR code and the pages need nothing the Content-Security-Policy refuses.
        Assert.DoesNotContain(console, line => line.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Member_SwitchesTwoFactorOn_SignsInWithACode_AndSwitchesItOff()
    {
        const string email = "lid.tweestap@elders.nl";
        await TwoFactorAccounts.CreateAsync(browser.Factory, email);
        var violations = new List<string>();
        var page = await browser.AnonymousPhoneAsync();
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await PasswordAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Mijn gegevens" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie (inloggen met een code uit een app)" }).ClickAsync();
        await Expect(page.Locator(".facts")).ToContainTextAsync("Uit");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Niet verplicht, wel aangeraden");
        violations.AddRange(await CheckAsync(page));
        await page.GetByRole(AriaRole.Link, new() { Name = "Tweestapsverificatie instellen" }).ClickAsync();
        var key = await page.GetByTestId("sleutel").InnerTextAsync();
        await page.GetByLabel("Vul de code van 6 cijfers in die de app nu toont").FillAsync(Totp.Fresh(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie aanzetten" }).ClickAsync();
        await Expect(page.Locator(".recovery-codes li")).ToHaveCountAsync(10);
        Assert.True(await TwoFactorAccounts.IsEnabledAsync(browser.Factory, email));

        await SignOutAsync(page);
        await PasswordAsync(page, email);
        await page.GetByLabel("Code uit de app").FillAsync(Totp.Fresh(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 })).ToBeVisibleAsync();

        await page.GotoAsync("/account/tweestapsverificatie");
        await Expect(page.Locator(".facts")).ToContainTextAsync("Aan");
        violations.AddRange(await CheckAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Tweestapsverificatie uitzetten" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Tweestapsverificatie staat uit");
        Assert.False(await TwoFactorAccounts.IsEnabledAsync(browser.Factory, email));

        await SignOutAsync(page);
        await PasswordAsync(page, email);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(violations);
        await page.Context.CloseAsync();
    }

    private static async Task PasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(email);
        await page.GetByLabel("Wachtwoord").FillAsync(TwoFactorAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();
    }

    private static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Account" }).GetByRole(AriaRole.Link, new() { Name = "Inloggen" })).ToBeVisibleAsync();
    }

    /// <summary>axe's WCAG A/AA violations, and a line when the page is wider than the 360-pixel phone.</summary>
    private static async Task<IReadOnlyList<string>> CheckAsync(IPage page)
    {
        var found = new List<string>(await BrowserFixture.AccessibilityViolationsAsync(page));
        if (!await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"))
        {
            found.Add($"{page.Url}: wider than the screen");
        }

        return found;
    }
}
