using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Notices;

/// <summary>A mail the server did not take is sent again on the next round from the checkpoint, not lost and not doubled.</summary>
public sealed class MailOutageTests : IAsyncLifetime
{
    private readonly WebAppFactory _base = new();
    private Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> _factory = null!;

    [Fact]
    public async Task AMailRefusedDuringAnOutage_IsSentOnTheNextRound_Once()
    {
        var mailer = _factory.Services.GetRequiredService<NoticeMailer>();
        var server = (RefusingOnce)_factory.Services.GetRequiredService<IMailSender>();

        // Whichever round meets the outage (the background loop's or this one) gives the key back; the next one sends.
        try
        {
            await mailer.SendPendingAsync();
        }
        catch (IOException)
        {
        }

        await mailer.SendPendingAsync();

        Assert.True(server.Refused);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        // The demo publishes one meeting: one invitation each, Ayşe's included.
        var invitations = await db.Outbox.Where(m => m.Subject.StartsWith("Uitnodiging: ")).Select(m => m.To).ToListAsync();
        Assert.Single(invitations, to => to == "ayse@demo.nl");
        Assert.Equal(invitations.Count, invitations.Distinct().Count());
    }

    public async Task InitializeAsync()
    {
        _factory = _base.WithWebHostBuilder(b => b.ConfigureTestServices(services =>
            services.AddSingleton<IMailSender>(sp => new RefusingOnce(ActivatorUtilities.CreateInstance<OutboxMailSender>(sp), "ayse@demo.nl"))));
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _base.DisposeAsync();
    }
}
