namespace Netwerkbijeenkomst.Silo.Tests.EventLog;

/// <summary>A note as the test projection copied it, with where it came from in the log.</summary>
public sealed class ProjectedNote
{
    public long Id { get; init; }

    public long Position { get; init; }

    public required string StreamId { get; init; }

    public int Sequence { get; init; }

    public required string Text { get; init; }
}
