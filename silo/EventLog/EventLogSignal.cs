namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>
/// Wakes this process's consumers when an append commits here, or when another node says it appended (PostgreSQL
/// NOTIFY); consumers also poll, so a lost wake-up only delays them.
/// </summary>
public sealed class EventLogSignal
{
    private long _generation;
    private TaskCompletionSource _next = NewSource();

    /// <summary>A change to compare before and after reading, so a wake-up during a read is never missed.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Names this process's appends in its NOTIFY, so its own listener can tell them from other nodes'.</summary>
    public string Id { get; } = Guid.NewGuid().ToString("N");

    /// <summary>
    /// This process's own appends, as the batch that just committed, with their positions: told before anyone wakes,
    /// so the log's tail (<see cref="EventLogTail"/>) can hand them out without reading them back.
    /// </summary>
    public event Action<IReadOnlyList<LoggedEvent>>? Committed;

    /// <summary>Whether anyone takes <see cref="Committed"/>: a process without consumers need not build the events.</summary>
    public bool HandsOnCommits => Committed is not null;

    /// <summary>Another writer may have appended: told before anyone wakes, so the tail reads the database again.</summary>
    public event Action? Elsewhere;

    /// <summary>A batch of this process's appends has committed.</summary>
    public void Appended(IReadOnlyList<LoggedEvent> committed)
    {
        Committed?.Invoke(committed);
        Wake();
    }

    /// <summary>Another node says it appended (NOTIFY), or may have while nobody listened.</summary>
    public void Appended()
    {
        Elsewhere?.Invoke();
        Wake();
    }

    private void Wake()
    {
        Interlocked.Increment(ref _generation);
        Interlocked.Exchange(ref _next, NewSource()).TrySetResult();
    }

    /// <summary>
    /// Returns at the next append after <paramref name="seen"/> (at once if there was one already): true; or after
    /// <paramref name="timeout"/>: false.
    /// </summary>
    public async Task<bool> WaitAsync(long seen, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var next = Volatile.Read(ref _next).Task;
        if (Generation != seen)
        {
            return true;
        }

        try
        {
            await next.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            // Time to poll: another node may have appended without a wake-up reaching us.
            return false;
        }
    }

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
