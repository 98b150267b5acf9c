namespace Netwerkbijeenkomst.Silo;

/// <summary>A grain identified by a Guid key.</summary>
public interface IGrainWithGuidKey : IGrain;
