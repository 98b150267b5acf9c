using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Tests.Notices;

/// <summary>A mail server that fails the first mail to one address, as during an outage, and takes everything else.</summary>
internal sealed class RefusingOnce(IMailSender inner, string address) : IMailSender
{
    public bool Refused { get; private set; }

    public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!Refused && mail.To == address)
        {
            Refused = true;
            throw new IOException("451 Tijdelijke storing");
        }

        return inner.SendAsync(mail, cancellationToken);
    }
}
