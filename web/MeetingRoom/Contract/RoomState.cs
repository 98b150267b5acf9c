using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Contract;

// The live room as the browser holds it: built by RoomProjection from the meeting's events, rendered into the page as the
// first state, returned by Join on every (re)connect, and kept up to date by the messages of IMeetingClient. Every message
// carries whole new values of the parts it changes, so the browser replaces parts and never re-derives them.

/// <summary>
/// The room after the event with number <see cref="Sequence"/> of the meeting's stream, and <see cref="Present"/>: who is
/// in the room now, which is not in the stream but in the meeting grain's memory (the projection leaves it at
/// <see cref="RoomPresent.None"/>; Join, Watch and the page fill it in from the grain).
/// </summary>
public sealed record RoomState(
    int Sequence,
    RoomMeeting Meeting,
    RoomAgenda Agenda,
    RoomAttendance Attendance,
    ImmutableArray<RoomContribution> Contributions,
    ImmutableArray<RoomAdvice> Advice,
    ImmutableArray<RoomActionPoint> ActionPoints,
    ImmutableArray<RoomEscalation> Escalations,
    ImmutableArray<RoomRound> Rounds,
    RoomPresent Present);

public sealed record RoomMeeting(string Title, MeetingStatus Status);

/// <summary>
/// The agenda with its current item; <see cref="Used"/> is the time spent on each item before the current one was
/// started (in whole milliseconds), and the current item runs from <see cref="CurrentSince"/>.
/// </summary>
public sealed record RoomAgenda(ImmutableArray<RoomAgendaItem> Items, int? Current, DateTimeOffset? CurrentSince, ImmutableArray<RoomItemTime> Used);

public sealed record RoomItemTime(Guid ItemId, long Milliseconds);

public sealed record RoomAgendaItem(Guid Id, AgendaItemKind Kind, string Title, int PlannedMinutes, string? PresenterId, Guid? CaseId, string? GuestName);

/// <summary>Whose hands are up (in the order raised; a hand stays up when its owner reloads) and who has the floor.</summary>
public sealed record RoomAttendance(ImmutableArray<string> Hands, string? Floor);

/// <summary>
/// Who is in the room now, in the order they came in, numbered apart from the event sequence: the newer is the one with
/// the higher <see cref="Epoch"/> (when the meeting grain's activation began, Unix ms), then the higher <see cref="Version"/>.
/// </summary>
public sealed record RoomPresent(long Epoch, long Version, ImmutableArray<string> UserIds)
{
    /// <summary>Older than any presence the grain gives.</summary>
    public static RoomPresent None { get; } = new(0, 0, []);

    public static RoomPresent From(Grains.Abstractions.Meetings.MeetingPresence presence)
    {
        ArgumentNullException.ThrowIfNull(presence);
        return new(presence.Epoch, presence.Version, presence.Present);
    }
}

public sealed record RoomContribution(Guid Id, Guid ItemId, string AuthorId, ContributionKind Kind, string Text, DateTimeOffset At, Guid? CaseId);

public sealed record RoomAdvice(Guid Id, Guid CaseId, string Advice, string NextSteps, DateTimeOffset At);

public sealed record RoomActionPoint(Guid Id, string Description, string OwnerId, DateOnly Due, Guid? CaseId);

public sealed record RoomEscalation(Guid Id, Guid CaseId, string InstitutionId, string ContactPersonId, string Reason, Urgency Urgency);

/// <summary>
/// A round of peer consultation (intervisie) on a case. <see cref="Turn"/> is whose turn it is in a turn phase, as the
/// meeting grain decides it; the phase's optional timer runs <see cref="PhaseMinutes"/> from <see cref="PhaseSince"/>.
/// </summary>
public sealed record RoomRound(
    Guid Id,
    Guid ItemId,
    Guid CaseId,
    string PresenterId,
    ImmutableArray<string> Order,
    RoundPhase Phase,
    int? PhaseMinutes,
    DateTimeOffset PhaseSince,
    string? Turn,
    ImmutableArray<RoomRoundEntry> Entries,
    ImmutableArray<RoomRoundPass> Passes,
    bool Closed,
    ImmutableArray<Guid> ChosenEntryIds);

public sealed record RoomRoundEntry(Guid Id, RoundPhase Phase, string AuthorId, string Text, DateTimeOffset At);

public sealed record RoomRoundPass(RoundPhase Phase, string UserId);
