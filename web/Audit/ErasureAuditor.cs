using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Audit;

/// <summary>
/// Writes the access-log line for a case whose texts the retention period erased: nobody asked, the product did. It
/// follows the event log from its own checkpoint, so a line is written once per erasure even after a crash. With the
/// same guarantee it drops every room snapshot, which may still hold the texts retention erased from the stored events.
/// </summary>
internal sealed class ErasureAuditor : IEventProjection<AppDbContext>
{
    public const string System = "systeem";

    public string Name => "erasure-audit";

    public bool Handles(LoggedEvent logged) => logged?.Event is CaseTextsErased;

    public async Task ApplyAsync(AppDbContext db, IReadOnlyList<LoggedEvent> events, CancellationToken cancellationToken)
    {
        foreach (var logged in events)
        {
            if (logged.Event is CaseTextsErased erased)
            {
                db.AccessLog.Add(new AccessLogEntry
                {
                    AtUtc = logged.RecordedAt.UtcDateTime,
                    UserId = System,
                    Role = System,
                    NetworkId = erased.NetworkId,
                    ObjectType = AccessLog.Case,
                    ObjectId = Guid.ParseExact(logged.Key, "N").ToString(),
                    Action = AccessAction.Delete,
                    Result = AccessLog.Allowed,
                });
                await db.RoomSnapshots.ExecuteDeleteAsync(cancellationToken);
            }
        }
    }
}
