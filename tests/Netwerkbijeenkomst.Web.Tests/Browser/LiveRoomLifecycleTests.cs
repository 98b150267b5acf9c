using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>A room opened before the start follows the agenda, the start and the close from the state, never by reloading the page.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LiveRoomLifecycleTests(BrowserFixture browser)
{
    [Fact]
    public async Task RoomOpenBeforeTheStart_FollowsAnAgendaChange_TheStartAndTheClose_WithoutAReload_AndEndsWithTheOutcomeAndTheMinutesLink()
    {
        var coordinator = await browser.Demo.ActorAsync(DemoData.Coordinator);
        var view = await browser.Demo.PublishOwnMeetingAsync(DemoData.Members[4].Account);
        var meeting = browser.Demo.Grains.GetGrain<IMeetingGrain>(view.Id);
        var member = await browser.SignInAsync(DemoData.Members[4].Account);
        await member.GotoAsync($"/bijeenkomsten/{view.Id}/live");
        await member.EvaluateAsync("() => window.meetingRoom.ready");
        // A mark on the page's window: a reload would wipe it.
        await member.EvaluateAsync("() => { window.notReloaded = true; }");

        var item = view.Agenda.First(i => i.CaseId is null);
        await meeting.EditAgendaItemAsync(coordinator, item.Id, item.Kind, "Opening met koffie en thee", item.PlannedMinutes, item.PresenterId, item.Guest);
        await Expect(member.Locator("#agenda-list")).ToContainTextAsync("Opening met koffie en thee");

        await meeting.StartAsync(coordinator, overrideDay: true);
        await Expect(member.Locator("#present-list")).ToContainTextAsync(DemoData.Members[4].Account.Name);
        await meeting.JoinAsync(coordinator);
        await meeting.RecordActionPointAsync(coordinator, Guid.NewGuid(), "Folder over de huisarts laten vertalen", coordinator.UserId, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)), null);
        await meeting.CloseAsync(coordinator);

        await Expect(member.Locator("#meeting-closed")).ToBeVisibleAsync();
        await Expect(member.Locator("#outcome")).ToContainTextAsync("0 adviezen, 1 actiepunt, 0 escalaties");
        await Expect(member.GetByRole(AriaRole.Link, new() { Name = "Naar het verslag" })).ToHaveAttributeAsync("href", $"/bijeenkomsten/{view.Id}/verslag");
        Assert.True(await member.EvaluateAsync<bool>("() => window.notReloaded === true"), "The room reloaded its page.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(member));
        await member.Context.CloseAsync();
    }
}
