using System.Net;
using System.Text;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>A planned meeting's own place changes on the planning page; a bad link is refused in Dutch and changes nothing.</summary>
public sealed class PlanningPageTests : IAsyncLifetime
{
    private const string Path = "/netwerken/utrecht/planning";
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task ChangingAMeetingsPlace_UpdatesTheInviteesCalendar_AndABadLinkChangesNothing()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var meeting = await _demo.MeetingAsync();
        Dictionary<string, string> Form(string link) => new()
        {
            ["PlaceChange.MeetingId"] = meeting.Id.ToString(),
            ["PlaceChange.Place"] = "Wijkcentrum De Leeuw, Kanaalstraat 12, Utrecht",
            ["PlaceChange.OnlineLink"] = link,
        };

        var refused = await coordinator.PostFormAsync(Path, $"{Path}?handler=Place", Form("meet.example.nl/netwerk"));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vul een volledige link in die begint met https://", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(meeting.Place, (await _demo.MeetingAsync()).Place);

        var changed = await coordinator.PostFormAsync(Path, $"{Path}?handler=Place", Form("https://meet.example.nl/netwerk"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(("Wijkcentrum De Leeuw, Kanaalstraat 12, Utrecht", "https://meet.example.nl/netwerk"), ((await _demo.MeetingAsync()).Place, (await _demo.MeetingAsync()).OnlineLink));
        await _factory.Services.GetRequiredService<NoticeMailer>().SendPendingAsync();
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var mail = await db.Outbox.SingleAsync(m => m.To == "ayse@demo.nl" && m.Subject.StartsWith("Andere plek: "));
        var ics = await db.OutboxAttachments.SingleAsync(a => a.MessageId == mail.Id);
        var entry = Calendar.Load(Encoding.UTF8.GetString(ics.Content))!.Events.Single();
        Assert.Contains("Kanaalstraat 12", entry.Location, StringComparison.Ordinal);
        Assert.True(entry.Sequence > 0);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
