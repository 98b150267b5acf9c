using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// Sends password-reset mails outside the request: the form only queues the address typed, known or not, so its
/// answer and its time are the same for both. Here the account is looked up and at most one link per
/// <see cref="SignInProtectionOptions.ResetMailInterval"/> is sent. The queue is in memory: a request lost in a crash
/// is asked again by the person, who sees no mail (docs/security.md says why not a table).
/// </summary>
public sealed partial class PasswordResetMailer(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<SignInProtectionOptions> options, ILogger<PasswordResetMailer> logger) : BackgroundService
{
    private readonly Channel<string> _requests = Channel.CreateBounded<string>(
        new BoundedChannelOptions(1000) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = false });

    private readonly ConcurrentDictionary<string, DateTimeOffset> _lastSent = new(StringComparer.OrdinalIgnoreCase);
    private readonly SemaphoreSlim _sending = new(1, 1);

    /// <summary>Queues a reset for <paramref name="email"/>; never waits and never says whether an account exists.</summary>
    public void Request(string email) => _requests.Writer.TryWrite(email.Trim());

    /// <summary>Sends every queued reset; the loop calls it, and tests call it to wait for the mail.</summary>
    public async Task SendPendingAsync(CancellationToken cancellationToken = default)
    {
        await _sending.WaitAsync(cancellationToken);
        try
        {
            while (_requests.Reader.TryRead(out var email))
            {
                await SendAsync(email, cancellationToken);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await _requests.Reader.WaitToReadAsync(stoppingToken))
            {
                await SendPendingAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task SendAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByEmailAsync(email) is not { } user || !await users.HasPasswordAsync(user))
            {
                return;
            }

            var now = time.GetUtcNow();
            if (_lastSent.TryGetValue(user.Id, out var last) && now - last < options.Value.ResetMailInterval)
            {
                ResetMailSkipped(logger);
                return;
            }

            await scope.ServiceProvider.GetRequiredService<AccountLinks>().SendPasswordResetAsync(user);
            _lastSent[user.Id] = now;
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // One failed mail must not stop the others; the person can ask again.
            ResetMailFailed(logger, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "A password-reset mail was asked for again within the interval; not sent.")]
    private static partial void ResetMailSkipped(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a password-reset mail failed ({Error}).")]
    private static partial void ResetMailFailed(ILogger logger, string error);
}
