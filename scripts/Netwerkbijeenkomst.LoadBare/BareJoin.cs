namespace Netwerkbijeenkomst.LoadBare;

/// <summary>Join's answer: the product's contract version and, here, no room.</summary>
internal sealed record BareJoin(int Version, object? State);
