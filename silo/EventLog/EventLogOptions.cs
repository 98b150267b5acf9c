using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>How consumers follow the event log (section "EventLog").</summary>
public sealed class EventLogOptions
{
    public const string Section = "EventLog";

    /// <summary>How often a consumer looks for events appended by other nodes when no wake-up came.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:05:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Events per transaction of a projection.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 500;
}
