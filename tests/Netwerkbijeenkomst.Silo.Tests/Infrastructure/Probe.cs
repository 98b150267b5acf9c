using System.Collections.Concurrent;

namespace Netwerkbijeenkomst.Silo.Tests.Infrastructure;

/// <summary>What test grains report to the test: activations, deactivations, and gates that hold a grain mid-turn.</summary>
public sealed class Probe
{
    private readonly ConcurrentDictionary<string, int> _activations = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<string>> _deactivations = new();
    private readonly ConcurrentDictionary<string, Gate> _gates = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _records = new();

    public int Activations(string key) => _activations.GetValueOrDefault(key);

    public void Activated(string key) => _activations.AddOrUpdate(key, 1, (_, n) => n + 1);

    public void Deactivated(string key, string reason) => Deactivation(key).TrySetResult(reason);

    /// <summary>Completes with the deactivation reason when the grain deactivates.</summary>
    public Task<string> DeactivatedAsync(string key) => Deactivation(key).Task;

    /// <summary>Notes something a grain did, such as a timer tick, in the order it happened.</summary>
    public void Record(string key, string entry) => _records.GetOrAdd(key, _ => new()).Enqueue(entry);

    public IReadOnlyList<string> Records(string key) => _records.TryGetValue(key, out var records) ? [.. records] : [];

    public Gate Gate(string name) => _gates.GetOrAdd(name, _ => new Gate());

    public bool TryTakeGate(string name, out Gate gate) => _gates.TryRemove(name, out gate!);

    private TaskCompletionSource<string> Deactivation(string key) =>
        _deactivations.GetOrAdd(key, _ => new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously));
}
