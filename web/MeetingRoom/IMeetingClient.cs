namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>What the server calls on a browser in the live meeting room.</summary>
public interface IMeetingClient
{
    Task MeetingEvent(MeetingEventMessage message);
}
