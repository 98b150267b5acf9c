namespace Netwerkbijeenkomst.Load;

/// <summary>A server the node clients drive: the product (one node or the cluster) or bare SignalR.</summary>
internal interface ILoadTarget : IAsyncDisposable
{
    /// <summary>"bare" or "product", for the report.</summary>
    string Name { get; }

    /// <summary>Where participants connect; in the cluster one per web node, participants alternating between them.</summary>
    IReadOnlyList<Uri> Urls { get; }

    ServerProcesses Processes { get; }

    /// <summary>The product's chair moves the room on to a fresh agenda item before one is full (500 contributions each).</summary>
    bool MovesOn { get; }

    /// <summary>Contributions stored in the database so far; null for a server that stores nothing.</summary>
    Task<long?> StoredAsync();
}
