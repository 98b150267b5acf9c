namespace Netwerkbijeenkomst.Grains.Abstractions.Cases;

/// <summary>What happened to a case.</summary>
[GenerateSerializer]
[Alias("CaseEvent")]
public abstract record CaseEvent(string By, DateTimeOffset At);

[GenerateSerializer]
[Alias("CaseOpened")]
[Immutable]
public sealed record CaseOpened(string NetworkId, string Label, CaseDetails Details, string By, DateTimeOffset At) : CaseEvent(By, At);

[GenerateSerializer]
[Alias("CaseEdited")]
[Immutable]
public sealed record CaseEdited(CaseDetails Details, string By, DateTimeOffset At) : CaseEvent(By, At);

/// <summary>Submitted to the network, for <see cref="MeetingId"/> (null: no meeting planned yet; the network hands it to the next).</summary>
[GenerateSerializer]
[Alias("CaseSubmitted")]
[Immutable]
public sealed record CaseSubmitted(Guid? MeetingId, string By, DateTimeOffset At) : CaseEvent(By, At);

[GenerateSerializer]
[Alias("CasePlacedOnAgenda")]
[Immutable]
public sealed record CasePlacedOnAgenda(Guid MeetingId, string By, DateTimeOffset At) : CaseEvent(By, At);

[GenerateSerializer]
[Alias("CaseAdviceRecorded")]
[Immutable]
public sealed record CaseAdviceRecorded(Guid AdviceId, Guid MeetingId, string Advice, string NextSteps, string By, DateTimeOffset At) : CaseEvent(By, At);

[GenerateSerializer]
[Alias("FollowUpNoteAdded")]
[Immutable]
public sealed record FollowUpNoteAdded(string Text, string By, DateTimeOffset At) : CaseEvent(By, At);

[GenerateSerializer]
[Alias("CaseEscalated")]
[Immutable]
public sealed record CaseEscalated(Guid EscalationId, string InstitutionId, string ContactPersonId, string Reason, Urgency Urgency, string By, DateTimeOffset At) : CaseEvent(By, At);

/// <summary>A step in an escalation's lifecycle; <see cref="ChangeId"/> is the caller's (absent in events stored before it existed).</summary>
[GenerateSerializer]
[Alias("EscalationStatusChanged")]
[Immutable]
public sealed record EscalationStatusChanged(Guid EscalationId, EscalationStatus Status, string? Note, string By, DateTimeOffset At, Guid? ChangeId = null) : CaseEvent(By, At);

/// <summary>A new answer link for the escalation's contact person; it replaces any earlier one. The secret is never in an event.</summary>
[GenerateSerializer]
[Alias("ContactLinkIssued")]
[Immutable]
public sealed record ContactLinkIssued(Guid EscalationId, Guid LinkId, string ContactPersonId, DateTimeOffset ExpiresAt, string By, DateTimeOffset At) : CaseEvent(By, At);

[GenerateSerializer]
[Alias("ContactLinkRevoked")]
[Immutable]
public sealed record ContactLinkRevoked(Guid EscalationId, Guid LinkId, string By, DateTimeOffset At) : CaseEvent(By, At);

/// <summary>The contact person asks the coordinator to call them; it stands until the next step in the escalation.</summary>
[GenerateSerializer]
[Alias("EscalationCallRequested")]
[Immutable]
public sealed record EscalationCallRequested(Guid EscalationId, Guid ChangeId, string By, DateTimeOffset At) : CaseEvent(By, At);

[GenerateSerializer]
[Alias("CaseClosed")]
[Immutable]
public sealed record CaseClosed(CaseOutcome Outcome, string? Note, string By, DateTimeOffset At) : CaseEvent(By, At);

/// <summary>The retention period passed: every text of the case is gone, here and in the meetings and network; the facts stay.</summary>
[GenerateSerializer]
[Alias("CaseTextsErased")]
[Immutable]
public sealed record CaseTextsErased(string NetworkId, string By, DateTimeOffset At) : CaseEvent(By, At);

/// <summary>
/// Time a member spent on the case outside the meeting, in quarter hours, on <see cref="Day"/>; <see cref="EntryId"/>
/// is the caller's, so a repeat is ignored. Counted in the network's hours, never shown per person.
/// </summary>
[GenerateSerializer]
[Alias("CaseHoursLogged")]
[Immutable]
public sealed record CaseHoursLogged(Guid EntryId, int QuarterHours, DateOnly Day, string By, DateTimeOffset At) : CaseEvent(By, At);
