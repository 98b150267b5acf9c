namespace Netwerkbijeenkomst.Silo.Reminders;

/// <summary>One durable reminder, with the grain's uniform hash so a silo can read the range of the ring it owns.</summary>
internal sealed class ReminderRow
{
    public const int MaxNameLength = 200;
    public const int MaxETagLength = 40;

    public required string GrainId { get; init; }

    public required string Name { get; init; }

    /// <summary><c>GrainId.GetUniformHashCode()</c>, a uint kept in a 64-bit column so range queries compare as unsigned; null in rows written before the port to Orleans.</summary>
    public long? GrainHash { get; set; }

    public DateTimeOffset StartAt { get; set; }

    public TimeSpan Period { get; set; }

    public string? ETag { get; set; }
}
