namespace Netwerkbijeenkomst.Silo.Persistence;

/// <summary>One durable reminder.</summary>
internal sealed class ReminderRow
{
    public const int MaxNameLength = 200;

    public required string GrainId { get; init; }

    public required string Name { get; init; }

    public DateTimeOffset StartAt { get; set; }

    public TimeSpan Period { get; set; }
}
