using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// A size guard, not a timing: what a participant's phone receives over the wire opening the demo's live room for the
/// first time (no cache), counted by chromium: the page, its script and styles, the SignalR negotiate and every
/// WebSocket frame until the room shows the member present.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LiveRoomFirstLoadTests(BrowserFixture browser, ITestOutputHelper output)
{
    /// <summary>
    /// Issue 16's target (149 KB before). Join no longer repeats the state the page carries: the browser asks JoinAfter
    /// with the number it holds and gets only what is newer (docs/performance.md, "Lean page" and "lean live path").
    /// </summary>
    private const long Budget = 40 * 1024;

    [Fact]
    public async Task DemoLiveRoom_FirstLoadOnAPhone_StaysWithinItsBudgetOverTheWire()
    {
        var meetingId = await browser.Demo.MeetingIdAsync();
        var meeting = browser.Demo.Grains.GetGrain<IMeetingGrain>(meetingId);
        if ((await browser.Demo.MeetingAsync()).Status == MeetingStatus.Published)
        {
            await meeting.StartAsync(await browser.Demo.ActorAsync(DemoData.Coordinator), overrideDay: true);
        }

        var phone = await browser.SignInAsync(DemoData.Members[2].Account);
        var load = await FirstLoad.StartAsync(phone);
        await phone.GotoAsync($"/bijeenkomsten/{meetingId}/live");
        await phone.EvaluateAsync("() => window.meetingRoom.ready");
        await Microsoft.Playwright.Assertions.Expect(phone.Locator("#present-list")).ToContainTextAsync(DemoData.Members[2].Account.Name);
        output.WriteLine(load.Report());

        Assert.True(load.ReceivedBytes <= Budget, $"The live room's first load took {load.ReceivedBytes} bytes, more than {Budget}:\n{load.Report()}");
        await phone.Context.CloseAsync();
    }
}
