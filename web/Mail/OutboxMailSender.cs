using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Keeps mails in the database, readable at /ontwikkeling/postvak, instead of sending them.</summary>
internal sealed class OutboxMailSender(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IMailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default) =>
        KeepAsync(to, subject, body, null, cancellationToken);

    public Task SendAsync(string to, string subject, string body, string html, CancellationToken cancellationToken = default) =>
        KeepAsync(to, subject, body, html, cancellationToken);

    private async Task KeepAsync(string to, string subject, string body, string? html, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        db.Outbox.Add(new OutboxMessage { To = to, Subject = subject, Body = body, Html = html, SentAtUtc = time.GetUtcNow().UtcDateTime });
        await db.SaveChangesAsync(cancellationToken);
    }
}
