namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>Names shared by the hub and the forwarder: a meeting's event stream and its SignalR group.</summary>
internal static class MeetingStreams
{
    public const string Prefix = "meeting/";

    public static string Stream(Guid meetingId) => $"{Prefix}{meetingId:N}";

    public static string Group(Guid meetingId) => $"meeting:{meetingId:N}";

    public static Guid MeetingId(string streamId) => Guid.ParseExact(streamId[Prefix.Length..], "N");

    public static bool IsMeeting(string streamId) => streamId.StartsWith(Prefix, StringComparison.Ordinal);
}
