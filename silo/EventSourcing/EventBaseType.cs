namespace Netwerkbijeenkomst.Silo.EventSourcing;

/// <summary>An abstract event record whose concrete records the store may hold.</summary>
public sealed record EventBaseType(Type Type);
