using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>The chair starts peer consultation on the current item's case, in its first phase (the presenter's question).</summary>
[GenerateSerializer]
[Alias("RoundStarted")]
[Immutable]
public sealed record RoundStarted(Guid RoundId, Guid ItemId, Guid CaseId, string PresenterId, ImmutableArray<string> Order, int? Minutes, string By, DateTimeOffset At)
    : MeetingEvent(By, At);

/// <summary>The chair moves the round to its next phase, with an optional timer in minutes.</summary>
[GenerateSerializer]
[Alias("RoundPhaseStarted")]
[Immutable]
public sealed record RoundPhaseStarted(Guid RoundId, RoundPhase Phase, int? Minutes, string By, DateTimeOffset At) : MeetingEvent(By, At);

/// <summary>A question, clarifying question, advice or reaction in a round; its text is about the round's case (retention erases it).</summary>
[GenerateSerializer]
[Alias("RoundEntryPosted")]
[Immutable]
public sealed record RoundEntryPosted(Guid RoundId, RoundEntry Entry, string By, DateTimeOffset At) : MeetingEvent(By, At);

/// <summary>A member lets their turn go by in a turn phase (<see cref="MeetingEvent.By"/> is the member or the chair).</summary>
[GenerateSerializer]
[Alias("RoundTurnPassed")]
[Immutable]
public sealed record RoundTurnPassed(Guid RoundId, RoundPhase Phase, string UserId, string By, DateTimeOffset At) : MeetingEvent(By, At);

/// <summary>
/// The chair closes the round with the advice entries chosen; they are recorded on the case as advice
/// <see cref="AdviceId"/> (an <see cref="AdviceRecorded"/> follows in the same commit). With no advice given in the round,
/// <see cref="ChosenEntryIds"/> is empty and no advice follows.
/// </summary>
[GenerateSerializer]
[Alias("RoundClosed")]
[Immutable]
public sealed record RoundClosed(Guid RoundId, ImmutableArray<Guid> ChosenEntryIds, Guid AdviceId, string By, DateTimeOffset At) : MeetingEvent(By, At);

/// <summary>The chair takes the floor back: nobody has it.</summary>
[GenerateSerializer]
[Alias("FloorTakenBack")]
[Immutable]
public sealed record FloorTakenBack(string By, DateTimeOffset At) : MeetingEvent(By, At);
