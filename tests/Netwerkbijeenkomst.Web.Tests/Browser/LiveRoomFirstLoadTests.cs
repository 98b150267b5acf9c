using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// A size guard, not a timing: a participant's phone opening the demo's live room for the first time (no cache) may
/// receive at most 40 KB over the wire, counted by chromium: the page, its script and styles, the SignalR negotiate and
/// every WebSocket frame until the room shows the meeting.
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class LiveRoomFirstLoadTests(BrowserFixture browser, ITestOutputHelper output)
{
    private const long Budget = 40 * 1024;

    [Fact]
    public async Task DemoLiveRoom_FirstLoadOnAPhone_StaysWithin40KilobytesOverTheWire()
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
