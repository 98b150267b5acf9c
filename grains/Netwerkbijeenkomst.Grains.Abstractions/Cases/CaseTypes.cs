using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Cases;

public enum AgeBand
{
    From55To64,
    From65To74,
    From75,
}

/// <summary>The themes of domain.md, plus <see cref="Other"/> with a word of its own.</summary>
public enum CaseTheme
{
    Living,
    Health,
    MentalHealth,
    MoneyAndDebts,
    Loneliness,
    InformalCare,
    DomesticSafety,
    LanguageAndPaperwork,
    ResidenceStatus,
    Other,
}

/// <summary>concept → submitted → on agenda → discussed → followed up → closed.</summary>
public enum CaseStatus
{
    Concept,
    Submitted,
    OnAgenda,
    Discussed,
    FollowedUp,
    Closed,
}

public enum CaseOutcome
{
    Resolved,
    ReferredToCare,
    NoLongerNeeded,
    NotReached,
    Other,
}

public enum Urgency
{
    Normal,
    High,
    Crisis,
}

/// <summary>reported → contact made → in care → closed; or declined (with why). Closed and declined are settled.</summary>
public enum EscalationStatus
{
    Reported,
    ContactMade,
    InCare,
    Closed,
    Declined,
}

/// <summary>What an anonymised case holds: a situation in general words, never a person.</summary>
public sealed record CaseDetails(AgeBand AgeBand, string Community, ImmutableArray<CaseTheme> Themes, string? OtherTheme, string Situation, string Question);

public sealed record CaseAdvice(Guid MeetingId, string Advice, string NextSteps, string By, DateTimeOffset At);

public sealed record FollowUpNote(string Text, string By, DateTimeOffset At);

public sealed record EscalationChange(EscalationStatus Status, string? Note, string By, DateTimeOffset At);

public sealed record Escalation(
    Guid Id, string InstitutionId, string ContactPersonId, string Reason, Urgency Urgency, EscalationStatus Status, ImmutableArray<EscalationChange> History)
{
    public bool IsSettled => Status is EscalationStatus.Closed or EscalationStatus.Declined;
}

/// <summary>Where a case was escalated to and how it ended.</summary>
public sealed record EscalationFact(string InstitutionId, EscalationStatus Status);

/// <summary>The anonymous facts of a case that outlive its texts.</summary>
public sealed record CaseFacts(
    string NetworkId,
    string Label,
    AgeBand AgeBand,
    ImmutableArray<CaseTheme> Themes,
    CaseStatus Status,
    CaseOutcome? Outcome,
    ImmutableArray<EscalationFact> Escalations,
    DateTimeOffset? ClosedAt,
    bool TextsErased);

public sealed record CaseView(
    Guid Id,
    string NetworkId,
    string Label,
    string BringerId,
    CaseDetails Details,
    CaseStatus Status,
    Guid? MeetingId,
    ImmutableArray<CaseAdvice> Advice,
    ImmutableArray<FollowUpNote> Notes,
    ImmutableArray<Escalation> Escalations,
    CaseOutcome? Outcome,
    string? OutcomeNote);
