using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>A coordinator and two members, each in their own browser, hold a meeting in the live room.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LiveRoomTests
{
    private readonly BrowserFixture _browser;

    public LiveRoomTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task ThreePeople_HoldAMeeting_Live()
    {
        var meetingId = await _browser.Demo.MeetingIdAsync();
        var coordinator = await _browser.SignInAsync(DemoData.Coordinator, viewport: BrowserFixture.Desk);
        var ayse = await _browser.SignInAsync(DemoData.Members[0].Account);
        var mohamed = await _browser.SignInAsync(DemoData.Members[1].Account);
        var violations = new List<string>();

        // The coordinator starts the meeting from its page; everyone enters the room.
        await coordinator.GotoAsync($"/bijeenkomsten/{meetingId}");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(coordinator));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Bijeenkomst beginnen" }).ClickAsync();

        // The demo meeting is on a later day: the page asks to confirm starting it now.
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Alert)).ToContainTextAsync("bevestig");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(coordinator));
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ja, toch nu beginnen" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Deelnemen aan de bijeenkomst" }).ClickAsync();
        foreach (var page in new[] { ayse, mohamed })
        {
            await page.GotoAsync($"/bijeenkomsten/{meetingId}/live");
        }

        foreach (var page in new[] { coordinator, ayse, mohamed })
        {
            await page.EvaluateAsync("() => window.meetingRoom.ready");
            await Expect(page.Locator("#connection-state")).ToHaveTextAsync("Verbonden");
        }

        await Expect(coordinator.Locator("#present-list")).ToContainTextAsync(DemoData.Members[1].Account.Name);
        await Expect(coordinator.Locator("#present-list li")).ToHaveCountAsync(3);
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(coordinator));
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(ayse));

        // A member's contribution appears on the others' screens.
        await ayse.Locator("#contribution-kind").SelectOptionAsync("Question");
        await ayse.Locator("#contribution-text").FillAsync("Heeft hij nog familie in de buurt?");
        await ayse.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();
        await Expect(mohamed.Locator("#contributions-list")).ToContainTextAsync("Heeft hij nog familie in de buurt?");
        await Expect(coordinator.Locator("#contributions-list")).ToContainTextAsync(DemoData.Members[0].Account.Name);

        // The coordinator moves the agenda; everyone follows.
        await coordinator.Locator("#next-item").ClickAsync();
        await Expect(coordinator.Locator("#current-item-title")).ToHaveTextAsync("Mededelingen");
        await Expect(ayse.Locator("#current-item-title")).ToHaveTextAsync("Mededelingen");
        await Expect(mohamed.Locator("#current-item-title")).ToHaveTextAsync("Mededelingen");

        // Mohamed's connection drops; he misses a contribution and an agenda move, then comes back.
        await mohamed.EvaluateAsync("() => window.meetingRoom.goOffline()");
        await ayse.Locator("#contribution-text").FillAsync("Zijn buurvrouw kijkt soms naar hem om.");
        await ayse.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();
        await Expect(coordinator.Locator("#contributions-list")).ToContainTextAsync("Zijn buurvrouw kijkt soms naar hem om.");
        await coordinator.Locator("#next-item").ClickAsync();
        await Expect(ayse.Locator("#current-item-title")).Not.ToHaveTextAsync("Mededelingen");
        var thirdItem = await ayse.Locator("#current-item-title").TextContentAsync();
        Assert.Equal("Mededelingen", await mohamed.Locator("#current-item-title").TextContentAsync());

        await mohamed.EvaluateAsync("() => window.meetingRoom.goOnline()");
        await Expect(mohamed.Locator("#current-item-title")).ToHaveTextAsync(thirdItem!);
        var applied = await mohamed.EvaluateAsync<int[]>("() => window.meetingRoom.applied");
        Assert.Equal(Enumerable.Range(applied[0], applied.Length), applied);
        var missed = await mohamed.EvaluateAsync<int>("() => window.meetingRoom.state.contributions.filter(c => c.text === 'Zijn buurvrouw kijkt soms naar hem om.').length");
        Assert.Equal(1, missed);
        await coordinator.WaitForFunctionAsync("last => window.meetingRoom.applied.at(-1) >= last", applied[^1]);

        // An action point recorded live lands on the network's action-point list.
        await coordinator.GetByRole(AriaRole.Tab, new() { Name = "Actiepunt" }).ClickAsync();
        await coordinator.Locator("#action-point-description").FillAsync("Buurthuis vragen naar een inloopochtend");
        await coordinator.Locator("#action-point-owner").SelectOptionAsync(new SelectOptionValue { Label = DemoData.Members[1].Account.Name });
        await coordinator.Locator("#action-point-due").FillAsync(DateTime.UtcNow.AddDays(21).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await coordinator.Locator("#action-point-form button[type=submit]").ClickAsync();
        await Expect(ayse.Locator("#action-points-list")).ToContainTextAsync("Buurthuis vragen naar een inloopochtend");
        await mohamed.GotoAsync("/netwerken/utrecht");
        await Expect(mohamed.Locator("#action-points")).ToContainTextAsync("Buurthuis vragen naar een inloopochtend");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(mohamed));

        Assert.Empty(violations);
    }

    [Fact]
    public async Task CoordinatorOfAnotherNetwork_IsRefusedAtTheHub()
    {
        var meetingId = await _browser.Demo.MeetingIdAsync();
        var peter = await _browser.SignInAsync(DemoData.OtherCoordinator);

        // The page itself is refused ...
        await peter.GotoAsync($"/bijeenkomsten/{meetingId}/live");
        await Expect(peter.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden" })).ToBeVisibleAsync();

        // ... and so is the hub, even for a browser that has the room's page and script some other way.
        await peter.RouteAsync("**/nagemaakte-ruimte", route => route.FulfillAsync(new()
        {
            ContentType = "text/html",
            Body = $$$"""
                <!DOCTYPE html><html lang="nl"><head><title>Nagemaakt</title></head><body><main>
                <p id="connection-state" role="status"></p><p id="connection-error" role="alert"></p>
                <script type="application/json" id="meeting-state">{"version":2,"context":{"meetingId":"{{{meetingId}}}","userId":"x","isCoordinator":false,"people":[],"owners":[],"institutions":[]},"state":{"sequence":0,"meeting":{"title":"x","status":"Started"},"agenda":{"items":[],"current":null,"currentSince":null,"used":[]},"attendance":{"present":[],"hands":[],"floor":null},"contributions":[],"advice":[],"actionPoints":[],"escalations":[],"rounds":[]}}</script>
                <script type="module" src="/js/meeting-room.js"></script></main></body></html>
                """,
        }));
        await peter.GotoAsync("/nagemaakte-ruimte");

        await Expect(peter.Locator("#connection-error")).ToContainTextAsync("geen actief lid van het netwerk");
        Assert.Empty(await peter.EvaluateAsync<int[]>("() => window.meetingRoom.applied"));
    }
}
