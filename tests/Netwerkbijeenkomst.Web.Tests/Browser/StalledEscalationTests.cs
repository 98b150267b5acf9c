using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>Stalled escalations on the follow-up page, on a clock of its own: listed first and marked; the page is axe clean at 360 px.</summary>
[Collection(SharedBrowser.Name)]
public sealed class StalledEscalationTests(ClockedBrowserFixture clocked) : IClassFixture<ClockedBrowserFixture>
{
    [Fact]
    public async Task StalledEscalation_IsListedFirst_AndMarked_OnTheFollowUpPage()
    {
        var browser = clocked.Browser;
        var coordinator = await browser.SignInAsync(DemoData.Coordinator);
        await coordinator.GotoAsync("/netwerken/utrecht/opvolging");
        await Expect(coordinator.GetByText("Er lopen geen doorverwijzingen.")).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        await EscalationTests.EscalateAsync(browser, "wmo-utrecht", "wmo-contact");
        await EscalationTests.EscalateAsync(browser, "huisartsen-overvecht", "poh-overvecht");
        await coordinator.GotoAsync("/netwerken/utrecht/opvolging");
        await coordinator.GetByLabel("Soort zorg").SelectOptionAsync(new SelectOptionValue { Label = "huisarts / POH" });
        await coordinator.GetByLabel("Werkdagen").FillAsync("2");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Termijn opslaan" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("2 werkdagen");

        // Seven days hold three to five working days: past the GP's two, within the Wmo's ten.
        clocked.Clock.Advance(TimeSpan.FromDays(7));
        await coordinator.ReloadAsync();

        var first = coordinator.Locator(".follow-up li").First;
        await Expect(first).ToContainTextAsync("Gezondheidscentrum Overvecht");
        await Expect(first.Locator(".badge")).ToHaveTextAsync("stagneert");
        await Expect(coordinator.Locator(".follow-up li").Nth(1)).Not.ToContainTextAsync("stagneert");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));
        await coordinator.Context.CloseAsync();
    }
}
