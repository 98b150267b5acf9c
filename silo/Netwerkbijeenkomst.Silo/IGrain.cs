using Netwerkbijeenkomst.Silo.Runtime;

namespace Netwerkbijeenkomst.Silo;

/// <summary>Marker for grain interfaces: every method is a message to one activation.</summary>
public interface IGrain : IAddressable;
