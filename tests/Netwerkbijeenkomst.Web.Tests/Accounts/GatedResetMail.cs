using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>Holds the password-reset mail to one address until the test opens the gate; every other mail goes straight to the outbox.</summary>
public sealed class GatedResetMail(IMailSender outbox, string heldAddress) : IMailSender
{
    public const string Subject = "Nieuw wachtwoord voor Netwerkbijeenkomst";

    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _waiting = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the held mail waits at the gate.</summary>
    public Task Waiting => _waiting.Task;

    public void Open() => _gate.TrySetResult();

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (mail.Subject == Subject && mail.To == heldAddress)
        {
            _waiting.TrySetResult();
            await _gate.Task.WaitAsync(cancellationToken);
        }

        await outbox.SendAsync(mail, cancellationToken);
    }
}
