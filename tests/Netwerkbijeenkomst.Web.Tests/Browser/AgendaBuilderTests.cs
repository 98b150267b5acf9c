using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>The coordinator builds an agenda from empty with the keyboard alone, on a phone, and publishes it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AgendaBuilderTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_BuildsAnAgendaFromEmpty_WithTheKeyboardOnly_AndPublishesIt()
    {
        var coordinator = await browser.Demo.ActorAsync(DemoData.Coordinator);
        var startsAt = (await browser.Demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetNextMeetingDatesAsync(3)).Max();
        var meetingId = Guid.NewGuid();
        await browser.Demo.Grains.GetGrain<IMeetingGrain>(meetingId).PlanAsync(coordinator, DemoData.NetworkId, "Thema-avond GGZ", startsAt, startsAt.AddMinutes(90));
        var page = await browser.SignInAsync(DemoData.Coordinator);
        var violations = new List<string>();

        await page.GotoAsync($"/bijeenkomsten/{meetingId}/agenda");
        await Expect(page.Locator("#agenda-empty")).ToContainTextAsync("De agenda is nog leeg.");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

        await AddAsync(page, "opening", "Welkom en voorstelronde", "10");
        await AddAsync(page, "thema", "De GGZ stelt zich voor", "60", presenter: "GGZ Centraal Utrecht: Esther");
        await AddAsync(page, "rondvraag", "Rondvraag", "30");

        // 100 minutes in a 90-minute meeting: said in words.
        await Expect(page.Locator("#agenda-total")).ToHaveTextAsync("Gepland: 100 minuten van de 90 minuten die de bijeenkomst duurt.");
        await Expect(page.Locator("#agenda-remark")).ToContainTextAsync("Let op: de agenda duurt 10 minuten langer dan de bijeenkomst.");
        await Expect(page.Locator("#agenda-items")).ToContainTextAsync("gast: GGZ Centraal Utrecht (Esther de Wit)");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

        // Edit the theme: open "Wijzigen" with Enter, then change its minutes and press Enter to save.
        var theme = Row(page, "De GGZ stelt zich voor");
        await theme.Locator("summary").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await theme.GetByLabel("Minuten").FocusAsync();
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("45");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Het agendapunt is gewijzigd.");
        await Expect(page.Locator("#agenda-remark")).ToHaveTextAsync("Er is nog 5 minuten over.");

        // Move "Rondvraag" up with its button.
        await Row(page, "Rondvraag").GetByRole(AriaRole.Button, new() { Name = "Omhoog" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Het agendapunt staat nu op plaats 2.");
        await Expect(page.Locator("#agenda-items > li .agenda-row-title strong")).ToHaveTextAsync(["Welkom en voorstelronde", "Rondvraag", "De GGZ stelt zich voor"]);
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.Locator("#publish").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("De bijeenkomst is gepubliceerd.");
        await Expect(page.Locator("#agenda-wijzigingen")).ToContainTextAsync("De genodigden kennen de agenda zoals hij nu is.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the phone.");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

        var stored = await browser.Demo.Grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(coordinator);
        Assert.Equal(MeetingStatus.Published, stored.Status);
        Assert.Equal([(AgendaItemKind.Opening, 10), (AgendaItemKind.AnyOtherBusiness, 30), (AgendaItemKind.Theme, 45)], stored.Agenda.Select(i => (i.Kind, i.PlannedMinutes)).ToArray());
        Assert.Equal(new AgendaGuest("ggz-utrecht", "ggz-contact", null), stored.Agenda[2].Guest);

        // At desktop width too, and the meeting page names the guest.
        await page.SetViewportSizeAsync(1280, 900);
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.GotoAsync($"/bijeenkomsten/{meetingId}");
        await Expect(page.Locator("#agenda")).ToContainTextAsync("gast: GGZ Centraal Utrecht (Esther de Wit)");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
        Assert.Empty(violations);
    }

    /// <summary>Fills the new-item form by keyboard: type ahead in the selects, Tab between fields, Enter to send.</summary>
    private static async Task AddAsync(IPage page, string kind, string title, string minutes, string? presenter = null)
    {
        await page.Locator("#nieuw-kind").FocusAsync();
        await page.Keyboard.TypeAsync(kind);
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.Locator("#nieuw-title")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(title);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(minutes);
        if (presenter is not null)
        {
            await page.Locator("#nieuw-presenter").FocusAsync();
            await page.Keyboard.TypeAsync(presenter);
            await page.Locator("#nieuw-title").FocusAsync();
        }

        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[role=status]")).ToHaveTextAsync("Het agendapunt is toegevoegd.");
        await Expect(page.Locator("#agenda-items")).ToContainTextAsync(title);
    }

    // By the item's own title: every row's edit form also lists the kinds ("rondvraag") in its select.
    private static ILocator Row(IPage page, string title) =>
        page.Locator("#agenda-items > li", new() { Has = page.Locator(".agenda-row-title strong").GetByText(title, new() { Exact = true }) });
}
