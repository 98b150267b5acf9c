using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>The case form highlights identifying details while typing and after a refused save, and explains them in Dutch.</summary>
[Collection(SharedBrowser.Name)]
public sealed class CaseFormTests
{
    private readonly BrowserFixture _browser;

    public CaseFormTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task PersonalData_IsHighlightedWhileTyping_AndAfterARefusedSave()
    {
        var page = await _browser.SignInAsync(DemoData.Members[2].Account);
        await page.GotoAsync("/casussen/nieuw?netwerk=utrecht");
        const string situation = "Haar zoon is bereikbaar op 06-12345678 of via zoon.k@example.nl.";

        await page.GetByLabel("Situatie").FillAsync(situation);

        var feedback = page.Locator("#privacy-situation");
        await Expect(feedback.Locator("mark[data-kind=phone]")).ToHaveTextAsync("06-12345678");
        await Expect(feedback.Locator("mark[data-kind=email]")).ToHaveTextAsync("zoon.k@example.nl");
        await Expect(feedback).ToContainTextAsync("Deze tekst bevat een telefoonnummer, een e-mailadres.");
        await Expect(page.GetByLabel("Situatie")).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.GetByLabel("Gemeenschap of taal").FillAsync("Surinaams");
        await page.GetByLabel("eenzaamheid").CheckAsync();
        await page.GetByLabel("Vraag aan het netwerk").FillAsync("Hoe kan zij hulp krijgen?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Casus opslaan als concept" }).ClickAsync();

        await Expect(page.Locator(".error-summary")).ToContainTextAsync("Er is niets opgeslagen.");
        await Expect(page.Locator("#privacy-situation mark[data-kind=phone]")).ToHaveTextAsync("06-12345678");
        await Expect(page.GetByLabel("Situatie")).ToHaveValueAsync(situation);

        // Rewritten in general words, the warning goes away.
        await page.GetByLabel("Situatie").FillAsync("Haar zoon woont in de buurt en is soms bereikbaar.");
        await Expect(page.Locator("#privacy-situation mark")).ToHaveCountAsync(0);
    }
}
