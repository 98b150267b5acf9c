using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.LiveEvents;

/// <summary>
/// Follows the global event log in commit order on this web node and hands each event to every
/// <see cref="ILiveEventHandler"/>, so it works the same whether a grain runs in this process or on another silo. One
/// reader for all of them. It starts at the end of the log: what a page or connection missed before, it catches up
/// itself (the room through Join, a page on its next load).
/// </summary>
internal sealed partial class LiveEventFollower(
    IEnumerable<ILiveEventHandler> handlers,
    IEventLog log,
    EventLogSignal signal,
    IOptions<EventLogOptions> options,
    ILogger<LiveEventFollower> logger) : BackgroundService
{
    private readonly ILiveEventHandler[] _handlers = [.. handlers];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var position = await log.LastPositionAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            var seen = signal.Generation;
            try
            {
                position = await HandleAfterAsync(position, stoppingToken);
                await signal.WaitAsync(seen, options.Value.PollInterval, stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                ReadFailed(logger, error.GetType().Name);
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    private async Task<long> HandleAfterAsync(long position, CancellationToken cancellationToken)
    {
        while (true)
        {
            var events = await log.ReadAfterAsync(position, options.Value.BatchSize, cancellationToken);
            foreach (var logged in events)
            {
                foreach (var handler in _handlers)
                {
                    await HandleAsync(handler, logged, cancellationToken);
                }

                position = logged.Position;
            }

            // Only an empty read is the end: the log's tail answers a short batch from what it holds in memory.
            if (events.Count == 0)
            {
                return position;
            }
        }
    }

    // One handler's failure neither stops the others nor makes them see the event twice.
    private async Task HandleAsync(ILiveEventHandler handler, LoggedEvent logged, CancellationToken cancellationToken)
    {
        try
        {
            await handler.HandleAsync(logged, cancellationToken);
        }
        catch (DomainException refused)
        {
            // A grain's refusal is an answer, not a failure.
            HandlerRefused(logger, handler.GetType().Name, logged.Position, refused.Code);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            HandlerFailed(logger, handler.GetType().Name, logged.Position, error.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the event log for live updates failed ({Error}); trying again.")]
    private static partial void ReadFailed(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Handler} was refused on event {Position} ({Code}); it goes on with the next.")]
    private static partial void HandlerRefused(ILogger logger, string handler, long position, string code);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Handler} failed on event {Position} ({Error}); it goes on with the next.")]
    private static partial void HandlerFailed(ILogger logger, string handler, long position, string error);
}
