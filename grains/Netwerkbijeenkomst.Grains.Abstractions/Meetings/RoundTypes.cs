using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// The phases of peer consultation on a case (intervisie, in the style of the incident method), in their order: the
/// presenter states the question, the members ask clarifying questions in turn, give advice in turn, the presenter reacts.
/// The chair then closes the round with the advice chosen.
/// </summary>
[GenerateSerializer]
[Alias("RoundPhase")]
public enum RoundPhase
{
    Question,
    Clarifying,
    Advice,
    Reaction,
}

/// <summary>
/// What someone said in a round: the presenter's question (<see cref="RoundPhase.Question"/>) or reaction
/// (<see cref="RoundPhase.Reaction"/>), a member's clarifying question or advice in their turn.
/// </summary>
[GenerateSerializer]
[Alias("RoundEntry")]
[Immutable]
public sealed record RoundEntry(Guid Id, RoundPhase Phase, string AuthorId, string Text, DateTimeOffset At);

/// <summary>A member who let their turn in a phase go by, themselves or through the chair.</summary>
[GenerateSerializer]
[Alias("RoundPass")]
[Immutable]
public sealed record RoundPass(RoundPhase Phase, string UserId);

/// <summary>
/// One round of peer consultation on the case of an agenda item, as it stands. <see cref="Order"/> is the members in
/// turn (the presenter not among them); the one whose turn it is in a turn phase is the first of them with neither an
/// entry nor a pass in that phase. <see cref="PhaseMinutes"/> is the phase's optional timer, counted from <see cref="PhaseSince"/>.
/// </summary>
[GenerateSerializer]
[Alias("PeerRound")]
[Immutable]
public sealed record PeerRound(
    Guid Id,
    Guid ItemId,
    Guid CaseId,
    string PresenterId,
    ImmutableArray<string> Order,
    RoundPhase Phase,
    int? PhaseMinutes,
    DateTimeOffset PhaseSince,
    ImmutableArray<RoundEntry> Entries,
    ImmutableArray<RoundPass> Passes,
    bool Closed,
    ImmutableArray<Guid> ChosenEntryIds,
    Guid? AdviceId)
{
    /// <summary>Whose turn it is in a turn phase (clarifying questions, advice): null in other phases and when everyone had theirs.</summary>
    public string? Turn => Closed || Phase is not (RoundPhase.Clarifying or RoundPhase.Advice)
        ? null
        : Order.FirstOrDefault(userId => !Entries.Any(e => e.Phase == Phase && e.AuthorId == userId) && !Passes.Contains(new RoundPass(Phase, userId)));
}
