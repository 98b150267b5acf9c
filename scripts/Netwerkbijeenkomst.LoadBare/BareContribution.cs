namespace Netwerkbijeenkomst.LoadBare;

/// <summary>The product's RoomContribution, field for field (the item id is the meeting's here: same size).</summary>
internal sealed record BareContribution(Guid Id, Guid ItemId, string AuthorId, string Kind, string Text, DateTimeOffset At, Guid? CaseId);
