using System.Text.Json.Serialization;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// One difference between the agenda the invitees last heard of and the agenda now. Positions count from 0; pages and
/// mails show them from 1.
/// </summary>
[GenerateSerializer]
[Alias("AgendaChange")]
[JsonPolymorphic(TypeDiscriminatorPropertyName = "change")]
[JsonDerivedType(typeof(AgendaItemAddedChange), "added")]
[JsonDerivedType(typeof(AgendaItemRemovedChange), "removed")]
[JsonDerivedType(typeof(AgendaItemMovedChange), "moved")]
[JsonDerivedType(typeof(AgendaItemEditedChange), "edited")]
public abstract record AgendaChange
{
    /// <summary>The item as it is now, or as it was when it was removed.</summary>
    [JsonIgnore]
    public abstract AgendaItem Item { get; }
}

/// <summary>A new item at <see cref="Position"/>.</summary>
[GenerateSerializer]
[Alias("AgendaItemAddedChange")]
[Immutable]
public sealed record AgendaItemAddedChange(AgendaItem Added, int Position) : AgendaChange
{
    [JsonIgnore]
    public override AgendaItem Item => Added;
}

/// <summary>An item that is no longer on the agenda.</summary>
[GenerateSerializer]
[Alias("AgendaItemRemovedChange")]
[Immutable]
public sealed record AgendaItemRemovedChange(AgendaItem Removed) : AgendaChange
{
    [JsonIgnore]
    public override AgendaItem Item => Removed;
}

/// <summary>An item that came to stand elsewhere relative to the others that stayed.</summary>
[GenerateSerializer]
[Alias("AgendaItemMovedChange")]
[Immutable]
public sealed record AgendaItemMovedChange(AgendaItem Moved, int From, int To) : AgendaChange
{
    [JsonIgnore]
    public override AgendaItem Item => Moved;
}

/// <summary>An item whose kind, title, minutes, presenter or guest changed.</summary>
[GenerateSerializer]
[Alias("AgendaItemEditedChange")]
[Immutable]
public sealed record AgendaItemEditedChange(AgendaItem Before, AgendaItem After) : AgendaChange
{
    [JsonIgnore]
    public override AgendaItem Item => After;
}
