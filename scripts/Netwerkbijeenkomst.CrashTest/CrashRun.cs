using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Netwerkbijeenkomst.CrashTest;

/// <summary>
/// Starts the web server on a fresh database (SQLite or PostgreSQL) with the demo data, signs members in, starts the demo meeting, and then,
/// <see cref="CrashSettings.Kills"/> times: every member joins the room, sends again what was not acknowledged (same id,
/// same text) and posts on, until the server is killed at a random moment. A crash can also lose an answer to a post
/// that was stored, so each member sends its last acknowledged post again too, as a browser that missed the answer would. After the last kill the server starts once
/// more, everything unacknowledged is sent again, and the database is compared with what was acknowledged.
/// </summary>
public static class CrashRun
{
    /// <summary>How many sends each member gets after the last restart to have its unacknowledged posts acknowledged.</summary>
    private const int FinalAttempts = 20;

    /// <summary>A pause before sending a refused post again, so a limit that refused it can let it through.</summary>
    private static readonly TimeSpan RefusalBackOff = TimeSpan.FromMilliseconds(250);

    public static async Task<CrashReport> RunAsync(CrashSettings settings, Action<string> log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(log);
        settings.Validate();
        var folder = settings.Folder ?? Path.Combine(Path.GetTempPath(), $"netwerkbijeenkomst-crash-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        log($"crash test in {folder} (seed {settings.Seed})");

        var watch = Stopwatch.StartNew();
        var random = new Random(settings.Seed);
        var ledger = new PostLedger();
        var members = new List<Member>();
        await using var database = await OpenDatabaseAsync(settings.Store, folder, cancellationToken);
        await using var server = new WebServer(folder, database.ServerEnvironment);
        try
        {
            await server.StartAsync(cancellationToken);
            foreach (var email in CrashSettings.DemoMembers.Take(settings.Members))
            {
                members.Add(await Member.SignInAsync(server.Url, email, cancellationToken));
            }

            var meetingId = await database.DemoMeetingAsync();
            await StartMeetingAsync(members[0], meetingId);

            var slowestRestart = TimeSpan.Zero;
            var unansweredAtKill = 0;
            var storedBeforeResend = 0;
            var answersLost = 0;
            var integrity = "ok";
            var kills = 0;
            for (var kill = 1; kill <= settings.Kills; kill++)
            {
                if (kill > 1)
                {
                    var restart = Stopwatch.StartNew();
                    await server.StartAsync(cancellationToken);
                    slowestRestart = Max(slowestRestart, restart.Elapsed);
                }

                await JoinAsync(members, meetingId, kill, cancellationToken);
                using var killed = new CancellationTokenSource();
                var posting = members.Select(m => PostUntilKilledAsync(m, meetingId, ledger, killed.Token)).ToList();
                var uptime = settings.ShortestUptime + ((settings.LongestUptime - settings.ShortestUptime) * random.NextDouble());
                await Task.Delay(uptime, cancellationToken);
                await server.KillAsync();
                kills++;
                await killed.CancelAsync();
                await Task.WhenAll(posting);

                // What the crash left: posts without an answer (in flight, or not yet sent again), and how many of those the file holds anyway.
                var pending = ledger.AllPending();
                var stored = (await database.ContributionIdsAsync(meetingId)).ToHashSet();
                unansweredAtKill += pending.Count;
                storedBeforeResend += pending.Count(stored.Contains);
                answersLost += ledger.ForgetLastAnswers();
                var check = await database.IntegrityCheckAsync();
                if (check != "ok" && integrity == "ok")
                {
                    integrity = string.Create(CultureInfo.InvariantCulture, $"after kill {kill}: {check}");
                }

                log(string.Create(CultureInfo.InvariantCulture,
                    $"kill {kill} after {uptime.TotalMilliseconds:0} ms: {stored.Count} stored, {pending.Count} unanswered ({pending.Count(stored.Contains)} of them stored), integrity {check}"));
            }

            // After the last kill: once more up, and every unacknowledged post sent again until it is acknowledged.
            await server.StartAsync(cancellationToken);
            await JoinAsync(members, meetingId, settings.Kills + 1, cancellationToken);
            await Task.WhenAll(members.Select(m => SendPendingAsync(m, meetingId, ledger)));
            await server.KillAsync();

            var storedIds = await database.ContributionIdsAsync(meetingId);
            var distinct = storedIds.ToHashSet();
            var posted = ledger.Posted();
            var acknowledged = ledger.AcknowledgedIds();
            var finalCheck = await database.IntegrityCheckAsync();
            var report = new CrashReport(
                database.Name,
                database.CheckName,
                settings.Seed,
                settings.Kills,
                kills,
                settings.Members,
                ledger.Sends,
                posted.Count,
                acknowledged.Count,
                posted.Count - acknowledged.Count,
                storedIds.Count,
                acknowledged.Count(id => !distinct.Contains(id)),
                storedIds.Count - distinct.Count,
                distinct.Count(id => !posted.Contains(id)),
                unansweredAtKill,
                storedBeforeResend,
                answersLost,
                ledger.Refusals,
                integrity != "ok" ? integrity : finalCheck,
                slowestRestart,
                watch.Elapsed);

            // A passing run in a folder of its own leaves nothing behind; a failing one keeps the file and the logs to look at.
            if (report.Passed && settings.Folder is null)
            {
                await database.DisposeAsync();
                Directory.Delete(folder, recursive: true);
            }

            return report;
        }
        finally
        {
            foreach (var member in members)
            {
                await member.DisposeAsync();
            }
        }
    }

    private static async Task<ICrashDatabase> OpenDatabaseAsync(CrashStore store, string folder, CancellationToken cancellationToken) =>
        store == CrashStore.PostgreSql
            ? new PostgresCrashDatabase(await PostgresServer.StartAsync(folder, cancellationToken))
            : new SqliteCrashDatabase(Path.Combine(folder, "netwerkbijeenkomst.db"));

    /// <summary>The chair starts the demo meeting (publishing it first if it is a concept), confirming the start before its day.</summary>
    internal static async Task StartMeetingAsync(Member chair, Guid meetingId)
    {
        var page = $"/bijeenkomsten/{meetingId}";
        using var started = await chair.PostFormAsync(page, $"{page}?handler=Start", new() { ["overrideDay"] = "true" });
        if (started.StatusCode == HttpStatusCode.Redirect)
        {
            return;
        }

        using var published = await chair.PostFormAsync(page, $"{page}?handler=Publish", []);
        using var startedAfterAll = await chair.PostFormAsync(page, $"{page}?handler=Start", new() { ["overrideDay"] = "true" });
        if (startedAfterAll.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Starting the demo meeting answered {startedAfterAll.StatusCode}.");
        }
    }

    /// <summary>Everyone joins; the chair moves on to another item each time, so no item collects every contribution.</summary>
    internal static async Task JoinAsync(List<Member> members, Guid meetingId, int round, CancellationToken cancellationToken)
    {
        var items = await members[0].JoinAsync(meetingId, cancellationToken);
        await members[0].GoToItemAsync(meetingId, (round - 1) % items);
        await Task.WhenAll(members.Skip(1).Select(m => m.JoinAsync(meetingId, cancellationToken)));
    }

    private static async Task PostUntilKilledAsync(Member member, Guid meetingId, PostLedger ledger, CancellationToken killed)
    {
        while (true)
        {
            var (id, text) = ledger.Next(member.Email);
            switch (await member.PostAsync(meetingId, id, text, killed))
            {
                case PostOutcome.Acknowledged:
                    ledger.Acknowledged(member.Email, id);
                    break;
                case PostOutcome.Refused:
                    ledger.Refused();
                    await BackOffAsync(killed);
                    break;
                case PostOutcome.NoAnswer:
                    return;
            }
        }
    }

    private static async Task SendPendingAsync(Member member, Guid meetingId, PostLedger ledger)
    {
        for (var attempt = 1; attempt <= FinalAttempts && ledger.PendingOf(member.Email).Count > 0; attempt++)
        {
            var (id, text) = ledger.Next(member.Email);
            var outcome = await member.PostAsync(meetingId, id, text, CancellationToken.None);
            if (outcome == PostOutcome.Acknowledged)
            {
                ledger.Acknowledged(member.Email, id);
                continue;
            }

            ledger.Refused();
            await BackOffAsync(CancellationToken.None);
        }
    }

    private static async Task BackOffAsync(CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(RefusalBackOff, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Killed during the pause: the next send finds no server and ends the loop.
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
