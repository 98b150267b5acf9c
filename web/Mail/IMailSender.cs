namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Sends a plain-text mail; in Development the mail lands in the outbox instead.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);
}
