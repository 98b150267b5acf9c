using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// A consumer of the global event log that writes to a database. Its writes and its checkpoint commit in one
/// transaction of <typeparamref name="TContext"/>, so each event takes effect exactly once, however many nodes run it.
/// </summary>
public interface IEventProjection<in TContext>
    where TContext : DbContext
{
    /// <summary>The checkpoint's key: stable, never reused.</summary>
    string Name { get; }

    /// <summary>
    /// Whether <see cref="ApplyAsync"/> does anything with <paramref name="logged"/>. The runner hands it only these,
    /// and a stretch of events without one costs no transaction.
    /// </summary>
    bool Handles(LoggedEvent logged);

    /// <summary>Stages the changes for <paramref name="events"/> in <paramref name="db"/>; the runner saves and commits them.</summary>
    Task ApplyAsync(TContext db, IReadOnlyList<LoggedEvent> events, CancellationToken cancellationToken);
}
