using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

/// <summary>
/// Counts every time SQLite finds the file locked by another writer, on every connection of the context it is added
/// to (after the product's interceptors, so it replaces their busy timeout). It answers "do not wait", so each count is
/// an SQLITE_BUSY that reaches Microsoft.Data.Sqlite, which then sleeps 150 ms and tries again.
/// </summary>
public sealed class BusyCounter : DbConnectionInterceptor
{
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Held for as long as the counter lives: SQLite keeps calling the native stub made from it.
    private readonly SqliteBusyHandler.Callback _handler;
    private int _count;

    public BusyCounter() => _handler = (_, _) =>
    {
        Interlocked.Increment(ref _count);
        _first.TrySetResult();
        return 0;
    };

    public int Count => Volatile.Read(ref _count);

    /// <summary>Completes at the first busy lock seen.</summary>
    public Task FirstBusy => _first.Task;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Install(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Install(connection);
        return Task.CompletedTask;
    }

    private void Install(DbConnection connection)
    {
        var handle = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The connection is not open.");
        Assert.Equal(0, SqliteBusyHandler.Install(handle.DangerousGetHandle(), _handler, IntPtr.Zero));
    }
}
