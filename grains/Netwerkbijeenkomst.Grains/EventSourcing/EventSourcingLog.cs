using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>Log messages of the journaled grains; they name streams (grain ids) and exception types, never event contents.</summary>
internal static partial class EventSourcingLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "The stream {StreamId} moved on under this activation; the command was refused, nothing of it is stored, and the grain reloads.")]
    public static partial void ConcurrentChange(ILogger logger, string streamId);

    // The exception names what failed (database, serialization); event store exceptions carry stream ids, never event contents.
    [LoggerMessage(EventId = 3002, Level = LogLevel.Error, Message = "Storing the events of {StreamId} failed; the command was refused and the grain reloads.")]
    public static partial void CommitFailed(ILogger logger, Exception exception, string streamId);
}
