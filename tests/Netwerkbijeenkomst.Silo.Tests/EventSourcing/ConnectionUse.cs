using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netwerkbijeenkomst.Silo.Tests.EventSourcing;

/// <summary>What the event store's contexts did with their connections, in order: "open", "begin" (a transaction), "close".</summary>
public sealed class ConnectionUse : DbConnectionInterceptor, IDbTransactionInterceptor
{
    private readonly Lock _gate = new();
    private readonly List<string> _steps = [];

    public IReadOnlyList<string> Steps
    {
        get
        {
            lock (_gate)
            {
                return [.. _steps];
            }
        }
    }

    /// <summary>Drops what was recorded so far (the migrations at start).</summary>
    public void Forget()
    {
        lock (_gate)
        {
            _steps.Clear();
        }
    }

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Add("open");
        return Task.CompletedTask;
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Add("open");

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Add("close");
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Add("close");

    ValueTask<DbTransaction> IDbTransactionInterceptor.TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken)
    {
        Add("begin");
        return ValueTask.FromResult(result);
    }

    private void Add(string step)
    {
        lock (_gate)
        {
            _steps.Add(step);
        }
    }
}
