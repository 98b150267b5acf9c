using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>Each kind of room message goes out by its own method of <see cref="IMeetingClient"/>, named as the message.</summary>
internal static class RoomSender
{
    public static Task SendAsync(IMeetingClient client, RoomMessage message)
    {
        ArgumentNullException.ThrowIfNull(client);
        return message switch
        {
            MeetingChanged m => client.MeetingChanged(m),
            AgendaChanged m => client.AgendaChanged(m),
            AttendanceChanged m => client.AttendanceChanged(m),
            ContributionAdded m => client.ContributionAdded(m),
            AdviceAdded m => client.AdviceAdded(m),
            ActionPointAdded m => client.ActionPointAdded(m),
            EscalationAdded m => client.EscalationAdded(m),
            RoundChanged m => client.RoundChanged(m),
            SequenceAdvanced m => client.SequenceAdvanced(m),
            _ => throw new ArgumentOutOfRangeException(nameof(message), message?.GetType().Name, "Unknown room message."),
        };
    }
}
