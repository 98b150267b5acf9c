using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Cases;

[GenerateSerializer]
[Alias("AgeBand")]
public enum AgeBand
{
    From55To64,
    From65To74,
    From75,
}

/// <summary>The themes of domain.md, plus <see cref="Other"/> with a word of its own.</summary>
[GenerateSerializer]
[Alias("CaseTheme")]
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
[GenerateSerializer]
[Alias("CaseStatus")]
public enum CaseStatus
{
    Concept,
    Submitted,
    OnAgenda,
    Discussed,
    FollowedUp,
    Closed,
}

/// <summary>
/// How a case ended. Stored events hold the number, so members are only ever added at the end.
/// <see cref="NoLongerNeeded"/> is kept for cases closed before 2026-12 and is no longer offered.
/// </summary>
[GenerateSerializer]
[Alias("CaseOutcome")]
public enum CaseOutcome
{
    Resolved,
    ReferredToCare,
    NoLongerNeeded,
    NotReached,
    Other,
    DiedOrMoved,
}

[GenerateSerializer]
[Alias("Urgency")]
public enum Urgency
{
    Normal,
    High,
    Crisis,
}

/// <summary>
/// gemeld → opgepakt → in zorg, afgewezen, teruggetrokken or terug naar het netwerk (docs/domain-model.md). Stored
/// events hold the number, so members keep their values and new ones are added at the end.
/// </summary>
[GenerateSerializer]
[Alias("EscalationStatus")]
public enum EscalationStatus
{
    Reported = 0,

    /// <summary>"Opgepakt": the institution has picked it up (was called "contact gelegd").</summary>
    ContactMade = 1,
    InCare = 2,

    /// <summary>The network stopped following it; kept for escalations closed before the lifecycle had its own end states.</summary>
    Closed = 3,
    Declined = 4,

    /// <summary>"Teruggetrokken": the network withdrew it.</summary>
    Withdrawn = 5,

    /// <summary>"Terug naar het netwerk": the institution cannot help, the case is back for the network to discuss.</summary>
    ReturnedToNetwork = 6,
}

/// <summary>What an anonymised case holds: a situation in general words, never a person.</summary>
[GenerateSerializer]
[Alias("CaseDetails")]
[Immutable]
public sealed record CaseDetails(AgeBand AgeBand, string Community, ImmutableArray<CaseTheme> Themes, string? OtherTheme, string Situation, string Question);

[GenerateSerializer]
[Alias("CaseAdvice")]
[Immutable]
public sealed record CaseAdvice(Guid Id, Guid MeetingId, string Advice, string NextSteps, string By, DateTimeOffset At);

[GenerateSerializer]
[Alias("FollowUpNote")]
[Immutable]
public sealed record FollowUpNote(string Text, string By, DateTimeOffset At);

[GenerateSerializer]
[Alias("EscalationChange")]
[Immutable]
public sealed record EscalationChange(EscalationStatus Status, string? Note, string By, DateTimeOffset At);

/// <summary>
/// An escalation and its dated, attributed history. <see cref="Link"/> is the contact person's answer link (its id,
/// never its secret); <see cref="CallRequestedAt"/> is set while the contact person asks to be called back.
/// </summary>
[GenerateSerializer]
[Alias("Escalation")]
[Immutable]
public sealed record Escalation(
    Guid Id,
    string InstitutionId,
    string ContactPersonId,
    string Reason,
    Urgency Urgency,
    EscalationStatus Status,
    ImmutableArray<EscalationChange> History,
    ContactLink? Link = null,
    DateTimeOffset? CallRequestedAt = null)
{
    public bool IsSettled => EscalationLifecycle.IsSettled(Status);
}

/// <summary>The contact person's answer link of one escalation; the web keeps only the hash of its secret.</summary>
[GenerateSerializer]
[Alias("ContactLink")]
[Immutable]
public sealed record ContactLink(Guid Id, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt)
{
    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && now < ExpiresAt;
}

/// <summary>
/// What the contact person sees through their link: no personal data, only the case label, age band, themes and the
/// question (privacy-checked case text), where it was escalated and how it stands.
/// </summary>
[GenerateSerializer]
[Alias("ContactBrief")]
[Immutable]
public sealed record ContactBrief(
    Guid CaseId,
    Guid EscalationId,
    string NetworkId,
    string CaseLabel,
    AgeBand AgeBand,
    ImmutableArray<CaseTheme> Themes,
    string? OtherTheme,
    string Question,
    string InstitutionName,
    string ContactPersonName,
    string? ContactPersonEmail,
    EscalationStatus Status,
    ContactLink Link,
    DateTimeOffset? CallRequestedAt);

/// <summary>Where a case was escalated to and how it ended.</summary>
[GenerateSerializer]
[Alias("EscalationFact")]
[Immutable]
public sealed record EscalationFact(string InstitutionId, EscalationStatus Status);

/// <summary>The anonymous facts of a case that outlive its texts.</summary>
[GenerateSerializer]
[Alias("CaseFacts")]
[Immutable]
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

[GenerateSerializer]
[Alias("CaseView")]
[Immutable]
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
    string? OutcomeNote,
    int QuarterHoursSpent = 0);
