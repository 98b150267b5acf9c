using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Grains.Cases;

/// <summary>How long a closed case keeps its texts (section CaseRetention; After is e.g. "365.00:00:00").</summary>
public sealed class CaseRetentionOptions
{
    public const string Section = "CaseRetention";

    /// <summary>At least a minute: Orleans' shortest reminder period.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "3650.00:00:00")]
    public TimeSpan After { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often the erasure is tried again until it has run (CaseRetention:RetryEvery); a tick missed while no silo ran comes at the next one.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "7.00:00:00")]
    public TimeSpan RetryEvery { get; set; } = TimeSpan.FromDays(1);
}
