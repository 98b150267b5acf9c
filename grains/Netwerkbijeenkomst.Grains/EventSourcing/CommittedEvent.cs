namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>A durable event with its place in its stream: clients that saw sequence N ask for everything after N.</summary>
public sealed record CommittedEvent<TEvent>(string StreamId, int Sequence, DateTimeOffset RecordedAt, TEvent Event)
    where TEvent : class;
