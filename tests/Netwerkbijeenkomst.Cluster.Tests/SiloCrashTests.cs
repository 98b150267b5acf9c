using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Xunit.Abstractions;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>A meeting on a real cluster goes on when the silo that runs it is killed (kill -9).</summary>
[Collection(RealCluster.Name)]
public sealed class SiloCrashTests(ClusterFixture cluster, ITestOutputHelper output)
{
    private const int PostsPerRound = 2;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    /// <summary>How long before the reminders fall due the silo is killed: about as long as the cluster takes to notice.</summary>
    private static readonly TimeSpan Lead = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task MeetingOnBothWebNodes_SurvivesTheCrashOfItsSilo_LosingAndRepeatingNothing()
    {
        var database = new ClusterDatabase(cluster.ConnectionString);
        var meetingId = await database.DemoMeetingAsync();
        var coordinator = new Actor(await database.UserIdAsync("coordinator@demo.nl"));
        var meeting = cluster.Grains.GetGrain<IMeetingGrain>(meetingId);

        // The coordinator starts the demo meeting on its page; four people join, two on each web node.
        using var chair = await WebSession.SignInAsync(cluster.Web1, "coordinator@demo.nl");
        if ((await meeting.GetAsync(coordinator)).Status == MeetingStatus.Concept)
        {
            await chair.PostFormAsync($"/bijeenkomsten/{meetingId}", $"/bijeenkomsten/{meetingId}?handler=Publish", []);
        }

        // The demo meeting is days away: the chair confirms starting before its day, as the page asks.
        var started = await chair.PostFormAsync($"/bijeenkomsten/{meetingId}", $"/bijeenkomsten/{meetingId}?handler=Start", new() { ["overrideDay"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var startedAt = DateTimeOffset.UtcNow;
        using var ayse = await WebSession.SignInAsync(cluster.Web2, "ayse@demo.nl");
        using var mohamed = await WebSession.SignInAsync(cluster.Web1, "mohamed@demo.nl");
        using var rinia = await WebSession.SignInAsync(cluster.Web2, "rinia@demo.nl");
        var people = new List<Participant>();
        foreach (var session in new[] { chair, ayse, mohamed, rinia })
        {
            people.Add(await Participant.JoinAsync(session, meetingId));
        }

        try
        {
            // The chair records advice on every case on the agenda and the cases are closed: each retention reminder
            // is due a minute later. The meeting goes on until shortly before then, so they fall due around the crash.
            var view = await meeting.GetAsync(coordinator);
            var caseIds = view.Agenda.Where(i => i.CaseId.HasValue).Select(i => i.CaseId!.Value).ToList();
            await people[0].InvokeAsync("GoToItem", meetingId, view.Agenda.ToList().FindIndex(i => i.CaseId.HasValue));
            foreach (var caseId in caseIds)
            {
                await people[0].InvokeAsync("RecordAdvice", meetingId, Guid.NewGuid(), caseId, "Samen met de buurvrouw een bezoek afleggen.", "");
                await cluster.Grains.GetGrain<ICaseGrain>(caseId).CloseAsync(coordinator, CaseOutcome.Resolved, null);
            }

            var dueAt = DateTimeOffset.UtcNow + ClusterFixture.Retention;
            var posted = new ConcurrentBag<Guid>();
            var acknowledged = new ConcurrentBag<(Guid Id, DateTimeOffset At)>();
            var attempts = new ConcurrentBag<int>();
            // A round a second: a lively meeting, not a load test.
            using (var pace = new PeriodicTimer(TimeSpan.FromSeconds(1)))
            {
                while (DateTimeOffset.UtcNow < dueAt - Lead && await pace.WaitForNextTickAsync())
                {
                    await PostRoundAsync(people, "voor", posted, acknowledged, attempts);
                }
            }

            // Kill -9 the silo that runs the meeting's grain, and go on posting through both web nodes meanwhile.
            var hostingBefore = await HostOfAsync(meeting, coordinator);
            var victim = hostingBefore.Endpoint.Port == cluster.SiloPort(1) ? 1 : 2;
            var survivorPort = cluster.SiloPort(3 - victim);
            await cluster.KillSiloAsync(victim);
            var killedAt = DateTimeOffset.UtcNow;
            await PostRoundAsync(people, "tijdens", posted, acknowledged, attempts);
            var backAt = acknowledged.Where(a => a.At > killedAt).Min(a => a.At);

            // Every acknowledged contribution is stored exactly once; nothing is stored that was not posted.
            var stored = await database.ContributionIdsAsync(meetingId);
            Assert.Equal(stored.Count, stored.Distinct().Count());
            Assert.All(acknowledged, a => Assert.Single(stored, s => s == a.Id));
            Assert.All(stored, id => Assert.Contains(id, posted));

            // Every participant, on either web node, ends with the room at the stream's last event and every contribution once, in the stream's order.
            var last = await database.LastSequenceAsync(meetingId);
            await Task.WhenAll(people.Select(p => p.WaitForAsync(last, Patience)));
            foreach (var person in people)
            {
                Assert.Equal(stored, person.Contributions());
            }

            // The meeting's grain came back on the surviving silo.
            Assert.Equal(survivorPort, (await HostOfAsync(meeting, coordinator)).Endpoint.Port);

            // Every retention reminder, due around the crash (some owned by the dead silo), still fires after it.
            var erasedAt = new List<DateTimeOffset>();
            foreach (var caseId in caseIds)
            {
                var stream = $"case/{caseId:N}";
                Assert.True(await database.WaitForEventAsync(stream, nameof(CaseTextsErased), Patience + ClusterFixture.Retention), $"The retention reminder of {stream} did not fire after the silo crash.");
                erasedAt.Add(await database.RecordedAtAsync(stream, nameof(CaseTextsErased)));
            }

            Assert.All(erasedAt, at => Assert.True(at > killedAt, "A reminder fired before the crash; the test did not test the outage."));
            Report(
                $"silo {victim} (port {hostingBefore.Endpoint.Port}) killed {(killedAt - startedAt).TotalSeconds:0} s into the meeting; grain back on port {survivorPort}",
                $"{people.Count} participants on 2 web nodes; {posted.Count} contributions posted, {acknowledged.Count} acknowledged, {stored.Count} stored, each once",
                $"first post acknowledged {(backAt - killedAt).TotalSeconds:0.0} s after the kill; posts needed {attempts.Max()} attempt(s) at most",
                $"every participant's room reached event {last}, holding every contribution once, in order",
                $"{caseIds.Count} retention reminders due {(dueAt - killedAt).TotalSeconds:0.0} s after the kill; erased {string.Join(", ", erasedAt.Select(at => $"{(at - killedAt).TotalSeconds:0.0} s"))} after it");
        }
        finally
        {
            foreach (var person in people)
            {
                await person.DisposeAsync();
            }
        }
    }

    private static Task PostRoundAsync(List<Participant> people, string round, ConcurrentBag<Guid> posted, ConcurrentBag<(Guid Id, DateTimeOffset At)> acknowledged, ConcurrentBag<int> attempts) =>
        Task.WhenAll(people.Select(async (person, n) =>
        {
            for (var i = 1; i <= PostsPerRound; i++)
            {
                var id = Guid.NewGuid();
                posted.Add(id);
                var (ok, tries) = await person.PostAsync(id, $"Vraag {i} van deelnemer {n + 1}, {round} de storing.", Patience);
                attempts.Add(tries);
                if (ok)
                {
                    acknowledged.Add((id, DateTimeOffset.UtcNow));
                }
            }
        }));

    private async Task<SiloAddress> HostOfAsync(IMeetingGrain meeting, Actor coordinator)
    {
        // Asking the grain something first makes sure it is active, so the directory knows where.
        await meeting.GetAsync(coordinator);
        return await cluster.Grains.GetGrain<IManagementGrain>(0).GetActivationAddress(meeting)
            ?? throw new InvalidOperationException("The meeting's grain is not active anywhere.");
    }

    private void Report(params string[] lines)
    {
        foreach (var line in lines)
        {
            output.WriteLine(line);
        }

        // .ci/run prints this file after the tests, so CI's log shows what was counted.
        var report = Path.Combine(RepositoryRoot.Path, "artifacts", "cluster-report.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(report)!);
        File.WriteAllLines(report, [$"Cluster test, {DateTime.UtcNow.ToString("u", CultureInfo.InvariantCulture)}", .. lines]);
    }
}
