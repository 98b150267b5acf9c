using System.Globalization;

namespace Netwerkbijeenkomst.Load;

/// <summary>What a load run measured, printed as bare against product with the ratio product ÷ bare.</summary>
internal sealed class LoadReport(LoadSettings settings, string loadAverageBefore)
{
    public string LoadAverageBefore { get; } = loadAverageBefore;

    public string LoadAverageAfter { get; set; } = "";

    public double SeedSeconds { get; set; }

    public double SignInSeconds { get; set; }

    public List<ConnectResult> Connects { get; } = [];

    public List<IdleResult> Idles { get; } = [];

    /// <summary>One synced commit on this disk, each in milliseconds (<see cref="DiskSync"/>); empty when not measured.</summary>
    public IReadOnlyList<double> DiskSyncMs { get; set; } = [];

    public List<StepResult> Steps { get; } = [];

    /// <summary>Why the run is broken (exit code 1), or null.</summary>
    public string? Broken { get; set; }

    public static string StepLine(StepResult s) => Invariant(
        $"{s.Rate,8:0} {s.Round,5} {s.Target,-8} {s.Sent,8} {s.Acknowledged,8} {s.P50,8:0.0} {s.P95,8:0.0} {s.P99,8:0.0} {s.Max,8:0.0} {s.Missing,8} {Stored(s),9} {s.ServerCpuSeconds,8:0.0} {s.PeakRssBytes / 1048576.0,8:0} {s.ClientCpuSeconds,8:0.0} {s.BusiestClientShare,6:P0} {s.ClientLagMs,8:0}");

    public IEnumerable<string> Lines()
    {
        yield return "";
        yield return Invariant($"== load test: {settings.Meetings} meetings x {settings.Participants} participants ({settings.TotalParticipants}), {settings.Database}{(settings.Cluster ? ", two-node cluster" : ", one node")}, {settings.Clients} node client process(es) per server, {settings.Seconds} s per step");
        yield return Invariant($"load average before {LoadAverageBefore}, after {LoadAverageAfter}; seeding {SeedSeconds:0.0} s, signing in {SignInSeconds:0.0} s");
        yield return "";
        yield return Invariant($"{"",-40} {"bare",10} {"product",10} {"ratio",8}");
        if (Connects.Find(c => c.Target == "bare") is { } bareConnect && Connects.Find(c => c.Target == "product") is { } productConnect)
        {
            yield return Row("connect + join all participants (s)", bareConnect.Seconds, productConnect.Seconds, "0.00");
            yield return Row("server memory per participant (KB)", bareConnect.RssPerParticipantKb, productConnect.RssPerParticipantKb, "0.0");
            yield return Row("server memory, all connected (MB)", bareConnect.RssAfterBytes / 1048576.0, productConnect.RssAfterBytes / 1048576.0, "0");
        }

        if (Idles.Find(i => i.Target == "bare") is { } bareIdle && Idles.Find(i => i.Target == "product") is { } productIdle)
        {
            yield return Row("idle post, first receiver, median (ms)", bareIdle.Median, productIdle.Median, "0.0");
            if (DiskSyncMs.Count > 0)
            {
                // The product's post is durable before anyone sees it; bare's is never written: its post plus one sync is the product's floor.
                var sync = Medians.Of(DiskSyncMs);
                yield return Invariant($"{"one synced commit on this disk, median (ms)",-40} {"",10} {sync,10:0.00}");
                yield return Row("idle post floor: bare + one commit (ms)", bareIdle.Median, bareIdle.Median + sync, "0.0");
            }
        }

        if (settings.Sweep)
        {
            yield return Row($"highest rate with p99 < {settings.P99LimitMs:0} ms (posts/s)", HighestKeepingUp("bare"), HighestKeepingUp("product"), "0");
        }

        yield return "";
        yield return Invariant($"{"rate",8} {"round",5} {"server",-8} {"sent",8} {"acked",8} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8} {"max ms",8} {"missing",8} {"stored/s",9} {"cpu s",8} {"rss MB",8} {"cli cpu",8} {"busy",6} {"lag ms",8}");
        foreach (var step in Steps)
        {
            yield return StepLine(step);
        }

        yield return "";
        yield return "ratios product / bare per step (latency percentiles, server CPU, peak memory):";
        foreach (var group in Steps.GroupBy(s => (s.Round, s.Rate)))
        {
            if (group.FirstOrDefault(s => s.Target == "bare") is { } b && group.FirstOrDefault(s => s.Target == "product") is { } p)
            {
                yield return Invariant(
                    $"{p.Rate,8:0} {p.Round,5}  p50 x{p.P50 / b.P50:0.0}  p95 x{p.P95 / b.P95:0.0}  p99 x{p.P99 / b.P99:0.0}  max x{p.Max / b.Max:0.0}  cpu x{p.ServerCpuSeconds / b.ServerCpuSeconds:0.0}  rss x{(double)p.PeakRssBytes / b.PeakRssBytes:0.0}");
            }
        }

        yield return "";
        yield return Broken is null ? "result: ok" : $"result: BROKEN: {Broken}";
    }

    /// <summary>The highest rate a server kept up with (p99 below the limit, nothing missing); 0 when none.</summary>
    public double HighestKeepingUp(string target) =>
        Steps.Where(s => s.Target == target && s.KeepsUp(settings.P99LimitMs, settings.MissingThreshold)).Select(s => s.Rate).DefaultIfEmpty(0).Max();

    private static string Stored(StepResult s) => s.StoredPerSecond is { } stored ? Invariant($"{stored:0}") : "-";

    private static string Row(string label, double bare, double product, string format) =>
        Invariant($"{label,-40} {bare.ToString(format, CultureInfo.InvariantCulture),10} {product.ToString(format, CultureInfo.InvariantCulture),10} {"x" + (product / bare).ToString("0.0", CultureInfo.InvariantCulture),8}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
