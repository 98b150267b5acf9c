using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Keeps mails, with their attachments, in the database, readable at /ontwikkeling/postvak, instead of sending them.</summary>
internal sealed class OutboxMailSender(IDbContextFactory<AppDbContext> contexts, TimeProvider time) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var message = new OutboxMessage { To = mail.To, Subject = mail.Subject, Body = mail.Text, Html = mail.Html, SentAtUtc = time.GetUtcNow().UtcDateTime };
        db.Outbox.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        if (!mail.Attachments.IsEmpty)
        {
            db.OutboxAttachments.AddRange(mail.Attachments.Select(a => new OutboxAttachment { MessageId = message.Id, FileName = a.FileName, ContentType = a.ContentType, Content = a.Content }));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
