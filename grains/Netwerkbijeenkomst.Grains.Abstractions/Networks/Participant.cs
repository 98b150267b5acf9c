namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>Someone a network's meeting mail goes to: an active member or a coordinator.</summary>
[GenerateSerializer]
[Alias("Participant")]
[Immutable]
public sealed record Participant(string UserId, string DisplayName, NetworkRole Role);
