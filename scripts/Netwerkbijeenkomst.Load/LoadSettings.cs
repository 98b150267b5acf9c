using Netwerkbijeenkomst.CrashTest;

namespace Netwerkbijeenkomst.Load;

/// <summary>What one load run does (scripts/load's options; docs/performance.md, "Load test (scripts/load)").</summary>
public sealed record LoadSettings
{
    /// <summary>Meetings running at once, each a network of its own.</summary>
    public int Meetings { get; init; } = 5;

    /// <summary>People in each meeting, the coordinator included; all of them connect, post and receive.</summary>
    public int Participants { get; init; } = 4;

    /// <summary>Total posts per second over all meetings, one step each; with <see cref="Sweep"/> the first step.</summary>
    public IReadOnlyList<double> Rates { get; init; } = [200];

    /// <summary>How long each step posts.</summary>
    public int Seconds { get; init; } = 20;

    /// <summary>Steps up from the first rate by <see cref="SweepFactor"/> until p99 reaches <see cref="P99LimitMs"/> for both servers.</summary>
    public bool Sweep { get; init; }

    public double SweepFactor { get; init; } = 1.5;

    /// <summary>The sweep stops here even when both servers still keep up.</summary>
    public double MaxRate { get; init; } = 8000;

    public double P99LimitMs { get; init; } = 250;

    public CrashStore Database { get; init; } = CrashStore.Sqlite;

    /// <summary>Two grain silos and two web nodes over PostgreSQL (scripts/cluster); participants alternate between the web nodes.</summary>
    public bool Cluster { get; init; }

    /// <summary>Node client processes per server: one node process is single-threaded and may not keep up at high rates.</summary>
    public int Clients { get; init; } = 1;

    /// <summary>How often the rate steps are repeated (bare, product, bare, product…).</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>Single posts in a quiet room, one after the other, for the idle latency.</summary>
    public int IdlePosts { get; init; } = 10;

    /// <summary>How long after a step's last post the clients wait for deliveries before counting one as not made.</summary>
    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A step with more deliveries not made than this share of the expected ones breaks the run (exit code 1).</summary>
    public double MissingThreshold { get; init; } = 0.001;

    /// <summary>Where the databases and the servers' logs go; a fresh folder under the temp folder when not set.</summary>
    public string? Folder { get; init; }

    public int TotalParticipants => Meetings * Participants;

    public void Validate()
    {
        if (Meetings is < 1 or > 1000 || Participants is < 2 or > 100 || Rates.Count == 0 || Rates.Any(r => r <= 0) || Seconds < 1
            || SweepFactor <= 1 || Clients < 1 || Clients > Meetings || Rounds < 1 || IdlePosts < 1 || MissingThreshold < 0)
        {
            throw new ArgumentException("Meetings 1 to 1000, participants 2 to 100, positive rates and seconds, a sweep factor above 1, 1 to meetings client processes, at least one round and one idle post.");
        }

        if (Cluster && Database != CrashStore.PostgreSql)
        {
            throw new ArgumentException("The cluster runs on PostgreSQL only: --cluster needs --database postgresql.");
        }
    }
}
