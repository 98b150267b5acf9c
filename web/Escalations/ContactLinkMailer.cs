using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// Mails each new answer link to its contact person, after the commit: it brings <see cref="ContactLinksProjection"/>
/// up to date, claims a link whose mail has not gone out, makes the secret, sends the mail and only then stores the
/// secret's hash. A node that dies between sending and storing leaves a link nobody can use; its claim runs out and
/// the next attempt sends a new mail with a new secret, so a working link is sent once.
/// </summary>
internal sealed partial class ContactLinkMailer(
    ProjectionRunner<ContactLinksProjection, AppDbContext> links,
    IDbContextFactory<AppDbContext> contexts,
    IGrainFactory grains,
    IMailSender mail,
    IOptions<PublicUrlOptions> publicUrl,
    TimeProvider time,
    EventLogSignal signal,
    IOptions<EventLogOptions> options,
    ILogger<ContactLinkMailer> logger) : BackgroundService
{
    public const string Path = "/doorverwijzing/";

    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _sending = new(1, 1);

    /// <summary>Sends every link mail still due; the loop calls it, and tests call it to wait for the mail.</summary>
    public async Task SendPendingAsync(CancellationToken cancellationToken = default)
    {
        await links.CatchUpAsync(cancellationToken);
        await _sending.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow().UtcDateTime;
            List<Guid> due;
            await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
            {
                due = await db.ContactLinks.AsNoTracking()
                    .Where(l => l.MailSentAtUtc == null && l.RevokedAtUtc == null && l.ExpiresAtUtc > now)
                    .Select(l => l.LinkId)
                    .ToListAsync(cancellationToken);
            }

            foreach (var linkId in due)
            {
                await SendAsync(linkId, now, cancellationToken);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        long? applied = null;
        var polled = true;
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Generation;
            try
            {
                // A mail becomes due when the projection on this node applies a new link (it runs on the same wake-ups;
                // what it applies after this look is seen at the next, at the latest by the poll), or by a poll (a claim
                // that ran out, another node's link): not at every append, most of which are the live room's talk.
                if (polled || links.Applied != applied)
                {
                    applied = links.Applied;
                    await SendPendingAsync(stoppingToken);
                }

                polled = !await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                SendingFailed(logger, error.GetType().Name);
                polled = true;
                await Task.Delay(TimeSpan.FromSeconds(10), stoppingToken);
            }
        }
    }

    private async Task SendAsync(Guid linkId, DateTime now, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stale = now - ClaimLifetime;
        var claimed = await db.ContactLinks
            .Where(l => l.LinkId == linkId && l.MailSentAtUtc == null && (l.MailClaimedAtUtc == null || l.MailClaimedAtUtc < stale))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.MailClaimedAtUtc, now), cancellationToken);
        if (claimed == 0)
        {
            return;
        }

        var row = await db.ContactLinks.AsNoTracking().SingleAsync(l => l.LinkId == linkId, cancellationToken);
        ContactBrief brief;
        try
        {
            brief = await grains.GetGrain<ICaseGrain>(row.CaseId).GetContactBriefAsync(row.EscalationId, row.LinkId);
        }
        catch (DomainException refused)
        {
            // Revoked or replaced since it was issued: nothing to send.
            LinkNotMailed(logger, linkId, refused.Code);
            return;
        }

        if (brief.ContactPersonEmail is not { } to)
        {
            LinkNotMailed(logger, linkId, "no-email");
            return;
        }

        var networkName = (await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.NetworkId == brief.NetworkId, cancellationToken))?.Name ?? "Het netwerk";
        var token = LinkSecrets.New();
        var message = ContactLinkMail.For(brief, networkName, publicUrl.Value.Link(Path + token));
        await mail.SendAsync(new OutgoingMail(to, message.Subject, message.Text, message.Html), cancellationToken);
        await db.ContactLinks
            .Where(l => l.LinkId == linkId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.TokenHash, LinkSecrets.Hash(token)).SetProperty(l => l.MailSentAtUtc, now), cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending contact-person link mails failed ({Error}); trying again.")]
    private static partial void SendingFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Link {LinkId} was not mailed ({Reason}).")]
    private static partial void LinkNotMailed(ILogger logger, Guid linkId, string reason);
}
