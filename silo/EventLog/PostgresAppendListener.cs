using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Silo.EventSourcing;
using Netwerkbijeenkomst.Silo.Hosting;
using Npgsql;

namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// Wakes this node's event-log consumers when any node appends (PostgreSQL NOTIFY, sent by each append's transaction
/// and delivered at its commit), so a web node pushes an event stored by a silo elsewhere without waiting for its poll.
/// </summary>
internal sealed partial class PostgresAppendListener(DatabaseSettings database, EventLogSignal signal, ILogger<PostgresAppendListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(database.ConnectionString);
                await connection.OpenAsync(stoppingToken);
                // This process's own appends have woken its consumers already, with the events in hand.
                connection.Notification += (_, notice) =>
                {
                    if (notice.Payload != signal.Id)
                    {
                        signal.Appended();
                    }
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {CommitOrder.AppendChannel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                // Whatever was appended while we were not listening is found by the consumers' next read.
                signal.Appended();
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                // Consumers keep polling meanwhile, so a lost listener only slows pushes down.
                ListenFailed(logger, error.GetType().Name);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for appends failed ({Error}); consumers poll until it reconnects.")]
    private static partial void ListenFailed(ILogger logger, string error);
}
