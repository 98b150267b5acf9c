using BenchmarkDotNet.Attributes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.Hosting;

namespace Netwerkbijeenkomst.Benchmarks;

/// <summary>
/// One durable append of one event through the event store, and one command of a journaled grain that commits one
/// event, against the same rows written with plain SQLite commands in one transaction, all with WAL and
/// synchronous=FULL on the same kind of file.
/// </summary>
/// <remarks>Not sealed: BenchmarkDotNet runs only non-sealed benchmark classes.</remarks>
public class EventAppendBenchmarks
{
    private static readonly BenchmarkEvent Event = new("Casus besproken", 3);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-bench", Guid.NewGuid().ToString("N"));
    private IHost _host = null!;
    private IEventStore _store = null!;
    private ITallyGrain _tally = null!;
    private SqliteConnection _plain = null!;
    private int _storeVersion;
    private int _plainVersion;

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
        var (siloPort, gatewayPort) = LoopbackPorts.ForSilo();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort).AddDomainGrains());
        _host = builder.Build();

        // Starting the host runs the migrations before the silo starts.
        await _host.StartAsync();
        _store = _host.Services.GetRequiredService<IEventStore>();
        _tally = _host.Services.GetRequiredService<IGrainFactory>().GetGrain<ITallyGrain>("benchmark");

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
        await Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; INSERT INTO Streams (StreamId, Version) VALUES ('plain/1', 0);");
        await _store.AppendAsync<BenchmarkEvent>("store/1", 0, [Event]);
        _storeVersion = 1;

        // Activated (its empty stream read) and its stream row created, so the benchmark measures commands only.
        await _tally.RecordAsync(Event.What, Event.Count);
    }

    private async Task CleanupAsync()
    {
        await _plain.DisposeAsync();
        await _host.StopAsync();
        _host.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Benchmark(Baseline = true, Description = "plain SQLite: update stream row + insert event, one transaction")]
    public async Task PlainSqliteInsert()
    {
        await using var transaction = (SqliteTransaction)await _plain.BeginTransactionAsync();
        await using (var update = _plain.CreateCommand())
        {
            update.Transaction = transaction;
            update.CommandText = "UPDATE Streams SET Version = $next WHERE StreamId = 'plain/1' AND Version = $expected";
            update.Parameters.AddWithValue("$next", _plainVersion + 1);
            update.Parameters.AddWithValue("$expected", _plainVersion);
            await update.ExecuteNonQueryAsync();
        }

        await using (var insert = _plain.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO Events (StreamId, Sequence, Type, Payload, RecordedAt) VALUES ('plain/1', $seq, 'BenchmarkEvent', $payload, $at)";
            insert.Parameters.AddWithValue("$seq", _plainVersion + 1);
            insert.Parameters.AddWithValue("$payload", """{"what":"Casus besproken","count":3}""");
            insert.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
            await insert.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        _plainVersion++;
    }

    [Benchmark(Description = "event store: AppendAsync of one event")]
    public async Task EventStoreAppend()
    {
        await _store.AppendAsync<BenchmarkEvent>("store/1", _storeVersion, [Event]);
        _storeVersion++;
    }

    [Benchmark(Description = "journaled grain: one command that commits one event")]
    public Task JournaledGrainCommand() => _tally.RecordAsync(Event.What, Event.Count);

    private async Task Execute(string sql)
    {
        await using var command = _plain.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }
}
