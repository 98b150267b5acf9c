using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>What the server calls on a browser in the live meeting room: one method per kind of change (web/client/src/room-contract.d.ts mirrors it).</summary>
public interface IMeetingClient
{
    Task MeetingChanged(MeetingChanged message);

    Task AgendaChanged(AgendaChanged message);

    Task AttendanceChanged(AttendanceChanged message);

    Task ContributionAdded(ContributionAdded message);

    Task AdviceAdded(AdviceAdded message);

    Task ActionPointAdded(ActionPointAdded message);

    Task EscalationAdded(EscalationAdded message);

    Task RoundChanged(RoundChanged message);

    Task SequenceAdvanced(SequenceAdvanced message);

    /// <summary>Not an event's message: presence from the meeting grain, ordered by its own numbers.</summary>
    Task PresenceChanged(PresenceChanged message);
}
