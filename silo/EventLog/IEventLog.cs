namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>Every stored event of every grain in one order, for consumers that work after the commit.</summary>
public interface IEventLog
{
    /// <summary>At most <paramref name="max"/> events after <paramref name="position"/>, in commit order; fewer is not the end of the log, an empty answer is.</summary>
    Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default);

    /// <summary>The position of the newest event, 0 for an empty log.</summary>
    Task<long> LastPositionAsync(CancellationToken cancellationToken = default);
}
