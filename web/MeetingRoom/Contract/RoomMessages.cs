namespace Netwerkbijeenkomst.Web.MeetingRoom.Contract;

// One message per kind of change, each sent by its own method of IMeetingClient, each carrying the number of the meeting
// event it stems from (one event, one message, so the browser's sequencer sees every number) and the whole new value of
// every part of the room that event changed.

/// <summary>What every message carries: the number of the meeting event it stems from, and when that event happened.</summary>
public abstract record RoomMessage(int Sequence, DateTimeOffset At);

/// <summary>The meeting started, closed or was cancelled; closing also empties the room and stops the agenda's clock.</summary>
public sealed record MeetingChanged(int Sequence, DateTimeOffset At, RoomMeeting Meeting, RoomAgenda Agenda, RoomAttendance Attendance) : RoomMessage(Sequence, At);

/// <summary>An item was added, edited, moved or removed, or the chair went to another item (which lowers hands and frees the floor).</summary>
public sealed record AgendaChanged(int Sequence, DateTimeOffset At, RoomAgenda Agenda, RoomAttendance Attendance) : RoomMessage(Sequence, At);

/// <summary>Someone raised or lowered a hand, or the floor was given or taken back.</summary>
public sealed record AttendanceChanged(int Sequence, DateTimeOffset At, RoomAttendance Attendance) : RoomMessage(Sequence, At);

public sealed record ContributionAdded(int Sequence, DateTimeOffset At, RoomContribution Contribution) : RoomMessage(Sequence, At);

public sealed record AdviceAdded(int Sequence, DateTimeOffset At, RoomAdvice Advice) : RoomMessage(Sequence, At);

public sealed record ActionPointAdded(int Sequence, DateTimeOffset At, RoomActionPoint ActionPoint) : RoomMessage(Sequence, At);

public sealed record EscalationAdded(int Sequence, DateTimeOffset At, RoomEscalation Escalation) : RoomMessage(Sequence, At);

/// <summary>A round of peer consultation started, moved to a phase, got an entry or a pass, or closed: the round as it now stands.</summary>
public sealed record RoundChanged(int Sequence, DateTimeOffset At, RoomRound Round) : RoomMessage(Sequence, At);

/// <summary>An event the room does not show (an RSVP, a reminder, a note in the minutes, a first join): only its number, so no gap is seen.</summary>
public sealed record SequenceAdvanced(int Sequence, DateTimeOffset At) : RoomMessage(Sequence, At);

/// <summary>
/// Who is in the room now, pushed by the meeting grain through each web node on every change, outside the event log: no
/// event sequence (it is no <see cref="RoomMessage"/> and leaves gap detection alone), its own order in <see cref="RoomPresent"/>.
/// </summary>
public sealed record PresenceChanged(RoomPresent Present);
