namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>One stored event: its stream, its 1-based sequence number in that stream, and its JSON payload.</summary>
internal sealed class EventRow
{
    public const int MaxTypeLength = 200;

    public long Position { get; init; }

    public required string StreamId { get; init; }

    public int Sequence { get; init; }

    public required string Type { get; init; }

    public required string Payload { get; set; }

    public DateTimeOffset RecordedAt { get; init; }
}
