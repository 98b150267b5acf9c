using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>Log messages of the journaled grains; they name streams (grain ids) and exception types, never event contents.</summary>
internal static partial class EventSourcingLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Storing the events of {StreamId} failed ({Error}); the command was refused, nothing of it is stored, and the grain reloads.")]
    public static partial void CommitRefused(ILogger logger, string streamId, string error);
}
