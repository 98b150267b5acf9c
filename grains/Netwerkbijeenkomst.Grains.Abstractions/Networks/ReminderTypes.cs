namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>An action point a reminder is about: its owner and the due date the reminder was for.</summary>
[GenerateSerializer]
[Alias("RemindedActionPoint")]
[Immutable]
public sealed record RemindedActionPoint(Guid ActionPointId, string OwnerId, DateOnly Due);

