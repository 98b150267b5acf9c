namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>Thrown when an append expected a stream version that is no longer current; nothing was stored.</summary>
public sealed class EventStreamConflictException : Exception
{
    public EventStreamConflictException(string streamId, int expectedVersion)
        : base($"Stream '{streamId}' is no longer at version {expectedVersion}: another writer appended first. Nothing was stored; reload and retry.")
    {
        StreamId = streamId;
        ExpectedVersion = expectedVersion;
    }

    public EventStreamConflictException()
    {
        StreamId = string.Empty;
    }

    public EventStreamConflictException(string message)
        : base(message)
    {
        StreamId = string.Empty;
    }

    public EventStreamConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
        StreamId = string.Empty;
    }

    public string StreamId { get; }

    public int ExpectedVersion { get; }
}
