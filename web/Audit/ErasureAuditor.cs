using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;

namespace Netwerkbijeenkomst.Web.Audit;

/// <summary>Writes the access-log line for a case whose texts the retention period erased: nobody asked, the product did.</summary>
internal sealed class ErasureAuditor(AccessLog accessLog) : IEventSubscriber
{
    public const string System = "systeem";

    public async ValueTask OnCommittedAsync(IReadOnlyList<CommittedEvent<object>> events, CancellationToken cancellationToken)
    {
        foreach (var committed in events.Where(e => e.Event is CaseTextsErased))
        {
            var erased = (CaseTextsErased)committed.Event;
            var caseId = Guid.ParseExact(committed.StreamId[(committed.StreamId.IndexOf('/', StringComparison.Ordinal) + 1)..], "N");
            await accessLog.RecordAsync(System, System, erased.NetworkId, AccessLog.Case, caseId.ToString(), AccessAction.Delete, AccessLog.Allowed);
        }
    }
}
