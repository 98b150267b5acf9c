namespace Netwerkbijeenkomst.Silo.Runtime;

/// <summary>Implemented by the runtime's grain references so extensions can read their identity.</summary>
internal interface IGrainReference : IAddressable
{
    GrainId GrainId { get; }
}
