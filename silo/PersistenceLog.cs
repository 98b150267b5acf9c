using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Silo;

/// <summary>Log messages of the silo's storage; they name streams (grain ids), never event contents.</summary>
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 2003, Level = LogLevel.Error, Message = "Event {Position} of {StreamId} has type {Type}, which this node does not know; consumers here skip it.")]
    public static partial void UnknownEventSkipped(this ILogger logger, long position, string streamId, string type);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Silo database is up to date ({Applied} migration(s) applied).")]
    public static partial void MigrationsApplied(this ILogger logger, int applied);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Warning, Message = "A group commit of {Count} appends failed ({Error}) and was rolled back; each append is tried again alone.")]
    public static partial void GroupCommitRetriedAlone(this ILogger logger, int count, string error);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Error, Message = "{Count} events were stored but could not be handed to this node's consumers ({Error}); they read them from the database instead.")]
    public static partial void CommittedNotHandedOn(this ILogger logger, int count, string error);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "The event store's writer could not close its old connection ({Error}); the next batch opens another.")]
    public static partial void WriterConnectionNotClosed(this ILogger logger, string error);
}
