namespace Netwerkbijeenkomst.Silo.Server.Activations;

/// <summary>One message to an activation: a grain call, a timer tick or a reminder tick.</summary>
internal sealed class Request(string name, Func<IGrainBase, Task<object?>> body)
{
    private volatile bool _expired;

    public string Name { get; } = name;

    public Func<IGrainBase, Task<object?>> Body { get; } = body;

    public TaskCompletionSource<object?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>May run alongside other read-only requests.</summary>
    public bool IsReadOnly { get; init; }

    /// <summary>May run alongside anything (an interleaving timer tick).</summary>
    public bool Interleave { get; init; }

    /// <summary>Counts as activity for idle collection.</summary>
    public bool KeepAlive { get; init; } = true;

    /// <summary>Goes to the next activation if still queued when this one deactivates; a timer tick does not.</summary>
    public bool Forwardable { get; init; } = true;

    /// <summary>The caller stopped waiting; a request still queued is dropped instead of run.</summary>
    public bool Expired
    {
        get => _expired;
        set => _expired = value;
    }
}
