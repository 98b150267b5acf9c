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
    /// Issue 16's target is 40 KB; this branch reaches 40.8–42.4 KB (149 KB before), depending on what earlier tests
    /// posted into the demo meeting. The rest is Join's answer repeating the state the page carries (2.3–3.2 KB,
    /// docs/performance.md "Lean page"): lower this to 40 KB when Join answers only what is newer.
    /// </summary>
    private const long Budget = 44 * 1024;

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
