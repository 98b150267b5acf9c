using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>Counts the transactions EF Core begins through the contexts it is added to.</summary>
public sealed class TransactionCounter : DbTransactionInterceptor
{
    private int _begun;

    public int Begun => Volatile.Read(ref _begun);

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _begun);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Interlocked.Increment(ref _begun);
        return result;
    }
}
