using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Formatting;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>The coordinator plans a meeting from the monthly rule and moves it; a member finds their cases under "Mijn casussen".</summary>
[Collection(SharedBrowser.Name)]
public sealed class PlanningTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_PlansTheNextDateFromTheRule_WithOnePress_AndMovesIt()
    {
        var network = browser.Demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        var next = (await network.GetNextMeetingDatesAsync(1))[0];
        var coordinator = await browser.SignInAsync(DemoData.Coordinator);
        await coordinator.GotoAsync("/netwerken/utrecht");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Planning: maandregel, plannen, verzetten en aflassen, ingediende casussen" }).ClickAsync();
        await Expect(coordinator.GetByLabel("Plaats (naam en adres van de locatie)")).ToHaveValueAsync(DemoData.MeetingPlace);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        await coordinator.GetByRole(AriaRole.Button, new() { Name = $"Plannen: {DutchFormat.DateTime(next)}" }).ClickAsync();

        var title = "Netwerkbijeenkomst " + DutchFormat.Date(DateOnly.FromDateTime(AmsterdamClock.Local(next)));
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync($"{title} is gepland.");
        await Expect(coordinator.Locator("#next-dates")).Not.ToContainTextAsync(DutchFormat.DateTime(next));
        var planned = coordinator.Locator("#planned > li").Filter(new() { HasText = DutchFormat.DateTime(next) });
        await Expect(planned.GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        // Moving needs a reason; cancelling asks for a confirmation first.
        await planned.Locator("summary", new() { HasText = "Verzetten" }).ClickAsync();
        var dayLater = DateOnly.FromDateTime(AmsterdamClock.Local(next)).AddDays(1);
        await planned.GetByLabel("Nieuwe datum").FillAsync(dayLater.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await planned.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst verzetten" }).ClickAsync();
        await Expect(coordinator.Locator(".field-error").Filter(new() { HasText = "Vul de reden in" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));
        planned = coordinator.Locator("#planned > li").Filter(new() { HasText = DutchFormat.DateTime(next) });
        await planned.GetByLabel("Reden (de leden lezen die)").FillAsync("De zaal is die dinsdag bezet.");
        await planned.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst verzetten" }).ClickAsync();

        await Expect(coordinator.Locator(".notice")).ToContainTextAsync("De bijeenkomst is verzet");
        var moved = AmsterdamClock.At(dayLater, TimeOnly.FromDateTime(AmsterdamClock.Local(next)));
        planned = coordinator.Locator("#planned > li").Filter(new() { HasText = DutchFormat.DateTime(moved) });
        await Expect(planned).ToHaveCountAsync(1);
        await planned.Locator("summary", new() { HasText = "Aflassen" }).ClickAsync();
        await planned.GetByLabel("Reden om af te lassen").FillAsync("Te weinig aanmeldingen");
        await planned.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst aflassen" }).ClickAsync();
        await Expect(coordinator.Locator(".field-error").Filter(new() { HasText = "Vink aan" })).ToBeVisibleAsync();
        Assert.Contains(await network.GetCalendarAsync(await browser.Demo.ActorAsync(DemoData.Coordinator)), m => m.StartsAt == moved && m.Status == MeetingStatus.Concept);

        var desktop = await browser.SignInAsync(DemoData.Coordinator, phone: false);
        await desktop.GotoAsync("/netwerken/utrecht/planning");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(desktop));
    }

    [Fact]
    public async Task Member_FindsTheirConceptAndSubmittedCases_UnderMijnCasussen()
    {
        var member = DemoData.Members[2].Account;
        var concept = browser.Demo.Grains.GetGrain<ICaseGrain>(Guid.NewGuid());
        var label = await concept.CreateAsync(await browser.Demo.ActorAsync(member), DemoData.NetworkId, new CaseDetails(
            AgeBand.From65To74, "Surinaams", [CaseTheme.LanguageAndPaperwork], null, "Een man begrijpt de brieven van de zorgverzekeraar niet.", "Wie kan meelezen?"));
        var demoMeeting = await browser.Demo.MeetingAsync();
        var page = await browser.SignInAsync(member);

        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Mijn casussen" }).ClickAsync();

        var cases = page.Locator("#my-cases > li");
        await Expect(cases.Filter(new() { HasText = label })).ToContainTextAsync("Nog niet ingediend.");
        await Expect(cases.Filter(new() { HasText = label }).Locator(".status")).ToHaveTextAsync(DutchFormat.Name(CaseStatus.Concept));
        var submitted = cases.Filter(new() { HasText = demoMeeting.Title });
        await Expect(submitted.First).ToContainTextAsync("Bijeenkomst:");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        var nobody = await browser.SignInAsync(DemoData.OtherCoordinator, phone: false);
        await nobody.GotoAsync("/mijn-casussen");
        await Expect(nobody.Locator(".empty")).ToContainTextAsync("U heeft nog geen casussen ingebracht.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(nobody));
        var desktop = await browser.SignInAsync(member, phone: false);
        await desktop.GotoAsync("/mijn-casussen");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(desktop));
    }
}
