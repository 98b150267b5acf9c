using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>
/// Two web nodes on one database: the first co-hosts the silo, the second is an Orleans client of it, as in a cluster.
/// What ends a session on one node ends it on the other: the cookie at once, live connections by the event log or the sweep.
/// </summary>
public sealed class TwoWebNodesTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly int _gatewayPort = FreePort();
    private readonly WebAppFactory _first;
    private WebAppFactory _second = null!;
    private Guid _meetingId;

    public TwoWebNodesTests() => _first = new WebAppFactory(settings: new Dictionary<string, string>
    {
        ["Cluster:SiloPort"] = FreePort().ToString(CultureInfo.InvariantCulture),
        ["Cluster:GatewayPort"] = _gatewayPort.ToString(CultureInfo.InvariantCulture),
    });

    [Fact]
    public async Task DeletingTheAccountOnOneNode_ClosesItsRoomConnectionOnTheOther()
    {
        using var onFirst = await SignedInClient.SignInAsync(_first, DemoData.Members[2].Account.Email);
        await using var onSecond = await HubClient.ConnectAsync(_second, onFirst.CookieHeader);
        await onSecond.InvokeAsync("Join", _meetingId);

        var deleted = await onFirst.PostFormAsync("/account/mijn-gegevens", "/account/mijn-gegevens?handler=Delete", new() { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await onSecond.Closed.WaitAsync(Patience);
    }

    [Fact]
    public async Task SigningOutOnOneNode_RefusesTheCookieOnTheOtherAtOnce_AndClosesItsConnectionThereAtTheSweep()
    {
        using var onFirst = await SignedInClient.SignInAsync(_first, DemoData.Members[3].Account.Email);
        using var copyOnSecond = SignedInClient.WithCookies(_second, onFirst.CookieHeader);
        await using var hubOnSecond = await HubClient.ConnectAsync(_second, onFirst.CookieHeader);
        await hubOnSecond.InvokeAsync("Join", _meetingId);
        Assert.Equal(HttpStatusCode.OK, (await copyOnSecond.GetAsync("/netwerken/utrecht")).StatusCode);

        await onFirst.PostFormAsync("/", "/account/uitloggen", []);

        var replayed = await copyOnSecond.GetAsync("/netwerken/utrecht");
        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.Equal("/account/inloggen", new Uri(new Uri("http://localhost"), replayed.Headers.Location!).AbsolutePath);
        await hubOnSecond.Closed.WaitAsync(Patience);
    }

    public async Task InitializeAsync()
    {
        using (var warmUp = _first.CreateClient())
        {
            Assert.Equal(HttpStatusCode.OK, (await warmUp.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        }

        _meetingId = await new DemoWorld(_first).StartMeetingAsync();
        _second = new WebAppFactory(
            settings: new Dictionary<string, string>
            {
                ["Web:Silo"] = "Client",
                ["Cluster:GatewayPort"] = _gatewayPort.ToString(CultureInfo.InvariantCulture),
                ["Demo:Seed"] = "false",
                ["Sessions:ConnectionSweep"] = "00:00:01",
            },
            databaseFolder: _first.DatabaseFolder);
        using var second = _second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
