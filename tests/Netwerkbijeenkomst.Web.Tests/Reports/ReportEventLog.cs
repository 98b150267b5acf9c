using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>Domain events as the event log hands them to a projection: positions in order, streams by grain.</summary>
internal sealed class ReportEventLog
{
    private readonly List<LoggedEvent> _events = [];

    public IReadOnlyList<LoggedEvent> Events => _events;

    public ReportEventLog Network(string id, object e) => Add("network/" + id, e);

    public ReportEventLog Meeting(Guid id, object e) => Add("meeting/" + id.ToString("N"), e);

    public ReportEventLog Case(Guid id, object e) => Add("case/" + id.ToString("N"), e);

    private ReportEventLog Add(string stream, object e)
    {
        _events.Add(new LoggedEvent(_events.Count + 1, stream, _events.Count(x => x.StreamId == stream) + 1, DateTimeOffset.UnixEpoch, e));
        return this;
    }
}
