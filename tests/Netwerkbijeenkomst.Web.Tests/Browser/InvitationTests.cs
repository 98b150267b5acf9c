using Ical.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Notifications;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>Publishing mails an invitation with a calendar file; a member subscribes to their own calendar feed.</summary>
[Collection(SharedBrowser.Name)]
public sealed class InvitationTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_Publishes_AndTheOutboxHasTheInvitation_WithACalendarFileThatParses()
    {
        var meetingId = await PlanConceptAsync("Bijeenkomst met uitnodiging per mail");
        var violations = new List<string>();
        var desktop = await browser.SignInAsync(DemoData.Coordinator, phone: false);
        await desktop.GotoAsync($"/bijeenkomsten/{meetingId}");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(desktop));
        await desktop.Context.CloseAsync();
        var page = await browser.SignInAsync(DemoData.Coordinator);

        await page.GotoAsync($"/bijeenkomsten/{meetingId}");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Publiceren" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("gepubliceerd");
        await browser.Factory.Services.GetRequiredService<NoticeMailer>().SendPendingAsync();

        await page.GotoAsync("/ontwikkeling/postvak");
        var mail = page.Locator("article.mail").Filter(new() { HasText = "Uitnodiging: Bijeenkomst met uitnodiging per mail" }).Filter(new() { HasText = "Aan: ayse@demo.nl" });
        await Expect(mail).ToHaveCountAsync(1);
        await Expect(mail).ToContainTextAsync("Ja, ik kom");
        var download = await page.RunAndWaitForDownloadAsync(() => mail.GetByRole(AriaRole.Link, new() { Name = "uitnodiging.ics" }).ClickAsync());
        var calendar = Calendar.Load(await File.ReadAllTextAsync(await download.PathAsync()))!;

        Assert.Equal("REQUEST", calendar.Method);
        var entry = Assert.Single(calendar.Events);
        Assert.Equal(($"{meetingId:N}@netwerkbijeenkomst", "Bijeenkomst met uitnodiging per mail"), (entry.Uid, entry.Summary));
        Assert.Empty(violations);
    }

    [Fact]
    public async Task Member_SubscribesToTheirCalendarFeed_WhichACalendarParserReads_AndStopsIt()
    {
        var meeting = await browser.Demo.MeetingAsync();
        var violations = new List<string>();
        foreach (var phone in new[] { true, false })
        {
            var page = await browser.SignInAsync(DemoData.Members[1].Account, phone);
            await page.GetByRole(AriaRole.Link, new() { Name = "Meldingen" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Meldingen en agenda", Level = 1 })).ToBeVisibleAsync();
            violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

            if (!phone)
            {
                // Renewing ends the address made on the phone: the page asks for a tick first.
                await page.GetByLabel("Ja, maak een nieuw adres").CheckAsync();
            }

            await page.GetByRole(AriaRole.Button, new() { Name = phone ? "Agenda-abonnement maken" : "Nieuw adres maken" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw agenda-abonnement is gemaakt");
            var url = await page.GetByLabel("Of kopieer het adres:").InputValueAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Toevoegen aan mijn agenda" })).ToHaveAttributeAsync("href", "webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..]);
            violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the screen.");

            var path = new Uri(url).PathAndQuery;
            var feed = await page.APIRequest.GetAsync(path);
            Assert.Equal(200, feed.Status);
            var calendar = Calendar.Load(await feed.TextAsync())!;
            Assert.Contains(calendar.Events, e => e.Uid == $"{meeting.Id:N}@netwerkbijeenkomst" && e.DtStart!.AsUtc == meeting.StartsAt.UtcDateTime);

            if (!phone)
            {
                await page.GetByLabel("Ja, stop mijn abonnement").CheckAsync();
                await page.GetByRole(AriaRole.Button, new() { Name = "Abonnement stopzetten" }).ClickAsync();
                await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("stopgezet");
                Assert.Equal(404, (await page.APIRequest.GetAsync(path)).Status);
            }

            await page.Context.CloseAsync();
        }

        Assert.Empty(violations);
    }

    private async Task<Guid> PlanConceptAsync(string title)
    {
        var coordinator = await browser.Demo.ActorAsync(DemoData.Coordinator);
        var dates = await browser.Demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetNextMeetingDatesAsync(12);
        var startsAt = dates[^1].AddHours(-3);
        var meeting = browser.Demo.Grains.GetGrain<IMeetingGrain>(Guid.NewGuid());
        await meeting.PlanAsync(coordinator, DemoData.NetworkId, title, startsAt, startsAt.AddMinutes(120));
        await meeting.AddAgendaItemAsync(coordinator, Guid.NewGuid(), AgendaItemKind.Opening, "Opening", 10, coordinator.UserId, null);
        await meeting.AddAgendaItemAsync(coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Thema-avond met het wijkteam", 60, null, null);
        return meeting.GetPrimaryKey();
    }
}
