using Microsoft.Extensions.Logging;

namespace Netwerkbijeenkomst.Silo;

/// <summary>Log messages of the silo's storage; they name streams (grain ids), never event contents.</summary>
internal static partial class PersistenceLog
{
    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Silo database is up to date ({Applied} migration(s) applied).")]
    public static partial void MigrationsApplied(this ILogger logger, int applied);
}
