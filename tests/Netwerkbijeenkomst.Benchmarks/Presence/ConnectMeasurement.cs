using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.Hosting;

namespace Netwerkbijeenkomst.Benchmarks.Presence;

/// <summary>
/// <c>dotnet run -c Release --project tests/Netwerkbijeenkomst.Benchmarks -- presence [participants] [rounds]</c>: one silo on
/// a SQLite file (WAL, synchronous=FULL, as in production), one started meeting, and <c>participants</c> members who
/// connect through one web node all at once, then disconnect and reconnect <c>rounds</c> times, as a web node calls the
/// meeting grain (JoinAsync/LeaveAsync with the node's name). Prints, per phase, the events stored and the wall time.
/// A measurement to record with the load average (docs/performance.md), not a test.
/// </summary>
public static class ConnectMeasurement
{
    private const string Node = "web-measure";

    public static async Task RunAsync(string[] args)
    {
        var participants = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200;
        var rounds = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var folder = Path.Combine(Path.GetTempPath(), "netwerkbijeenkomst-presence", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var database = $"Data Source={Path.Combine(folder, "store.db")}";
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddEventStorage(new DatabaseSettings(IsPostgres: false, database));
        var (siloPort, gatewayPort) = LoopbackPorts.ForSilo();
        builder.UseOrleans(silo => silo.UseLocalhostClustering(siloPort, gatewayPort).AddDomainGrains());
        using var host = builder.Build();
        await host.StartAsync();
        try
        {
            var grains = host.Services.GetRequiredService<IGrainFactory>();
            var (meeting, people) = await StartedMeetingAsync(grains, participants);
            long Events()
            {
                using var connection = new SqliteConnection(database);
                connection.Open();
                using var count = connection.CreateCommand();
                count.CommandText = "SELECT COUNT(*) FROM Events";
                return (long)count.ExecuteScalar()!;
            }

            async Task PhaseAsync(string name, Func<Actor, Task> call)
            {
                var before = Events();
                var clock = Stopwatch.StartNew();
                await Task.WhenAll(people.Select(call));
                clock.Stop();
                Console.WriteLine($"{name,-14} {participants} participants: {Events() - before,5} events stored, {clock.Elapsed.TotalMilliseconds,8:0.0} ms");
            }

            await PhaseAsync("first connect", p => meeting.JoinAsync(p, Node));
            for (var round = 1; round <= rounds; round++)
            {
                await PhaseAsync($"disconnect {round}", p => meeting.LeaveAsync(p, Node));
                await PhaseAsync($"reconnect {round}", p => meeting.JoinAsync(p, Node));
            }
        }
        finally
        {
            await host.StopAsync();
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(IMeetingGrain Meeting, Actor[] People)> StartedMeetingAsync(IGrainFactory grains, int participants)
    {
        var admin = Actor.Administrator("beheer");
        var coordinator = new Actor("meting-coordinator");
        var network = grains.GetGrain<INetworkGrain>($"meting-{Guid.NewGuid():N}");
        await network.CreateAsync(admin, "Netwerk Meting", "Utrecht", new Coordinator(coordinator.UserId, "Coördinator"));
        await network.SetMeetingRuleAsync(coordinator, new MeetingRule(2, DayOfWeek.Tuesday, new TimeOnly(19, 30), new TimeOnly(21, 0)));
        var people = Enumerable.Range(1, participants).Select(i => new Actor($"meting-lid-{i}")).ToArray();
        foreach (var person in people)
        {
            await network.InviteMemberAsync(coordinator, person.UserId, $"Lid {person.UserId}", ["Turks"], ["Turks", "Nederlands"]);
            await network.ActivateMemberAsync(person, person.UserId);
        }

        var meeting = grains.GetGrain<IMeetingGrain>(Guid.NewGuid());
        var startsAt = DateTimeOffset.UtcNow.AddDays(1);
        await meeting.PlanAsync(coordinator, network.GetPrimaryKeyString(), "Netwerkbijeenkomst meting", startsAt, startsAt.AddMinutes(90));
        await meeting.AssembleDraftAgendaAsync(coordinator);
        await meeting.PublishAsync(coordinator);
        await meeting.StartAsync(coordinator, overrideDay: true);
        return (meeting, people);
    }
}
