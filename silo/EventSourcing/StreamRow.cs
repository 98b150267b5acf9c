namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>One event stream (one grain) and the number of events in it: the row the optimistic version check updates.</summary>
internal sealed class StreamRow
{
    public const int MaxIdLength = 200;

    public required string StreamId { get; init; }

    public int Version { get; set; }
}
