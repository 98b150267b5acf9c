using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>
/// A hub connection is authenticated once, when it opens. Every <see cref="AccountSessionOptions.ConnectionSweep"/> this web
/// node reads the security stamps of the accounts it has connections for, in one query, and closes the connections
/// of accounts signed out, given a new password, or deleted on any node since.
/// </summary>
internal sealed partial class ConnectionSweeper(
    HubConnections connections,
    IDbContextFactory<AppDbContext> contexts,
    IOptions<AccountSessionOptions> options,
    TimeProvider time,
    ILogger<ConnectionSweeper> logger) : BackgroundService
{
    /// <summary>One sweep; returns how many connections it closed.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var accounts = connections.Accounts();
        if (accounts.Count == 0)
        {
            return 0;
        }

        var ids = accounts.Keys.ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var stamps = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .Select(u => new { u.Id, u.SecurityStamp }).ToDictionaryAsync(u => u.Id, u => u.SecurityStamp, cancellationToken);
        var closed = 0;
        foreach (var (userId, opened) in accounts)
        {
            var current = stamps.GetValueOrDefault(userId);
            if (current is null || opened.Any(stamp => stamp != current))
            {
                closed += connections.CloseStale(userId, current);
            }
        }

        if (closed > 0)
        {
            Closed(logger, closed);
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ConnectionSweep, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                SweepFailed(logger, error.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live connection(s) of accounts that signed out, changed their password or were deleted.")]
    private static partial void Closed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Checking the live connections' accounts failed ({Error}); trying again at the next sweep.")]
    private static partial void SweepFailed(ILogger logger, string error);
}
