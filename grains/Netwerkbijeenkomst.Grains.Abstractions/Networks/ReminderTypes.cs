using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>An action point a reminder is about: its owner and the due date the reminder was for.</summary>
[GenerateSerializer]
[Alias("RemindedActionPoint")]
[Immutable]
public sealed record RemindedActionPoint(Guid ActionPointId, string OwnerId, DateOnly Due);

/// <summary>Who a meeting of the network is for, by account id: the active members (coordinators not among them) and the coordinators.</summary>
[GenerateSerializer]
[Alias("NetworkAudience")]
[Immutable]
public sealed record NetworkAudience(ImmutableArray<string> Members, ImmutableArray<string> Coordinators);
