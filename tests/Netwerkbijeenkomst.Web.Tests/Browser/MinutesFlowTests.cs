using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>After a meeting: the coordinator reviews the draft minutes on a phone, writes a note, approves them and downloads the PDF; a member reads them on a laptop.</summary>
[Collection(SharedBrowser.Name)]
public sealed class MinutesFlowTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_ApprovesTheMinutes_AndOpensThePdf_ThenAMemberReadsThem()
    {
        var meeting = await browser.Demo.StartOwnMeetingAsync(DemoData.Members[2].Account);
        var caseId = meeting.Agenda.Single(i => i.CaseId.HasValue).CaseId!.Value;
        var grain = browser.Demo.Grains.GetGrain<IMeetingGrain>(meeting.Id);
        var coordinatorActor = await browser.Demo.ActorAsync(DemoData.Coordinator);
        await grain.JoinAsync(coordinatorActor);
        await grain.RecordAdviceAsync(coordinatorActor, Guid.NewGuid(), caseId, "Een tolk vragen voor het gesprek bij de huisarts.", "Rinia zoekt een tolk.");
        await grain.CloseAsync(coordinatorActor);

        var coordinator = await browser.SignInAsync(DemoData.Coordinator);
        await coordinator.GotoAsync($"/bijeenkomsten/{meeting.Id}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Verslag nakijken en vaststellen" }).ClickAsync();
        await Expect(coordinator.Locator("#minutes-status")).ToHaveTextAsync("Concept: nog niet vastgesteld");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        // With the keyboard: into the case's note, type, and submit from the button that follows it.
        var note = coordinator.Locator($"textarea[name='note']").Nth(meeting.Agenda.ToList().FindIndex(i => i.CaseId == caseId));
        await note.FocusAsync();
        await coordinator.Keyboard.TypeAsync("Besloten: de coördinator vraagt een tolk aan bij de gemeente.");
        await coordinator.Keyboard.PressAsync("Tab");
        await coordinator.Keyboard.PressAsync("Enter");
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("De notitie is opgeslagen.");

        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Verslag vaststellen" }).ClickAsync();
        await Expect(coordinator.Locator(".field-error").Filter(new() { HasText = "Vink aan" })).ToBeVisibleAsync();
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));
        await coordinator.GetByLabel("Ik heb het verslag nagelezen en stel het vast").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Verslag vaststellen" }).ClickAsync();
        await Expect(coordinator.Locator(".notice")).ToHaveTextAsync("Het verslag is vastgesteld en gaat per mail naar de leden.");
        await Expect(coordinator.Locator("#minutes-status")).ToContainTextAsync("Vastgesteld op");
        await Expect(coordinator.Locator("textarea")).ToHaveCountAsync(0);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        var download = await coordinator.RunAndWaitForDownloadAsync(() => coordinator.GetByRole(AriaRole.Link, new() { Name = "Downloaden als PDF" }).ClickAsync());
        Assert.EndsWith(".pdf", download.SuggestedFilename, StringComparison.Ordinal);
        var pdf = await File.ReadAllBytesAsync(await download.PathAsync());
        var text = await Pdftotext.ReadAsync(pdf);
        Assert.Contains("Een tolk vragen voor het gesprek bij de huisarts.", text, StringComparison.Ordinal);
        Assert.Contains("de coördinator vraagt een tolk aan", text, StringComparison.Ordinal);

        var member = await browser.SignInAsync(DemoData.Members[2].Account, phone: false);
        await member.GotoAsync($"/bijeenkomsten/{meeting.Id}");
        await member.GetByRole(AriaRole.Link, new() { Name = "Verslag lezen" }).ClickAsync();
        await Expect(member.Locator("#minutes-status")).ToContainTextAsync("Vastgesteld op");
        await Expect(member.Locator("main")).ToContainTextAsync("Besloten: de coördinator vraagt een tolk aan bij de gemeente.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(member));
        var markdown = await member.APIRequest.GetAsync($"/bijeenkomsten/{meeting.Id}/verslag.md");
        Assert.Equal(200, markdown.Status);
        Assert.Contains("# Verslag: Extra netwerkbijeenkomst", await markdown.TextAsync(), StringComparison.Ordinal);
    }
}
