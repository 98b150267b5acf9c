using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.LocalDevelopment;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.LocalDevelopment;

/// <summary>Development's mailbox and demo accounts are for this machine only, and a server reachable from elsewhere says so.</summary>
public sealed class LocalDevelopmentTests : IAsyncLifetime
{
    private const string Elsewhere = "203.0.113.9";

    private readonly WebAppFactory _factory = new();

    [Fact]
    public async Task Mailbox_ToThisMachine_IsServed_ToAnotherMachine_IsNotFound()
    {
        await using (var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            var message = new Web.Mail.OutboxMessage { To = "ayse@demo.nl", Subject = "Proef", Body = "Proef", SentAtUtc = DateTime.UtcNow };
            db.Outbox.Add(message);
            await db.SaveChangesAsync();
            db.OutboxAttachments.Add(new Web.Mail.OutboxAttachment { MessageId = message.Id, FileName = "proef.ics", ContentType = "text/calendar", Content = [1, 2, 3] });
            await db.SaveChangesAsync();
        }

        var attachment = await AttachmentIdAsync();

        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/ontwikkeling/postvak", from: null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync($"/ontwikkeling/postvak?handler=Attachment&id={attachment}", from: null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync("/ontwikkeling/postvak", from: "::1")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/ontwikkeling/postvak", from: Elsewhere)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync($"/ontwikkeling/postvak?handler=Attachment&id={attachment}", from: Elsewhere)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await GetAsync("/ontwikkeling/postvak", from: "192.168.1.20")).StatusCode);
    }

    [Fact]
    public async Task DemoAccounts_AreListedToThisMachine_AndNotToAnother()
    {
        var local = await (await GetAsync("/account/inloggen", from: null)).Content.ReadAsStringAsync();
        var remote = await GetAsync("/account/inloggen", from: Elsewhere);

        Assert.Contains("Demo-accounts (alleen in ontwikkeling)", local, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, remote.StatusCode);
        var page = await remote.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Inloggen</h1>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo-accounts", page, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.Password, page, StringComparison.Ordinal);
        Assert.DoesNotContain("@demo.nl", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("2001:db8::1", false)]
    public void ThisMachine_IsLoopbackOnly(string address, bool local)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = IPAddress.Parse(address);

        Assert.Equal(local, LocalRequests.IsFromThisMachine(context));
    }

    [Fact]
    public void NoClientAddress_IsNotThisMachine() => Assert.False(LocalRequests.IsFromThisMachine(new DefaultHttpContext()));

    [Theory]
    [InlineData("http://localhost:5080", false)]
    [InlineData("http://127.0.0.1:5080", false)]
    [InlineData("http://[::1]:5080", false)]
    [InlineData("http://unix:/tmp/netwerkbijeenkomst.sock", false)]
    [InlineData("http://0.0.0.0:5080", true)]
    [InlineData("http://[::]:5080", true)]
    [InlineData("http://*:5080", true)]
    [InlineData("http://+:5080", true)]
    [InlineData("http://192.168.1.20:5080", true)]
    [InlineData("http://bijeenkomst.local:5080", true)]
    public void ListeningAddress_IsReachableFromElsewhere_UnlessLoopback(string address, bool exposed) =>
        Assert.Equal(exposed, ExposedDevelopmentWarning.IsReachableFromElsewhere(address));

    [Fact]
    public void Warning_NamesTheExposedAddresses_InTheLogAndOnStdout()
    {
        using var log = new CapturedLog();
        using var stdout = new StringWriter();

        var warned = ExposedDevelopmentWarning.WarnIfExposed(["http://127.0.0.1:5080", "http://0.0.0.0:5081"], log.CreateLogger("test"), stdout);

        Assert.True(warned);
        var warning = Assert.Single(log.Warnings);
        Assert.Contains("http://0.0.0.0:5081", warning, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", warning, StringComparison.Ordinal);
        Assert.Contains("WAARSCHUWING", stdout.ToString(), StringComparison.Ordinal);
        Assert.Contains("Development luistert op http://0.0.0.0:5081", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void OnlyLoopback_WarnsNothing()
    {
        using var log = new CapturedLog();
        using var stdout = new StringWriter();

        Assert.False(ExposedDevelopmentWarning.WarnIfExposed(["http://localhost:5080", "http://[::1]:5080"], log.CreateLogger("test"), stdout));
        Assert.Empty(log.Warnings);
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public async Task DevelopmentServer_OnAllAddresses_WarnsAtStart()
    {
        var log = new CapturedLog();
        await using var factory = new WebAppFactory();
        await using var exposed = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(log)));
        exposed.UseKestrel(kestrel => kestrel.Listen(IPAddress.Any, 0));

        exposed.StartServer();

        Assert.Contains(log.Warnings, w => w.StartsWith("DEVELOPMENT IS REACHABLE FROM OTHER MACHINES: listening on http://0.0.0.0:", StringComparison.Ordinal));
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<long> AttachmentIdAsync()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.OutboxAttachments.Where(a => a.FileName == "proef.ics").Select(a => a.Id).SingleAsync();
    }

    private async Task<HttpResponseMessage> GetAsync(string path, string? from)
    {
        using var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (from is not null)
        {
            request.Headers.Add(TestClientAddress.Header, from);
        }

        return await client.SendAsync(request);
    }
}
