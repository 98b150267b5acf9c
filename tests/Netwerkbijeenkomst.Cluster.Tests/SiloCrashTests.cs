using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>A meeting on a real cluster goes on when the silo that runs it is killed (kill -9).</summary>
[Collection(RealCluster.Name)]
public sealed class SiloCrashTests(ClusterFixture cluster, ITestOutputHelper output)
{
    private const int PostsPerRound = 5;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task MeetingOnBothWebNodes_SurvivesTheCrashOfItsSilo_LosingAndRepeatingNothing()
    {
        var clock = Stopwatch.StartNew();
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

        var started = await chair.PostFormAsync($"/bijeenkomsten/{meetingId}", $"/bijeenkomsten/{meetingId}?handler=Start", []);
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
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
            // The chair opens the first case, records advice on it, and the case is closed: its retention reminder is
            // due a minute later, inside the outage to come.
            var view = await meeting.GetAsync(coordinator);
            var caseItem = view.Agenda.ToList().FindIndex(i => i.CaseId.HasValue);
            var caseId = view.Agenda[caseItem].CaseId!.Value;
            await people[0].InvokeAsync("GoToItem", meetingId, caseItem);
            await people[0].InvokeAsync("RecordAdvice", meetingId, Guid.NewGuid(), caseId, "Samen met de buurvrouw een bezoek afleggen.", "");
            await cluster.Grains.GetGrain<ICaseGrain>(caseId).CloseAsync(coordinator, CaseOutcome.Resolved, null);

            var posted = new ConcurrentBag<Guid>();
            var acknowledged = new ConcurrentBag<Guid>();
            var attempts = new ConcurrentBag<int>();
            await PostRoundAsync(people, "voor", posted, acknowledged, attempts);

            // Kill -9 the silo that runs the meeting's grain, and go on posting through both web nodes meanwhile.
            var hostingBefore = await HostOfAsync(meeting);
            var victim = hostingBefore.Endpoint.Port == cluster.SiloPort(1) ? 1 : 2;
            var survivorPort = cluster.SiloPort(3 - victim);
            await cluster.KillSiloAsync(victim);
            var killedAt = clock.Elapsed;
            await PostRoundAsync(people, "tijdens", posted, acknowledged, attempts);
            var recoveredAfter = clock.Elapsed - killedAt;

            // Every acknowledged contribution is stored exactly once; nothing is stored that was not posted.
            var stored = await database.ContributionIdsAsync(meetingId);
            Assert.Equal(stored.Count, stored.Distinct().Count());
            Assert.All(acknowledged, id => Assert.Single(stored, s => s == id));
            Assert.All(stored, id => Assert.Contains(id, posted));

            // Every participant, on either web node, ends with the same events in the same order as the stream.
            var last = await database.LastSequenceAsync(meetingId);
            await Task.WhenAll(people.Select(p => p.WaitForAsync(last, Patience)));
            foreach (var person in people)
            {
                Assert.Equal(stored, person.Events().Where(e => e.Type == "ContributionPosted").Select(e => e.ContributionId).ToList());
            }

            // The meeting's grain came back on the surviving silo.
            Assert.Equal(survivorPort, (await HostOfAsync(meeting)).Endpoint.Port);

            // The retention reminder, due while its silo was dead or being replaced, still fires on the survivor.
            var erased = await database.WaitForEventAsync($"case/{caseId:N}", nameof(CaseTextsErased), Patience + ClusterFixture.Retention);
            Assert.True(erased, "The retention reminder did not fire after the silo crash.");

            Report(
                $"silo {victim} (port {hostingBefore.Endpoint.Port}) killed at {killedAt.TotalSeconds:0.0} s; grain back on port {survivorPort}",
                $"{people.Count} participants on 2 web nodes; {posted.Count} contributions posted, {acknowledged.Count} acknowledged, {stored.Count} stored, each once",
                $"posts needed {attempts.Max()} attempt(s) at most; the round during the outage took {recoveredAfter.TotalSeconds:0.0} s",
                $"every participant holds the same {last} events in order",
                $"retention reminder fired: erased after {clock.Elapsed.TotalSeconds:0.0} s in all");
        }
        finally
        {
            foreach (var person in people)
            {
                await person.DisposeAsync();
            }
        }
    }

    private static Task PostRoundAsync(List<Participant> people, string round, ConcurrentBag<Guid> posted, ConcurrentBag<Guid> acknowledged, ConcurrentBag<int> attempts) =>
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
                    acknowledged.Add(id);
                }
            }
        }));

    private async Task<SiloAddress> HostOfAsync(IMeetingGrain meeting)
    {
        // Asking the grain something first makes sure it is active, so the directory knows where.
        await meeting.GetAsync(new Actor(await new ClusterDatabase(cluster.ConnectionString).UserIdAsync("coordinator@demo.nl")));
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
