using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Building;
using Netwerkbijeenkomst.Web.Reports.Disclosure;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Benchmarks.Reports;

/// <summary>
/// <c>dotnet run -c Release --project tests/Netwerkbijeenkomst.Benchmarks -- reports [database file]</c>: runs the
/// national event log of <see cref="ReportWorld"/> through <see cref="ReportsProjection"/> into a SQLite file in the
/// runner's batches, then times <see cref="ReportBuilder.BuildAsync"/> for a municipality and a province. Not a
/// BenchmarkDotNet job: the data set takes minutes to build and is measured once, the builds with a plain stopwatch.
/// </summary>
internal static class ReportsBenchmark
{
    private const int BatchSize = 500;

    public static async Task RunAsync(string[] args)
    {
        var file = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-reports-benchmark.db");
        var connection = $"Data Source={file}";
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseSqlite(connection, sql => sql.MigrationsHistoryTable(AppDbContext.MigrationsHistoryTable))
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
            .Options;
        var contexts = new PooledDbContextFactory<AppDbContext>(options);

        if (!File.Exists(file))
        {
            await ProjectAsync(contexts);
        }
        else
        {
            Console.WriteLine($"Using the projected database {file} (delete it to project again).");
        }

        await BuildAsync(contexts);
        SqliteConnection.ClearAllPools();
    }

    private static async Task ProjectAsync(PooledDbContextFactory<AppDbContext> contexts)
    {
        await using (var db = await contexts.CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;");
            for (var n = 0; n < ReportWorld.Networks; n++)
            {
                var municipality = ReportWorld.Municipality(n);
                db.Networks.Add(new NetworkListing { NetworkId = ReportWorld.NetworkId(n), Name = $"Netwerk {n}", Municipality = municipality });
                if (await db.MunicipalityProvinces.FindAsync(municipality) is null && db.MunicipalityProvinces.Local.All(m => m.Municipality != municipality))
                {
                    db.MunicipalityProvinces.Add(new MunicipalityProvince { Municipality = municipality, Province = ReportWorld.Province(municipality) });
                }
            }

            await db.SaveChangesAsync();
        }

        var projection = new ReportsProjection();
        var events = 0L;
        var clock = Stopwatch.StartNew();
        foreach (var batch in ReportWorld.Events().Chunk(BatchSize))
        {
            // As the runner does: one context and one transaction per batch.
            await using var db = await contexts.CreateDbContextAsync();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await projection.ApplyAsync(db, batch, CancellationToken.None);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
            events += batch.Length;
        }

        clock.Stop();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Projected {events:N0} events in {clock.Elapsed.TotalSeconds:F1} s: {events / clock.Elapsed.TotalSeconds:N0} events/s (batches of {BatchSize})."));
    }

    private static async Task BuildAsync(PooledDbContextFactory<AppDbContext> contexts)
    {
        var now = new FakeTimeProvider(new DateTimeOffset(2026, 12, 20, 12, 0, 0, TimeSpan.Zero));
        var runner = new ProjectionRunner<ReportsProjection, AppDbContext>(
            new ReportsProjection(), contexts, new CaughtUpLog(), new EventLogSignal(), Options.Create(new EventLogOptions()),
            NullLogger<ProjectionRunner<ReportsProjection, AppDbContext>>.Instance);
        using var shared = new ProtectionCache();
        ReportBuilder Builder(ProtectionCache cache) => new(contexts, runner, Options.Create(new ReportOptions { HourlyRate = 20 }), cache, now);

        var municipality = ReportWorld.Municipality(10);
        var province = ReportWorld.Province(municipality);
        var cases = new (string What, ReportScope Scope, ReportPeriod Period)[]
        {
            ("municipality, quarter", new ReportScope(ReportScopeKind.Municipality, municipality, municipality), ReportPeriod.Quarter(2026, 3)),
            ("municipality, year", new ReportScope(ReportScopeKind.Municipality, municipality, municipality), ReportPeriod.Year(2025)),
            ("province, quarter", new ReportScope(ReportScopeKind.Province, province, province), ReportPeriod.Quarter(2026, 3)),
        };
        foreach (var (what, scope, period) in cases)
        {
            // Cold: the first view after the counts changed (nothing protected yet). Warm: asked again, counts unchanged.
            await TimeAsync(() => Builder(new ProtectionCache()), $"{what}, cold", scope, period);
            await TimeAsync(() => Builder(shared), $"{what}, warm", scope, period);
        }

        await PhasesAsync(contexts, new ReportScope(ReportScopeKind.Municipality, municipality, municipality));
    }

    /// <summary>Where a municipality's build goes: reading the tree and counts, then protecting and asking the cubes.</summary>
    private static async Task PhasesAsync(PooledDbContextFactory<AppDbContext> contexts, ReportScope scope)
    {
        var read = new List<double>();
        var all = new List<double>();
        for (var i = 0; i < 10; i++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            var clock = Stopwatch.StartNew();
            var scopes = await ReportScopes.LoadAsync(db, scope, CancellationToken.None);
            using var cache = new ProtectionCache();
            var cubes = await ReportCubes.LoadAsync(db, cache, scopes, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 20), 5, CancellationToken.None);
            read.Add(clock.Elapsed.TotalMilliseconds);
            var composer = new ReportComposer(scope, ReportPeriod.Quarter(2026, 3), scopes, cubes, 5, 20);
            _ = ReportComposer.Charts(composer.Sections());
            all.Add(clock.Elapsed.TotalMilliseconds);
        }

        read.Sort();
        all.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Municipality, quarter, by phase (median of 10): read and set up the cubes {read[5]:F1} ms, with protecting and composing {all[5]:F1} ms."));
    }

    private static async Task TimeAsync(Func<ReportBuilder> builders, string what, ReportScope scope, ReportPeriod period)
    {
        for (var i = 0; i < 3; i++)
        {
            await builders().BuildAsync(scope, period, CancellationToken.None);
        }

        var times = new List<double>();
        for (var i = 0; i < 20; i++)
        {
            var builder = builders();
            var clock = Stopwatch.StartNew();
            await builder.BuildAsync(scope, period, CancellationToken.None);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"BuildAsync {what} ({period.Label}): mean {times.Average():F1} ms, median {times[times.Count / 2]:F1} ms, p95 {times[(int)Math.Ceiling(times.Count * 0.95) - 1]:F1} ms, max {times[^1]:F1} ms over {times.Count} runs."));
    }

    /// <summary>An event log the projection has already caught up with, so the builder's catch-up reads nothing.</summary>
    private sealed class CaughtUpLog : IEventLog
    {
        public Task<IReadOnlyList<LoggedEvent>> ReadAfterAsync(long position, int max, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<LoggedEvent>>([]);

        public Task<long> LastPositionAsync(CancellationToken cancellationToken = default) => Task.FromResult(0L);
    }
}
