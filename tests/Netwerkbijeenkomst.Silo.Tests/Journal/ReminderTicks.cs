using System.Collections.Concurrent;

namespace Netwerkbijeenkomst.Silo.Tests.Journal;

/// <summary>Lets a test await the reminder tick Orleans delivers to a journal, instead of sleeping until it is due.</summary>
public sealed class ReminderTicks
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _first = new();

    /// <summary>Called by the journal after it stored the tick.</summary>
    public void Ticked(string key) => Source(key).TrySetResult();

    /// <summary>Completes at the first tick the silos holding this instance delivered to journal <paramref name="key"/>.</summary>
    public Task FirstAsync(string key) => Source(key).Task;

    private TaskCompletionSource Source(string key) => _first.GetOrAdd(key, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
}
