using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>One meeting event applied to the room: the room after it and the message that tells browsers so.</summary>
public sealed record RoomUpdate(RoomState State, RoomMessage Message);
