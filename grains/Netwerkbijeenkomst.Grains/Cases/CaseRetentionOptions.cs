namespace Netwerkbijeenkomst.Grains.Cases;

/// <summary>How long a closed case keeps its texts (configuration key CaseRetention:After, e.g. "365.00:00:00").</summary>
public sealed class CaseRetentionOptions
{
    public TimeSpan After { get; set; } = TimeSpan.FromDays(365);
}
