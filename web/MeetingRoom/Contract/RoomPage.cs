using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Contract;

/// <summary>What the live room page carries: the contract's version, who is looking and what they may pick from, and the room.</summary>
public sealed record RoomPage(int Version, RoomContext Context, RoomState State);

/// <summary>
/// The viewer and the network's names and choices, read when the page is made; not part of the meeting's events.
/// <see cref="People"/> names everyone the room may show (also retired members, so history can name them);
/// <see cref="Owners"/> are the active members and coordinators an action point can go to.
/// </summary>
public sealed record RoomContext(
    Guid MeetingId,
    string UserId,
    bool IsCoordinator,
    ImmutableArray<RoomPerson> People,
    ImmutableArray<RoomPerson> Owners,
    ImmutableArray<RoomInstitution> Institutions);

public sealed record RoomPerson(string UserId, string Name);

/// <summary>An institution of the social map with its contact persons; retired ones stay so that history can name them.</summary>
public sealed record RoomInstitution(string Id, string Name, bool Retired, ImmutableArray<RoomContact> Contacts);

public sealed record RoomContact(string Id, string Name, string Function, bool Retired);

/// <summary>What Join returns: the contract's version and the room as it stands now; the browser drops pushed messages up to its sequence.</summary>
public sealed record JoinResult(int Version, RoomState State);

/// <summary>
/// What JoinAfter and WatchAfter return: the contract's version and, only when the server could not send just the
/// messages the browser missed, the room as it stands now. A null <see cref="State"/> means those messages went to the
/// caller, in order, before this answer.
/// </summary>
public sealed record CatchUpResult(int Version, RoomState? State);

/// <summary>The version of the room contract; a browser whose page carries another version reloads the page.</summary>
public static class RoomContract
{
    public const int Version = 3;
}
