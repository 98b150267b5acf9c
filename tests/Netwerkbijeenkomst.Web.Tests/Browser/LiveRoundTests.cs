using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// The grown-up room: the chair's desk on a laptop, peer consultation in rounds with members on phones, state that
/// survives a reload, a contribution written offline, and a member taken from the meeting page into the room.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LiveRoundTests(BrowserFixture browser)
{
    private static readonly DemoAccount Presenter = DemoData.Members[2].Account;
    private static readonly DemoAccount First = DemoData.Members[0].Account;
    private static readonly DemoAccount Second = DemoData.Members[1].Account;

    [Fact]
    public async Task ChairOnADesk_AndThreeMembersOnPhones_RunARound_KeepingHandFloorAndDraftsThroughAReload()
    {
        var meeting = await browser.Demo.StartOwnMeetingAsync(Presenter);
        var caseItem = meeting.Agenda.Single(i => i.CaseId.HasValue);
        var chair = await browser.SignInAsync(DemoData.Coordinator, viewport: BrowserFixture.Desk);
        var presenter = await browser.SignInAsync(Presenter);
        var first = await browser.SignInAsync(First);
        var second = await browser.SignInAsync(Second);
        var violations = new List<string>();

        // In this order, so that the order of turns the chair is offered is first, then second.
        foreach (var page in new[] { chair, presenter, first, second })
        {
            await page.GotoAsync($"/bijeenkomsten/{meeting.Id}/live");
            await page.EvaluateAsync("() => window.meetingRoom.ready");
            await Expect(page.Locator("#connection-state")).ToHaveTextAsync("Verbonden");
        }

        await Expect(chair.Locator("#present-list li")).ToHaveCountAsync(4);
        while (await chair.Locator("#current-item-title").TextContentAsync() != caseItem.Title)
        {
            var before = await chair.Locator("#current-item-title").TextContentAsync();
            await chair.Locator("#next-item").ClickAsync();
            await Expect(chair.Locator("#current-item-title")).Not.ToHaveTextAsync(before!);
        }

        // The desk: agenda with time used against planned, hands, contributions and the tools for this case, all in view.
        await Expect(chair.Locator("#agenda-list li[aria-current=step] .agenda-time")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ van 20 min$"));
        await Expect(chair.Locator("#advice-case option:checked")).ToHaveTextAsync(caseItem.Title);
        await Expect(chair.Locator("#tools-case")).ToContainTextAsync(caseItem.Title);
        await AssertInViewAsync(chair, "#agenda", "#now", "#hands", "#contributions", "#tools");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(chair));

        // The chair starts a round, five minutes for the question; the order offered is the members present but the presenter.
        await chair.GetByRole(AriaRole.Tab, new() { Name = "Intervisie" }).ClickAsync();
        await Expect(chair.Locator("#round-order li")).ToHaveCountAsync(3);
        await Expect(chair.Locator("#round-order li").First).ToContainTextAsync(First.Name);
        await Expect(chair.Locator("#round-order input:checked")).ToHaveCountAsync(2);
        await chair.GetByLabel("Tijd voor de hulpvraag in minuten (optioneel)").FillAsync("5");
        await chair.GetByRole(AriaRole.Button, new() { Name = "Intervisie beginnen" }).ClickAsync();
        foreach (var page in new[] { chair, presenter, first, second })
        {
            await Expect(page.Locator("#round-phase")).ToHaveTextAsync("Fase: Hulpvraag van de inbrenger");
        }

        await Expect(first.Locator("#round-timer")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Nog 0[45]:\d\d"));
        await AssertInViewAsync(chair, "#agenda", "#now", "#hands", "#contributions", "#round", "#tools");

        // The presenter states the question.
        await Expect(first.Locator("#round-entry-form")).ToBeHiddenAsync();
        await presenter.GetByLabel("Uw hulpvraag").FillAsync("Hoe krijg ik haar weer naar buiten zonder dat ze zich schaamt?");
        await presenter.GetByRole(AriaRole.Button, new() { Name = "Hulpvraag stellen" }).ClickAsync();
        await Expect(second.Locator("#round-phases")).ToContainTextAsync("zonder dat ze zich schaamt?");

        // Clarifying questions, in turn; a statement is refused and stays in the field.
        await chair.GetByRole(AriaRole.Button, new() { Name = "Volgende fase: verhelderende vragen" }).ClickAsync();
        await Expect(first.Locator("#round-turn")).ToHaveTextAsync("U bent aan de beurt");
        await Expect(second.Locator("#round-turn")).ToHaveTextAsync($"Aan de beurt: {First.Name}");
        await Expect(second.Locator("#round-entry-form")).ToBeHiddenAsync();
        var question = first.GetByLabel("Uw verhelderende vraag");
        await question.FillAsync("Zij woont alleen.");
        await first.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        await Expect(first.Locator("#round-entry-error")).Not.ToBeEmptyAsync();
        await Expect(question).ToHaveValueAsync("Zij woont alleen.");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(first));
        await question.FillAsync("Woont zij alleen?");
        await first.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        await Expect(second.Locator("#round-turn")).ToHaveTextAsync("U bent aan de beurt");
        await second.GetByLabel("Uw verhelderende vraag").FillAsync("Heeft zij kinderen in de stad?");
        await second.GetByRole(AriaRole.Button, new() { Name = "Vraag stellen" }).ClickAsync();
        await Expect(chair.Locator("#round-phases")).ToContainTextAsync("Heeft zij kinderen in de stad?");

        // Advice: hands up, the floor to the second; the first half-writes advice and a contribution, then reloads.
        await chair.GetByRole(AriaRole.Button, new() { Name = "Volgende fase: adviesronde" }).ClickAsync();
        await Expect(first.Locator("#round-turn")).ToHaveTextAsync("U bent aan de beurt");
        await first.GetByRole(AriaRole.Button, new() { Name = "Hand opsteken" }).ClickAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Hand opsteken" }).ClickAsync();
        await Expect(chair.Locator("#hands-list li")).ToHaveCountAsync(2);
        await chair.GetByRole(AriaRole.Button, new() { Name = $"Geef het woord aan {Second.Name}" }).ClickAsync();
        await Expect(first.Locator("#floor")).ToHaveTextAsync($"{Second.Name} heeft het woord.");
        await first.GetByLabel("Uw advies").FillAsync("Vraag of de buurvrouw een keer meegaat naar de inloop.");
        await first.GetByLabel("Uw bijdrage").FillAsync("Half geschreven gedachte");

        await first.ReloadAsync();
        await first.EvaluateAsync("() => window.meetingRoom.ready");
        await Expect(first.GetByRole(AriaRole.Button, new() { Name = "Hand laten zakken" })).ToBeVisibleAsync();
        await Expect(first.Locator("#hands-list")).ToContainTextAsync(First.Name);
        await Expect(first.Locator("#floor")).ToHaveTextAsync($"{Second.Name} heeft het woord.");
        await Expect(first.GetByLabel("Uw advies")).ToHaveValueAsync("Vraag of de buurvrouw een keer meegaat naar de inloop.");
        await Expect(first.GetByLabel("Uw bijdrage")).ToHaveValueAsync("Half geschreven gedachte");
        await Expect(first.Locator("#contribution-text-counter")).ToHaveTextAsync("24 van 2000 tekens");

        await first.GetByRole(AriaRole.Button, new() { Name = "Advies geven" }).ClickAsync();
        await Expect(second.Locator("#round-turn")).ToHaveTextAsync("U bent aan de beurt");
        await second.GetByRole(AriaRole.Button, new() { Name = "Ik sla mijn beurt over" }).ClickAsync();
        await Expect(chair.Locator("#round-phases")).ToContainTextAsync($"{Second.Name} slaat over");
        await Expect(chair.Locator("#round-turn")).ToHaveTextAsync("Iedereen is aan de beurt geweest.");

        // The presenter reacts; the chair closes with the first's advice chosen.
        await chair.GetByRole(AriaRole.Button, new() { Name = "Volgende fase: reactie van de inbrenger" }).ClickAsync();
        await presenter.GetByLabel("Uw reactie").FillAsync("Dat ga ik deze week proberen.");
        await presenter.GetByRole(AriaRole.Button, new() { Name = "Reactie geven" }).ClickAsync();
        await Expect(chair.Locator("#round-phases")).ToContainTextAsync("Dat ga ik deze week proberen.");
        await chair.Locator("#round-choices").GetByText("Vraag of de buurvrouw een keer meegaat naar de inloop.").ClickAsync();
        await chair.Locator("#round-next-steps").FillAsync("Over een maand navragen.");
        chair.Dialog += (_, dialog) => dialog.AcceptAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Intervisie afsluiten" }).ClickAsync();

        foreach (var page in new[] { chair, presenter, second })
        {
            await Expect(page.Locator("#round-chosen")).ToContainTextAsync("Vraag of de buurvrouw een keer meegaat naar de inloop.");
            await Expect(page.Locator("#advice-list")).ToContainTextAsync("Vraag of de buurvrouw een keer meegaat naar de inloop.");
        }

        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(chair));
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(second));
        await presenter.GotoAsync($"/casussen/{caseItem.CaseId}");
        await Expect(presenter.GetByRole(AriaRole.Main)).ToContainTextAsync("Vraag of de buurvrouw een keer meegaat naar de inloop.");
        Assert.Empty(violations);
    }

    [Fact]
    public async Task ContributionWrittenOffline_WaitsVisibly_AndIsStoredOnceBackOnline()
    {
        var member = DemoData.Members[4].Account;
        var meeting = await browser.Demo.StartOwnMeetingAsync(member);
        var page = await browser.SignInAsync(member);
        await page.GotoAsync($"/bijeenkomsten/{meeting.Id}/live");
        await page.EvaluateAsync("() => window.meetingRoom.ready");
        const string text = "Geschreven in de kelder van het buurthuis, zonder bereik.";

        await page.Context.SetOfflineAsync(true);
        await Expect(page.Locator("#connection-state")).ToHaveAttributeAsync("data-status", "offline");
        await page.GetByLabel("Uw bijdrage").FillAsync(text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();
        var line = page.Locator("#contributions-list li", new() { HasText = text });
        await Expect(line).ToContainTextAsync("wordt verstuurd zodra er verbinding is");
        await Expect(page.GetByLabel("Uw bijdrage")).ToHaveValueAsync("");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        await page.Context.SetOfflineAsync(false);
        await Expect(line).Not.ToContainTextAsync("wordt verstuurd zodra er verbinding is");
        await Expect(line).ToHaveCountAsync(1);
        await page.WaitForFunctionAsync("() => window.meetingRoom.waiting.length === 0");
        var stored = await browser.Demo.Grains.GetGrain<IMeetingGrain>(meeting.Id).GetAsync(await browser.Demo.ActorAsync(member));
        Assert.Single(stored.Contributions, c => c.Text == text);
    }

    [Fact]
    public async Task MemberWaitingOnTheMeetingPage_IsTakenIntoTheRoom_WhenTheChairStarts()
    {
        var coordinator = await browser.Demo.ActorAsync(DemoData.Coordinator);
        var grains = browser.Demo.Grains;
        var startsAt = (await grains.GetGrain<Grains.Abstractions.Networks.INetworkGrain>(DemoData.NetworkId).GetNextMeetingDatesAsync(3)).Max();
        var meeting = grains.GetGrain<IMeetingGrain>(Guid.NewGuid());
        await meeting.PlanAsync(coordinator, DemoData.NetworkId, "Bijeenkomst om op te wachten", startsAt, startsAt.AddMinutes(90));
        await meeting.AssembleDraftAgendaAsync(coordinator);
        await meeting.PublishAsync(coordinator);
        var member = await browser.SignInAsync(DemoData.Members[5].Account);

        await member.GotoAsync($"/bijeenkomsten/{meeting.GetPrimaryKey()}");
        // Started before or after the page's Watch is answered, the page goes to the room either way.
        await meeting.StartAsync(coordinator, overrideDay: true);

        await member.WaitForURLAsync($"**/bijeenkomsten/{meeting.GetPrimaryKey()}/live");
        await member.EvaluateAsync("() => window.meetingRoom.ready");
        await Expect(member.Locator("#present-list")).ToContainTextAsync(DemoData.Members[5].Account.Name);
    }

    /// <summary>Each part lies wholly inside the viewport, and the page itself does not scroll.</summary>
    private static async Task AssertInViewAsync(IPage page, params string[] parts)
    {
        foreach (var part in parts)
        {
            var box = await page.Locator(part).BoundingBoxAsync();
            Assert.True(box is not null, $"{part} is not shown.");
            Assert.True(box.X >= 0 && box.Y >= 0 && box.X + box.Width <= 1366 && box.Y + box.Height <= 768, $"{part} lies outside the screen: {box.X},{box.Y} {box.Width}x{box.Height}.");
        }

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollHeight <= window.innerHeight"), "The desk scrolls.");
    }
}
