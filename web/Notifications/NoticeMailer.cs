using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Notifications;

/// <summary>
/// Sends the mails that follow committed events, from its own checkpoint in the event log: each registered
/// <see cref="INoticeSource"/> says which mails an event calls for; each mail is claimed under a once-only key before it
/// is sent and marked after, so a restart or a second web node does not send it again. The checkpoint moves only after
/// every mail of a batch is done, so a crash replays the batch and the keys skip what already went out. A node that
/// dies between sending and marking leaves a claim that runs out after ten minutes; the mail is then sent once more.
/// </summary>
public sealed partial class NoticeMailer(
    IEnumerable<INoticeSource> sources,
    IDbContextFactory<AppDbContext> contexts,
    IEventLog log,
    IMailSender mail,
    TimeProvider time,
    EventLogSignal signal,
    IOptions<EventLogOptions> options,
    ILogger<NoticeMailer> logger) : BackgroundService
{
    public const string CheckpointName = "notices";

    private static readonly TimeSpan ClaimLifetime = TimeSpan.FromMinutes(10);

    private readonly INoticeSource[] _sources = [.. sources];
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly LogCursor _cursor = new(CheckpointName);

    /// <summary>Sends every mail due for the events stored so far; the loop calls it, and tests call it to wait for the mail.</summary>
    public async Task SendPendingAsync(CancellationToken cancellationToken = default)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            if (!_cursor.Started)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await _cursor.StartAsync(db, cancellationToken);
            }

            while (await SendBatchAsync(cancellationToken))
            {
            }

            if (_cursor.WriteDue)
            {
                await using var db = await contexts.CreateDbContextAsync(cancellationToken);
                await _cursor.WriteAsync(db, cancellationToken);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Generation;
            try
            {
                await SendPendingAsync(stoppingToken);
                failures = 0;
                await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // The checkpoint did not move: the same events are asked again, and sent mails are skipped by their keys.
                failures++;
                SendingFailed(logger, error.GetType().Name, failures);
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(60, 1 << Math.Min(failures, 6))), stoppingToken);
            }
        }
    }

    /// <summary>Sends the mails of one batch of events and moves past it; false when the log ran out.</summary>
    private async Task<bool> SendBatchAsync(CancellationToken cancellationToken)
    {
        var events = await log.ReadAfterAsync(_cursor.Position, options.Value.BatchSize, cancellationToken);
        if (events.Count == 0)
        {
            return false;
        }

        var mailed = false;
        foreach (var logged in events)
        {
            foreach (var source in _sources.Where(s => s.Handles(logged)))
            {
                mailed = true;
                IReadOnlyList<Notice> notices;
                try
                {
                    notices = await source.NoticesAsync(logged, cancellationToken);
                }
                catch (DomainException refused)
                {
                    // The grain says there is nothing to tell (erased, gone): no mail, and no reason to try again.
                    NothingToSend(logger, source.Name, logged.Position, refused.Code);
                    continue;
                }

                foreach (var notice in notices)
                {
                    await DeliverAsync($"{logged.Position}/{source.Name}/{notice.UserId}", notice, cancellationToken);
                }
            }
        }

        // A batch that called for mail moves the checkpoint at once; one that did not, now and then (LogCursor).
        _cursor.Pass(events[^1].Position);
        if (mailed)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await _cursor.WriteAsync(db, cancellationToken);
        }

        // A short batch is not the end (the log's tail answers what it holds in memory): only an empty read is.
        return true;
    }

    private async Task DeliverAsync(string key, Notice notice, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (notice.Kind is { } kind && await db.NoticeOptOuts.AnyAsync(o => o.UserId == notice.UserId && o.Kind == kind, cancellationToken))
        {
            return;
        }

        var address = await db.Users.AsNoTracking().Where(u => u.Id == notice.UserId).Select(u => u.Email).SingleOrDefaultAsync(cancellationToken);
        if (string.IsNullOrEmpty(address))
        {
            // The account is gone (deleted by its owner): nobody to write to.
            return;
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!await ClaimAsync(db, key, now, cancellationToken))
        {
            return;
        }

        try
        {
            await mail.SendAsync(new OutgoingMail(address, notice.Subject, notice.Text, notice.Html) { Attachments = notice.Attachments }, cancellationToken);
        }
        catch
        {
            // Not sent (the server refused or did not answer): give the key back, so the retry from the checkpoint sends it.
            await db.SentNotices.Where(s => s.Key == key && s.SentAtUtc == null).ExecuteDeleteAsync(CancellationToken.None);
            throw;
        }

        await db.SentNotices.Where(s => s.Key == key).ExecuteUpdateAsync(s => s.SetProperty(n => n.SentAtUtc, now), cancellationToken);
    }

    /// <summary>Takes the key for this node: new, or claimed by a node that has not marked it sent in ten minutes.</summary>
    private static async Task<bool> ClaimAsync(AppDbContext db, string key, DateTime now, CancellationToken cancellationToken)
    {
        var inserted = await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "SentNotices" ("Key", "ClaimedAtUtc") VALUES ({key}, {now}) ON CONFLICT DO NOTHING""", cancellationToken);
        if (inserted == 1)
        {
            return true;
        }

        var stale = now - ClaimLifetime;
        return await db.SentNotices
            .Where(s => s.Key == key && s.SentAtUtc == null && s.ClaimedAtUtc < stale)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ClaimedAtUtc, now), cancellationToken) == 1;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending notices failed ({Error}, {Failures} time(s) in a row); trying again from the checkpoint.")]
    private static partial void SendingFailed(ILogger logger, string error, int failures);

    [LoggerMessage(Level = LogLevel.Information, Message = "Source {Source} sends nothing for event {Position} ({Code}).")]
    private static partial void NothingToSend(ILogger logger, string source, long position, string code);
}
