using System.Diagnostics;
using System.Globalization;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>
/// One member floods the room as a script would (issue 15 saw 856 posts/s and a 9.4 MB first load): the default limits
/// (<see cref="RoomLimitOptions"/>) cut them off with a Dutch message, per member across all their connections.
/// </summary>
public sealed class RoomFloodTests(StartedMeeting host, ITestOutputHelper output) : IClassFixture<StartedMeeting>
{
    // Long enough for a busy test server, at a few times the steady rate, to empty the bucket.
    private static readonly TimeSpan FloodAtMost = TimeSpan.FromSeconds(60);
    private static readonly RoomLimitOptions Limits = new();

    [Fact]
    public async Task PostFlood_ByOneMemberOverFourConnections_IsCutToTheLimit_AndTheFirstLoadStaysSmall()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        using var http = await SignedInClient.SignInAsync(host.Factory, DemoData.Members[1].Account.Email);
        var hubs = new List<HubClient>();
        for (var i = 0; i < 4; i++)
        {
            var hub = await HubClient.ConnectAsync(host.Factory, http.CookieHeader);
            await hub.RoomAsync(meeting.Id);
            hubs.Add(hub);
        }

        var watch = Stopwatch.StartNew();
        var results = await Task.WhenAll(hubs.Select(FloodAsync));
        var seconds = watch.Elapsed.TotalSeconds;
        var stored = results.Sum(r => r.Stored);
        var refusals = results.SelectMany(r => r.Refusals).ToList();

        await using var fresh = await HubClient.ConnectAsync(host.Factory, http.CookieHeader);
        var joined = await fresh.InvokeAsync("Join", meeting.Id);
        var page = await http.GetPageAsync($"/bijeenkomsten/{meeting.Id}/live");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{stored} stored ({stored / seconds:0.0}/s), {refusals.Count} refused in {seconds:0.0} s; Join answers {joined!.ToJsonString().Length} chars, the live page {page.Length} chars"));
        foreach (var hub in hubs)
        {
            await hub.DisposeAsync();
        }

        Assert.NotEmpty(refusals);
        Assert.InRange(stored, Limits.PostBurst, Limits.PostBurst + (int)Math.Ceiling(Limits.PostsPerMinute / 60.0 * seconds) + 1);
        Assert.All(refusals, r => Assert.Equal("Even wachten: u doet dit te vaak kort na elkaar. Probeer het over 1 seconde opnieuw.", r));
        Assert.Equal(stored, (await host.Demo.Grains.GetGrain<Grains.Abstractions.Meetings.IMeetingGrain>(meeting.Id)
            .GetAsync(await host.Demo.ActorAsync(DemoData.Coordinator))).Contributions.Length);

        async Task<(int Stored, List<string> Refusals)> FloodAsync(HubClient hub)
        {
            var (ok, no) = (0, new List<string>());
            while (no.Count == 0 && watch.Elapsed < FloodAtMost)
            {
                try
                {
                    await hub.InvokeAsync("PostContribution", meeting.Id, Guid.NewGuid(), "Remark", "Nog een opmerking over de buurt.", null);
                    ok++;
                }
                catch (HubErrorException refused)
                {
                    no.Add(Shown(refused));
                }
            }

            return (ok, no);
        }
    }

    [Fact]
    public async Task HandsAndJoins_BeyondTheirBurst_AreRefused_WithTheDutchMessage()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        using var http = await SignedInClient.SignInAsync(host.Factory, DemoData.Members[2].Account.Email);
        await using var hub = await HubClient.ConnectAsync(host.Factory, http.CookieHeader);
        await hub.RoomAsync(meeting.Id);

        var hands = await RefusedWithinAsync(Limits.HandBurst * 3, n => hub.InvokeAsync(n % 2 == 0 ? "RaiseHand" : "LowerHand", meeting.Id));
        var joins = await RefusedWithinAsync(Limits.JoinBurst * 3, _ => hub.InvokeAsync("Join", meeting.Id));

        Assert.Equal("Even wachten: u doet dit te vaak kort na elkaar. Probeer het over 1 seconde opnieuw.", hands);
        Assert.Equal("Even wachten: u doet dit te vaak kort na elkaar. Probeer het over 2 seconden opnieuw.", joins);
    }

    /// <summary>The hub's message as the room shows it: after SignalR's "HubException: " (web/client/src/room/hub.js).</summary>
    private static string Shown(HubErrorException refused) =>
        refused.Message[(refused.Message.IndexOf("HubException: ", StringComparison.Ordinal) + "HubException: ".Length)..];

    /// <summary>Calls until the first refusal, at most <paramref name="attempts"/> times; returns its message.</summary>
    private static async Task<string> RefusedWithinAsync(int attempts, Func<int, Task> call)
    {
        for (var n = 0; n < attempts; n++)
        {
            try
            {
                await call(n);
            }
            catch (HubErrorException refused)
            {
                return Shown(refused);
            }
        }

        throw new Xunit.Sdk.XunitException($"No refusal in {attempts} calls.");
    }
}
