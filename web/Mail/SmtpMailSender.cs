using System.Net.Mail;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Sends mail through the SMTP server in Mail:Smtp (host, port, from).</summary>
internal sealed class SmtpMailSender(IConfiguration configuration) : IMailSender
{
    public async Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default)
    {
        var section = configuration.GetSection("Mail:Smtp");
        using var client = new SmtpClient(section["Host"], section.GetValue("Port", 25));
        using var message = new MailMessage(section["From"] ?? "noreply@netwerkbijeenkomst.nl", to, subject, body);
        await client.SendMailAsync(message, cancellationToken);
    }
}
