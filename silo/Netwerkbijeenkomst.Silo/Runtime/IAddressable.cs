namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>Marker for anything that has a grain identity: grains and grain references.</summary>
public interface IAddressable;
