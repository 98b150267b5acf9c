using System.Data.Common;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Grains.EventSourcing;

namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>
/// The event store's one writer: appends wait in a bounded queue, and one loop commits whatever has gathered in one
/// transaction with one sync. The first append in an empty queue goes at once; the ones that arrive while a batch
/// commits ride along in the next. Every append keeps its own optimistic version check, and its caller is answered
/// only after the batch has committed.
/// <para>
/// The writer keeps its connection open from one batch to the next, with its three commands on it: opening a
/// pooled connection runs EF Core's setup and the connection interceptors' pragmas, which for a batch of one append cost
/// as much as its statements. After any failure the connection is closed, so the next batch opens one again. A batch
/// after <see cref="KeepOpen"/> without appends also opens one again from the pool, as every batch did before: the
/// writer never holds a connection out of the pool's own care (Npgsql prunes idle connections) for longer than that.
/// </para>
/// </summary>
internal sealed class GroupCommit : IAsyncDisposable, IDisposable
{
    /// <summary>Appends that may wait; a caller beyond it waits for room (back-pressure) instead of growing memory.</summary>
    public const int QueueCapacity = 8192;

    /// <summary>Appends per transaction at most, so one batch cannot hold the write lock for long.</summary>
    public const int MaxBatch = 2048;

    /// <summary>How long the writer's connection may have been idle and still be used for the next batch.</summary>
    public static readonly TimeSpan KeepOpen = TimeSpan.FromSeconds(30);

    private const string CreateStream = """INSERT INTO "Streams" ("StreamId", "Version") VALUES (@stream, @next) ON CONFLICT DO NOTHING""";
    private const string AdvanceStream = """UPDATE "Streams" SET "Version" = @next WHERE "StreamId" = @stream AND "Version" = @expected""";
    private const string InsertEvent = """INSERT INTO "Events" ("StreamId", "Sequence", "Type", "Payload", "RecordedAt") VALUES (@stream, @sequence, @type, @payload, @at) RETURNING "Position" """;

    private readonly IDbContextFactory<EventStoreDbContext> _contexts;
    private readonly string _writerName;
    private readonly Action<IReadOnlyList<CommittedRow>> _committed;
    private readonly Action _uncertain;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly Channel<PendingAppend> _queue = Channel.CreateBounded<PendingAppend>(new BoundedChannelOptions(QueueCapacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly Task _writer;

    // Used by the writer loop only: the open connection, and when it last committed (a timestamp of _time).
    private Connection? _open;
    private long _lastUsed;

    /// <param name="contexts">Where the rows go.</param>
    /// <param name="writer">This process's name in the commits' NOTIFY (<see cref="CommitOrder"/>).</param>
    /// <param name="committed">Told, on the writer loop, the rows of each batch that committed with their positions, before any caller is answered.</param>
    /// <param name="uncertain">Told when a batch may have been stored without its rows being handed on.</param>
    /// <param name="logger">For batches tried again one by one.</param>
    /// <param name="time">Tells how long the writer's connection has been idle (<see cref="KeepOpen"/>).</param>
    public GroupCommit(IDbContextFactory<EventStoreDbContext> contexts, string writer, Action<IReadOnlyList<CommittedRow>> committed, Action uncertain, ILogger logger, TimeProvider time)
    {
        _contexts = contexts;
        _writerName = writer;
        _committed = committed;
        _uncertain = uncertain;
        _logger = logger;
        _time = time;
        _writer = Task.Run(WriteAsync);
    }

    /// <summary>Returns once <paramref name="append"/> is durable; throws <see cref="EventStreamConflictException"/> if its version check failed.</summary>
    public async Task AppendAsync(PendingAppend append)
    {
        try
        {
            await _queue.Writer.WriteAsync(append, append.CancellationToken);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(EventStore), "The event store is shutting down; nothing was stored.");
        }

        await append.Committed;
    }

    /// <summary>Takes no more appends, commits the ones already queued, and returns when the writer has stopped.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _writer;
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        _writer.GetAwaiter().GetResult();
    }

    private async Task WriteAsync()
    {
        var batch = new List<PendingAppend>();
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var append))
            {
                if (append.CancellationToken.IsCancellationRequested)
                {
                    append.Cancel();
                }
                else
                {
                    batch.Add(append);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
                batch.Clear();
            }
        }

        await CloseAsync();
    }

    // Never throws: a connection that fails to close is the old one's problem, not the next batch's.
    private async Task CloseAsync()
    {
        var open = _open;
        _open = null;
        if (open is null)
        {
            return;
        }

        try
        {
            await open.DisposeAsync();
        }
        catch (Exception error)
        {
            _logger.WriterConnectionNotClosed(error.GetType().Name);
        }
    }

    // Never throws: every append in the batch is answered, and the loop goes on with the next batch.
    private async Task CommitAsync(List<PendingAppend> batch)
    {
        bool[] claimed;
        List<CommittedRow> rows;
        try
        {
            (claimed, rows) = await WriteBatchAsync(batch);
        }
        catch (Exception error) when (batch.Count > 1)
        {
            // Rolled back, so nothing of it is stored. One append may be the cause (a row the database refuses): each is
            // tried again alone, so only that one fails, and none is refused for another's conflict that did not commit.
            _logger.GroupCommitRetriedAlone(batch.Count, error.GetType().Name);
            foreach (var append in batch)
            {
                await CommitAsync([append]);
            }

            return;
        }
        catch (Exception error)
        {
            // The commit itself may have gone through (a connection lost while committing): the consumers look.
            batch[0].Fail(error);
            _uncertain();
            return;
        }

        if (rows.Count > 0)
        {
            try
            {
                _committed(rows);
            }
            catch (Exception error)
            {
                // Stored all the same: its callers are answered, and the consumers find the rows by reading.
                _logger.CommittedNotHandedOn(rows.Count, error.GetType().Name);
                _uncertain();
            }
        }

        for (var i = 0; i < batch.Count; i++)
        {
            if (claimed[i])
            {
                batch[i].Succeed();
            }
            else
            {
                batch[i].Fail(new EventStreamConflictException(batch[i].StreamId, batch[i].ExpectedVersion));
            }
        }
    }

    // On the writer's connection: kept from the last batch unless it has been idle too long.
    private async Task<(bool[] Claimed, List<CommittedRow> Rows)> WriteBatchAsync(List<PendingAppend> batch)
    {
        if (_open is not null && _time.GetElapsedTime(_lastUsed) > KeepOpen)
        {
            await CloseAsync();
        }

        var open = _open ??= await Connection.OpenAsync(_contexts);
        try
        {
            var written = await InsertBatchAsync(open, batch);
            _lastUsed = _time.GetTimestamp();
            return written;
        }
        catch
        {
            // Whatever went wrong may have left the connection unusable: the next batch opens another.
            await CloseAsync();
            throw;
        }
    }

    // Plain commands: EF's change tracking of thousands of rows would cost more than the sync.
    private async Task<(bool[] Claimed, List<CommittedRow> Rows)> InsertBatchAsync(Connection open, List<PendingAppend> batch)
    {
        await using var transaction = await open.Db.Database.BeginTransactionAsync();
        await CommitOrder.EnterAsync(open.Db, _writerName, CancellationToken.None);
        var (create, advance, insert) = open.Enlist(transaction.GetDbTransaction());

        // In queue order, in one transaction: a later append to the same stream sees the earlier one's new version.
        var claimed = new bool[batch.Count];
        var written = new List<CommittedRow>();
        for (var i = 0; i < batch.Count; i++)
        {
            var append = batch[i];
            var claim = append.ExpectedVersion == 0 ? create : advance;
            claim.Parameters[0].Value = append.StreamId;
            claim.Parameters[1].Value = append.NewVersion;
            if (append.ExpectedVersion != 0)
            {
                claim.Parameters[2].Value = append.ExpectedVersion;
            }

            claimed[i] = await claim.ExecuteNonQueryAsync() == 1;
            if (!claimed[i])
            {
                continue;
            }

            foreach (var row in append.Rows)
            {
                insert.Parameters[0].Value = row.StreamId;
                insert.Parameters[1].Value = row.Sequence;
                insert.Parameters[2].Value = row.Type;
                insert.Parameters[3].Value = row.Payload;
                insert.Parameters[4].Value = row.RecordedAt;
                var position = Convert.ToInt64(await insert.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
                written.Add(new CommittedRow(position, row));
            }
        }

        await transaction.CommitAsync();
        return (claimed, written);
    }

    /// <summary>The writer's context with its connection held open, and the commands it runs on it (SQLite keeps their compiled statements).</summary>
    private sealed class Connection : IAsyncDisposable
    {
        private readonly DbCommand _create;
        private readonly DbCommand _advance;
        private readonly DbCommand _insert;

        private Connection(EventStoreDbContext db)
        {
            Db = db;
            var connection = db.Database.GetDbConnection();
            _create = Command(connection, CreateStream, "@stream", "@next");
            _advance = Command(connection, AdvanceStream, "@stream", "@next", "@expected");
            _insert = Command(connection, InsertEvent, "@stream", "@sequence", "@type", "@payload", "@at");
        }

        public EventStoreDbContext Db { get; }

        public static async Task<Connection> OpenAsync(IDbContextFactory<EventStoreDbContext> contexts)
        {
            var db = await contexts.CreateDbContextAsync();
            try
            {
                // Opened by hand, EF leaves it open across transactions until DisposeAsync closes it.
                await db.Database.OpenConnectionAsync();
                return new Connection(db);
            }
            catch
            {
                await db.DisposeAsync();
                throw;
            }
        }

        public (DbCommand Create, DbCommand Advance, DbCommand Insert) Enlist(DbTransaction transaction)
        {
            _create.Transaction = transaction;
            _advance.Transaction = transaction;
            _insert.Transaction = transaction;
            return (_create, _advance, _insert);
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await _create.DisposeAsync();
                await _advance.DisposeAsync();
                await _insert.DisposeAsync();

                // Closed here, as it was opened here: a pooled context handed back with its connection opened by hand
                // would keep the next user's connection open for as long as that user holds the context.
                await Db.Database.CloseConnectionAsync();
            }
            finally
            {
                await Db.DisposeAsync();
            }
        }

        private static DbCommand Command(DbConnection connection, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            return command;
        }
    }
}
