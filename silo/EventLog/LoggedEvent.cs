namespace Netwerkbijeenkomst.Silo.EventLog;

/// <summary>An event with its place in the global log (<see cref="Position"/>) and in its own stream (<see cref="Sequence"/>).</summary>
public sealed record LoggedEvent(long Position, string StreamId, int Sequence, DateTimeOffset RecordedAt, object Event)
{
    /// <summary>The grain key part of the stream id: "meeting/0f…" gives "0f…".</summary>
    public string Key => StreamId[(StreamId.IndexOf('/', StringComparison.Ordinal) + 1)..];
}
