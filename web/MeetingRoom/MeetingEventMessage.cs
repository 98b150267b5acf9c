namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>One event of a meeting as clients receive it: its place in the meeting's stream, its name and its data.</summary>
public sealed record MeetingEventMessage(Guid MeetingId, int Sequence, string Type, DateTimeOffset At, object Data);
