using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Silo.Persistence;

/// <summary>Log messages of the silo's storage; they name streams (grain ids), never event contents.</summary>
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Error, Message = "Event subscriber {Subscriber} failed for stream {StreamId}; the events are stored.")]
    public static partial void SubscriberFailed(this ILogger logger, Exception exception, string subscriber, string streamId);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Silo database is up to date ({Applied} migration(s) applied).")]
    public static partial void MigrationsApplied(this ILogger logger, int applied);
}
