using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.Hosting;

/// <summary>A storage node over a fresh database and a fake clock, shared by the tests of one class.</summary>
public sealed class StorageFixture : IAsyncLifetime
{
    private StorageHost? _node;

    public TestDatabase Database { get; } = new();

    public FakeTimeProvider Clock { get; } = new(TestSilos.Start);

    public StorageHost Node => _node ?? throw new InvalidOperationException("The storage node has not started yet.");

    public async Task InitializeAsync() => _node = await StorageHost.StartAsync(Database, Clock);

    public async Task DisposeAsync()
    {
        if (_node is not null)
        {
            await _node.DisposeAsync();
        }

        Database.Dispose();
    }
}
