using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.Hosting;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>
/// 1,000 concurrent writers, each appending one event at a time to its own stream through the event store (durable:
/// each append waits for its batch's synced commit), against the same rows written with plain SQLite commands in one
/// transaction per round of 1,000 — the best a group commit of 1,000 writers can reach. WAL and synchronous=FULL on
/// both files. The time per operation is per append: appends/s = 1 s / that time.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs only non-sealed benchmark classes.</remarks>
public class GroupCommitBenchmarks
{
    private const int Writers = 1_000;
    private const int Rounds = 10;
    private const int Appends = Writers * Rounds;
    private const string Payload = """{"what":"Casus besproken","count":3}""";
    private static readonly BenchmarkEvent Event = new("Casus besproken", 3);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-bench", Guid.NewGuid().ToString("N"));
    private readonly int[] _storeVersions = new int[Writers];
    private readonly int[] _plainVersions = new int[Writers];
    private IHost _host = null!;
    private IEventStore _store = null!;
    private SqliteConnection _plain = null!;

    // The in-process toolchain does not await an async setup or cleanup (dotnet/BenchmarkDotNet#1738), so these block.
    [GlobalSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [GlobalCleanup]
    public void Cleanup() => CleanupAsync().GetAwaiter().GetResult();

    private async Task SetupAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEventStorage(new DatabaseSettings(IsPostgres: false, $"Data Source={Path.Combine(_folder, "store.db")}"))
            .AddEventStream<BenchmarkEvent>();
        _host = builder.Build();
        await _host.StartAsync();
        _store = _host.Services.GetRequiredService<IEventStore>();

        // The plain database gets the event store's own schema, by copying the migrated file (checkpointed) before any append.
        await using (var store = new SqliteConnection($"Data Source={Path.Combine(_folder, "store.db")}"))
        {
            await store.OpenAsync();
            await using var checkpoint = store.CreateCommand();
            checkpoint.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
            await checkpoint.ExecuteNonQueryAsync();
        }

        File.Copy(Path.Combine(_folder, "store.db"), Path.Combine(_folder, "plain.db"));
        _plain = new SqliteConnection($"Data Source={Path.Combine(_folder, "plain.db")}");
        await _plain.OpenAsync();
        await using var pragmas = _plain.CreateCommand();
        pragmas.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
        await pragmas.ExecuteNonQueryAsync();
    }

    private async Task CleanupAsync()
    {
        await _plain.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Appends, Description = "plain SQLite: 1,000 stream rows + events per transaction")]
    public async Task PlainBatchedInsert()
    {
        var at = DateTimeOffset.UtcNow;
        for (var round = 0; round < Rounds; round++)
        {
            await using var transaction = (SqliteTransaction)await _plain.BeginTransactionAsync();
            await using var create = Command(transaction, "INSERT INTO Streams (StreamId, Version) VALUES ($stream, $next) ON CONFLICT DO NOTHING", "$stream", "$next");
            await using var advance = Command(transaction, "UPDATE Streams SET Version = $next WHERE StreamId = $stream AND Version = $expected", "$stream", "$next", "$expected");
            await using var insert = Command(transaction, "INSERT INTO Events (StreamId, Sequence, Type, Payload, RecordedAt) VALUES ($stream, $next, 'BenchmarkEvent', $payload, $at)", "$stream", "$next", "$payload", "$at");
            for (var writer = 0; writer < Writers; writer++)
            {
                var expected = _plainVersions[writer];
                var claim = expected == 0 ? create : advance;
                claim.Parameters["$stream"].Value = StreamOf(writer);
                claim.Parameters["$next"].Value = expected + 1;
                if (expected != 0)
                {
                    claim.Parameters["$expected"].Value = expected;
                }

                if (await claim.ExecuteNonQueryAsync() != 1)
                {
                    throw new InvalidOperationException("The plain baseline lost its own version check.");
                }

                insert.Parameters["$stream"].Value = StreamOf(writer);
                insert.Parameters["$next"].Value = expected + 1;
                insert.Parameters["$payload"].Value = Payload;
                insert.Parameters["$at"].Value = at;
                await insert.ExecuteNonQueryAsync();
                _plainVersions[writer] = expected + 1;
            }

            await transaction.CommitAsync();
        }
    }

    [Benchmark(OperationsPerInvoke = Appends, Description = "event store: 1,000 concurrent writers, AppendAsync of one event each")]
    public Task ConcurrentStoreAppends() =>
        Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var round = 0; round < Rounds; round++)
            {
                await _store.AppendAsync<BenchmarkEvent>(StreamOf(writer), _storeVersions[writer], [Event]);
                _storeVersions[writer]++;
            }
        })));

    private static string StreamOf(int writer) => $"writer/{writer}";

    private SqliteCommand Command(SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = _plain.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        return command;
    }
}
