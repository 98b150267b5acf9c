using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Formatting;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>On a phone: the coordinator changes an action point on the overview, its new owner finds it on the home page and closes it; a member closes their case.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ActionPointFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_EditsReassignsAndMoves_ThenTheNewOwnerClosesItFromTheHomePage()
    {
        var today = DutchFormat.Today(DateTimeOffset.UtcNow);
        var jerome = await browser.Demo.UserIdAsync(DemoData.Members[4].Account.Email);
        var id = Guid.NewGuid();
        await browser.Demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId)
            .AddActionPointAsync(await browser.Demo.ActorAsync(DemoData.Coordinator), id, "Antilliaanse vereniging bellen", jerome, today.AddDays(5), null, null);
        var coordinator = await browser.SignInAsync(DemoData.Coordinator);
        await coordinator.GotoAsync("/netwerken/utrecht");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Alle actiepunten: filteren, wijzigen en sluiten" }).ClickAsync();
        var point = coordinator.Locator($"#actiepunt-{id}");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        await point.Locator("summary").ClickAsync();
        await point.GetByLabel("Omschrijving").FillAsync("Antilliaanse vereniging en het buurthuis bellen");
        await point.GetByRole(AriaRole.Button, new() { Name = "Omschrijving opslaan" }).ClickAsync();
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("De omschrijving is opgeslagen.");
        await point.Locator("summary").ClickAsync();
        await point.GetByLabel("Eigenaar").SelectOptionAsync(new SelectOptionValue { Label = DemoData.Members[5].Account.Name });
        await point.GetByRole(AriaRole.Button, new() { Name = "Eigenaar wijzigen" }).ClickAsync();
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("Het actiepunt heeft een nieuwe eigenaar.");
        await point.Locator("summary").ClickAsync();
        await point.GetByLabel("Nieuwe uiterste datum").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await point.GetByLabel("Reden").FillAsync("De vereniging vergadert morgen al.");
        await point.GetByRole(AriaRole.Button, new() { Name = "Datum verzetten" }).ClickAsync();

        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("De uiterste datum is verzet.");
        await Expect(point.Locator(".action-point-description")).ToHaveTextAsync("Antilliaanse vereniging en het buurthuis bellen");
        await Expect(point.Locator(".owner")).ToHaveTextAsync(DemoData.Members[5].Account.Name);
        await Expect(point.Locator(".due-relative")).ToHaveTextAsync("morgen");
        await Expect(point.Locator(".moves")).ToContainTextAsync("De vereniging vergadert morgen al.");
        await point.Locator("summary").ClickAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        var maria = await browser.SignInAsync(DemoData.Members[5].Account);
        var mine = maria.Locator($"#my-action-points [data-id='{id}']");
        await Expect(mine).ToContainTextAsync("Antilliaanse vereniging en het buurthuis bellen");
        await Expect(mine.Locator(".due-relative")).ToHaveTextAsync("morgen");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(maria));
        await mine.GetByRole(AriaRole.Link).ClickAsync();
        var own = maria.Locator($"#actiepunt-{id}");
        await own.Locator("summary").ClickAsync();
        await Expect(own.GetByLabel("Omschrijving")).ToHaveCountAsync(0);
        await own.GetByLabel("gedaan", new() { Exact = true }).CheckAsync();
        await own.GetByLabel("Toelichting (niet verplicht)").FillAsync("Beide gebeld; ze komen in januari.");
        await own.GetByRole(AriaRole.Button, new() { Name = "Actiepunt sluiten" }).ClickAsync();
        await Expect(maria.Locator(".field-error").Filter(new() { HasText = "Vink aan" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(maria));
        await own.GetByLabel("gedaan", new() { Exact = true }).CheckAsync();
        await own.GetByLabel("Ja, sluit dit actiepunt").CheckAsync();
        await own.GetByRole(AriaRole.Button, new() { Name = "Actiepunt sluiten" }).ClickAsync();

        await Expect(maria.Locator(".notice")).ToHaveTextAsync("Het actiepunt is gesloten.");
        await Expect(own).ToHaveCountAsync(0);
        await maria.GotoAsync("/");
        await Expect(maria.Locator($"[data-id='{id}']")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Member_ClosesTheirDiscussedCase_WithAnOutcome()
    {
        var meeting = await browser.Demo.StartOwnMeetingAsync(DemoData.Members[3].Account);
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        await browser.Demo.Grains.GetGrain<IMeetingGrain>(meeting.Id)
            .RecordAdviceAsync(await browser.Demo.ActorAsync(DemoData.Coordinator), Guid.NewGuid(), caseId, "Een buurvrouw vragen mee te gaan.", "Wen belt het buurthuis.");
        var wen = await browser.SignInAsync(DemoData.Members[3].Account);
        await wen.GotoAsync($"/casussen/{caseId}");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(wen));

        var form = wen.Locator("section[aria-labelledby=sluiten-kop]");
        await form.GetByLabel("overleden/verhuisd").CheckAsync();
        await form.GetByLabel("Toelichting (niet verplicht)").FillAsync("Zij woont nu bij haar dochter in een andere stad.");
        await form.GetByLabel("Ik weet het: na de bewaartermijn worden de teksten gewist").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Casus sluiten" }).ClickAsync();

        await Expect(wen.Locator(".notice")).ToHaveTextAsync("De casus is gesloten. Na de bewaartermijn worden de teksten gewist.");
        await Expect(wen.Locator("#case-status")).ToHaveTextAsync("gesloten");
        await Expect(wen.Locator("#case-outcome")).ToHaveTextAsync("overleden/verhuisd: Zij woont nu bij haar dochter in een andere stad.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(wen));
    }
}
