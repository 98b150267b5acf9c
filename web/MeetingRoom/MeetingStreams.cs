using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventLog;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>Names shared by the hub and the forwarder: a meeting's event stream and its SignalR group.</summary>
internal static class MeetingStreams
{
    public const string Prefix = "meeting/";

    public static string Stream(Guid meetingId) => $"{Prefix}{meetingId:N}";

    public static string Group(Guid meetingId) => $"meeting:{meetingId:N}";

    public static Guid MeetingId(string streamId) => Guid.ParseExact(streamId[Prefix.Length..], "N");

    public static MeetingEventMessage Message<TEvent>(CommittedEvent<TEvent> committed)
        where TEvent : class =>
        new(MeetingId(committed.StreamId), committed.Sequence, committed.Event.GetType().Name, committed.RecordedAt, committed.Event);

    public static MeetingEventMessage Message(LoggedEvent logged) =>
        new(MeetingId(logged.StreamId), logged.Sequence, logged.Event.GetType().Name, logged.RecordedAt, logged.Event);

    public static bool IsMeeting(string streamId) => streamId.StartsWith(Prefix, StringComparison.Ordinal);
}
