using System.Net.Mail;
using System.Net.Mime;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Sends mail through the SMTP server in Mail:Smtp (host, port, from).</summary>
internal sealed class SmtpMailSender(IConfiguration configuration) : IMailSender
{
    public Task SendAsync(string to, string subject, string body, CancellationToken cancellationToken = default) =>
        SendCoreAsync(to, subject, body, null, cancellationToken);

    public Task SendAsync(string to, string subject, string body, string html, CancellationToken cancellationToken = default) =>
        SendCoreAsync(to, subject, body, html, cancellationToken);

    private async Task SendCoreAsync(string to, string subject, string body, string? html, CancellationToken cancellationToken)
    {
        var section = configuration.GetSection("Mail:Smtp");
        using var client = new SmtpClient(section["Host"], section.GetValue("Port", 25));
        using var message = new MailMessage(section["From"] ?? "noreply@netwerkbijeenkomst.nl", to, subject, body);
        if (html is not null)
        {
            message.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(html, null, MediaTypeNames.Text.Html));
        }

        await client.SendMailAsync(message, cancellationToken);
    }
}
