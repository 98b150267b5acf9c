using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using Netwerkbijeenkomst.CrashTest;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Load;

/// <summary>
/// One load run: starts bare SignalR and the product (which seeds the meetings through its own commands), signs every
/// participant in through the login form, connects the same node clients to both, and then measures them in turn —
/// connect, idle posts, and per rate step bare then product — on the same box (docs/performance.md, "Load test").
/// </summary>
internal static class LoadRun
{
    /// <summary>Sign-ins at once: each costs the server a PBKDF2 verification; more at once only queue on two cores.</summary>
    private const int SignInsAtOnce = 8;

    public static async Task<LoadReport> RunAsync(LoadSettings settings, Action<string> log, CancellationToken cancellationToken)
    {
        var folder = settings.Folder ?? Path.Combine(Path.GetTempPath(), $"netwerkbijeenkomst-load-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        var report = new LoadReport(settings, LoadAverage());
        log(string.Create(CultureInfo.InvariantCulture,
            $"load test in {folder}: {settings.Meetings} meetings x {settings.Participants} participants, {settings.Database}{(settings.Cluster ? ", cluster" : "")}, load average {report.LoadAverageBefore}"));

        var watch = Stopwatch.StartNew();
        await using var bare = await BareServer.StartAsync(folder, cancellationToken);
        await using ILoadTarget product = settings.Cluster
            ? (ILoadTarget)await ProductCluster.StartAsync(settings, folder, cancellationToken)
            : await ProductServer.StartAsync(settings, folder, cancellationToken);
        report.SeedSeconds = watch.Elapsed.TotalSeconds;
        log(string.Create(CultureInfo.InvariantCulture, $"servers up, product seeded in {report.SeedSeconds:0.0} s"));

        watch.Restart();
        var cookies = await SignInAsync(settings, product.Urls, cancellationToken);
        report.SignInSeconds = watch.Elapsed.TotalSeconds;
        log(string.Create(CultureInfo.InvariantCulture, $"{settings.TotalParticipants} participants signed in in {report.SignInSeconds:0.0} s"));

        ILoadTarget[] targets = [bare, product];
        var pools = new Dictionary<ILoadTarget, ClientPool>();
        try
        {
            foreach (var target in targets)
            {
                pools[target] = await ClientPool.StartAsync(target.Name, Plans(settings, target, cookies), folder);
            }

            foreach (var target in targets)
            {
                var connect = await ConnectAsync(target, pools[target]);
                report.Connects.Add(connect);
                log(string.Create(CultureInfo.InvariantCulture, $"{target.Name}: {connect.Connected} connected in {connect.Seconds:0.00} s, {connect.Failed} failed {connect.Error}"));
                if (connect.Failed > 0)
                {
                    report.Broken ??= $"{target.Name}: {connect.Failed} participants could not connect ({connect.Error})";
                    return report;
                }
            }

            foreach (var target in targets)
            {
                var answer = await pools[target].AskFirstAsync(new { cmd = "idle", posts = settings.IdlePosts });
                report.Idles.Add(new IdleResult(target.Name, [.. answer["firsts"]!.AsArray().Select(v => v!.GetValue<double>())]));
            }

            // The product's commit on SQLite is such a commit; on PostgreSQL it is the server's, with round trips: no floor to print.
            if (settings.Database == CrashStore.Sqlite)
            {
                report.DiskSyncMs = await DiskSync.MeasureAsync(folder, DiskSync.WarmUpCommits, DiskSync.TimedCommits, cancellationToken);
            }

            await StepsAsync(settings, targets, pools, report, log, cancellationToken);
        }
        finally
        {
            foreach (var pool in pools.Values)
            {
                await pool.DisposeAsync();
            }

            report.LoadAverageAfter = LoadAverage();
        }

        return report;
    }

    /// <summary>Bare then product at each rate; in a sweep the rate grows until neither keeps up (a server that no longer does stops stepping).</summary>
    private static async Task StepsAsync(LoadSettings settings, ILoadTarget[] targets, Dictionary<ILoadTarget, ClientPool> pools, LoadReport report, Action<string> log, CancellationToken cancellationToken)
    {
        for (var round = 1; round <= settings.Rounds; round++)
        {
            var stepping = targets.ToList();
            foreach (var rate in settings.Sweep ? SweepRates(settings) : settings.Rates)
            {
                foreach (var target in stepping.ToList())
                {
                    var step = await StepAsync(settings, target, pools[target], round, rate, cancellationToken);
                    report.Steps.Add(step);
                    log(LoadReport.StepLine(step));
                    var keepsUp = step.KeepsUp(settings.P99LimitMs, settings.MissingThreshold);
                    if (!step.ServerAlive || (!settings.Sweep && step.Problem(settings.MissingThreshold) is { }))
                    {
                        report.Broken ??= step.Problem(settings.MissingThreshold);
                    }

                    if (!step.ServerAlive)
                    {
                        return;
                    }

                    if (settings.Sweep && !keepsUp)
                    {
                        stepping.Remove(target);
                    }
                }

                if (stepping.Count == 0)
                {
                    break;
                }
            }
        }
    }

    internal static IEnumerable<double> SweepRates(LoadSettings settings)
    {
        for (var rate = settings.Rates[0]; rate <= settings.MaxRate; rate = Math.Round(rate * settings.SweepFactor))
        {
            yield return rate;
        }
    }

    private static async Task<StepResult> StepAsync(LoadSettings settings, ILoadTarget target, ClientPool pool, int round, double rate, CancellationToken cancellationToken)
    {
        var total = settings.TotalParticipants;
        var storedBefore = await target.StoredAsync();
        var cpuBefore = target.Processes.CpuSeconds;
        JsonObject[] answers;
        long? storedInWindow;
        await using (var peak = target.Processes.WatchPeak())
        {
            var running = pool.AskAsync(plan => new { cmd = "run", rate = rate * plan.Participants / total, seconds = settings.Seconds, drainMs = settings.Drain.TotalMilliseconds });

            // The posting window is the step's length: what the database holds at its end was stored at the rate it was sent, a backlog shows as less.
            await Task.WhenAny(running, Task.Delay(TimeSpan.FromSeconds(settings.Seconds), cancellationToken));
            storedInWindow = await target.StoredAsync() - storedBefore;
            answers = [.. await running];
            var cpu = target.Processes.CpuSeconds - cpuBefore;
            var storedAfter = await target.StoredAsync() - storedBefore;
            var latencies = new Latencies();
            foreach (var answer in answers)
            {
                foreach (var pair in answer["histogram"]!.AsArray())
                {
                    latencies.Add(pair![0]!.GetValue<long>(), pair[1]!.GetValue<long>());
                }
            }

            long Sum(string field) => answers.Sum(a => a[field]!.GetValue<long>());
            var clientCpu = answers.Sum(a => a["cpuMs"]!.GetValue<double>()) / 1000;
            var busiest = answers.Max(a => a["cpuMs"]!.GetValue<double>() / Math.Max(1, a["sendingMs"]!.GetValue<double>()));
            return new StepResult(
                target.Name, round, rate, settings.Seconds,
                Sum("sent"), Sum("acked"), Sum("failed"), Sum("unanswered"), Sum("expected"), Sum("missing"),
                latencies,
                storedInWindow is { } inWindow ? inWindow / (double)settings.Seconds : null,
                storedAfter,
                cpu,
                peak.Peak,
                clientCpu,
                busiest,
                answers.Max(a => a["lagMs"]!.GetValue<double>()),
                target.Processes.Alive);
        }
    }

    private static async Task<ConnectResult> ConnectAsync(ILoadTarget target, ClientPool pool)
    {
        var before = target.Processes.RssBytes;
        var watch = Stopwatch.StartNew();
        var answers = await pool.AskAsync(_ => new { cmd = "connect" });
        var seconds = watch.Elapsed.TotalSeconds;
        return new ConnectResult(
            target.Name,
            seconds,
            answers.Sum(a => a["connected"]!.GetValue<int>()),
            answers.Sum(a => a["failed"]!.GetValue<int>()),
            answers.Select(a => a["error"]?.ToString()).FirstOrDefault(e => !string.IsNullOrEmpty(e)),
            before,
            target.Processes.RssBytes,
            answers.Sum(a => a["cpuMs"]!.GetValue<double>()) / 1000);
    }

    /// <summary>Through the real login form, a few at once; in the cluster each participant signs in on the web node it will connect to.</summary>
    private static async Task<string[,]> SignInAsync(LoadSettings settings, IReadOnlyList<Uri> urls, CancellationToken cancellationToken)
    {
        var cookies = new string[settings.Meetings + 1, settings.Participants];
        var everyone = Enumerable.Range(1, settings.Meetings).SelectMany(m => Enumerable.Range(0, settings.Participants).Select(p => (m, p)));
        await Parallel.ForEachAsync(everyone, new ParallelOptions { MaxDegreeOfParallelism = SignInsAtOnce, CancellationToken = cancellationToken }, async (who, token) =>
        {
            await using var member = await Member.SignInAsync(urls[who.p % urls.Count], LoadData.Email(who.m, who.p), token);
            if (who.p == 0)
            {
                // The chair is the network's coordinator, who signs in with a second factor: the app's code for the load key.
                const string codeStep = "/account/inloggen/code";
                using var coded = await member.PostFormAsync(codeStep, codeStep, new() { ["Code"] = Totp.Code(LoadData.CoordinatorKey, DateTimeOffset.UtcNow) });
                if (coded.StatusCode != System.Net.HttpStatusCode.Redirect)
                {
                    throw new InvalidOperationException($"A load coordinator's code step answered {coded.StatusCode}.");
                }
            }

            cookies[who.m, who.p] = member.CookieHeader;
        });
        return cookies;
    }

    /// <summary>Whole meetings per client process, in turn: meeting 1 to the first process, meeting 2 to the second…</summary>
    private static List<ClientPlan> Plans(LoadSettings settings, ILoadTarget target, string[,] cookies) =>
        [.. Enumerable.Range(0, settings.Clients).Select(client => new ClientPlan(
            target.MovesOn,
            [.. Enumerable.Range(1, settings.Meetings).Where(m => (m - 1) % settings.Clients == client).Select(m => new ClientMeeting(
                LoadData.MeetingId(m),
                [.. Enumerable.Range(0, settings.Participants).Select(p => target.MovesOn ? cookies[m, p] : "")],
                [.. Enumerable.Range(0, settings.Participants).Select(p => target.Urls[p % target.Urls.Count])]))]))];

    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
