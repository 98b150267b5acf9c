namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// What a web node needs to let someone into the live room (<see cref="IMeetingGrain.EnterAsync"/>) or let a page watch
/// it: the meeting's network, its status and who is present now. Nothing of the meeting's content.
/// </summary>
[GenerateSerializer]
[Alias("RoomEntry")]
[Immutable]
public sealed record RoomEntry(string NetworkId, MeetingStatus Status, MeetingPresence Presence);
