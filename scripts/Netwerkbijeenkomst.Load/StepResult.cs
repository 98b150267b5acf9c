namespace Netwerkbijeenkomst.Load;

/// <summary>One rate step on one server: what the clients counted, what the database held, what the server used.</summary>
internal sealed record StepResult(
    string Target,
    int Round,
    double Rate,
    int Seconds,
    long Sent,
    long Acknowledged,
    long Failed,
    long Unanswered,
    long Expected,
    long Missing,
    Latencies Latencies,
    double? StoredPerSecond,
    long? StoredAfterDrain,
    double ServerCpuSeconds,
    long PeakRssBytes,
    double ClientCpuSeconds,
    double BusiestClientShare,
    double ClientLagMs,
    bool ServerAlive)
{
    public double P50 => Latencies.Percentile(50);

    public double P95 => Latencies.Percentile(95);

    public double P99 => Latencies.Percentile(99);

    public double Max => Latencies.Max;

    /// <summary>Deliveries not made: receivers that never got an acknowledged post within the drain.</summary>
    public double MissingShare => Expected == 0 ? 0 : (double)Missing / Expected;

    /// <summary>Below the latency limit, with every post answered and nearly every delivery made.</summary>
    public bool KeepsUp(double p99LimitMs, double missingThreshold) =>
        ServerAlive && Latencies.Count > 0 && P99 < p99LimitMs && Problem(missingThreshold) is null;

    /// <summary>What breaks the run in this step, or null: the server gone, posts refused or unanswered, deliveries missing beyond the threshold.</summary>
    public string? Problem(double missingThreshold)
    {
        if (!ServerAlive)
        {
            return $"{Target} server died during the step at {Rate:0} posts/s";
        }

        if (Sent == 0 || (double)(Failed + Unanswered) / Sent > missingThreshold)
        {
            return $"{Target}: {Failed} posts refused or failed and {Unanswered} unanswered of {Sent} at {Rate:0} posts/s";
        }

        return MissingShare > missingThreshold
            ? $"{Target}: {Missing} of {Expected} deliveries not made at {Rate:0} posts/s (threshold {missingThreshold:P2})"
            : null;
    }
}
