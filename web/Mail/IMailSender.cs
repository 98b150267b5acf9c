namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Sends a mail, plain text or plain text with an HTML alternative; in Development the mail lands in the outbox instead.</summary>
public interface IMailSender
{
    Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default);

    /// <summary>Plain text and the same message in HTML, as multipart/alternative: mail programs show the one they can.</summary>
    Task SendAsync(string to, string subject, string body, string html, CancellationToken cancellationToken = default);
}
