namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Sends a mail by SMTP; in Development the mail lands in the outbox instead.</summary>
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default);
}
