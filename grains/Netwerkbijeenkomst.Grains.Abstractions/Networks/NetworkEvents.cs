using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>What happened to a network.</summary>
[GenerateSerializer]
[Alias("NetworkEvent")]
public abstract record NetworkEvent(string By, DateTimeOffset At);

[GenerateSerializer]
[Alias("NetworkCreated")]
[Immutable]
public sealed record NetworkCreated(string Name, string Municipality, Coordinator Coordinator, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("CoordinatorAdded")]
[Immutable]
public sealed record CoordinatorAdded(Coordinator Coordinator, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("MeetingRuleSet")]
[Immutable]
public sealed record MeetingRuleSet(MeetingRule Rule, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("MemberInvited")]
[Immutable]
public sealed record MemberInvited(string UserId, string DisplayName, ImmutableArray<string> Communities, ImmutableArray<string> Languages, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("MemberActivated")]
[Immutable]
public sealed record MemberActivated(string UserId, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("MemberDeactivated")]
[Immutable]
public sealed record MemberDeactivated(string UserId, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>A member deleted their account: they are inactive and their name, communities and languages are erased.</summary>
[GenerateSerializer]
[Alias("MemberForgotten")]
[Immutable]
public sealed record MemberForgotten(string UserId, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("InstitutionAdded")]
[Immutable]
public sealed record InstitutionAdded(string InstitutionId, string Name, InstitutionKind Kind, PartnerRoles Roles, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("ContactPersonAdded")]
[Immutable]
public sealed record ContactPersonAdded(string InstitutionId, ContactPerson Contact, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("CaseLabelAllocated")]
[Immutable]
public sealed record CaseLabelAllocated(Guid CaseId, int Year, int Number, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("CaseSubmissionRegistered")]
[Immutable]
public sealed record CaseSubmissionRegistered(CaseSubmission Submission, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("ActionPointAdded")]
[Immutable]
public sealed record ActionPointAdded(ActionPoint ActionPoint, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("ActionPointCompleted")]
[Immutable]
public sealed record ActionPointCompleted(Guid ActionPointId, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("ActionPointCancelled")]
[Immutable]
public sealed record ActionPointCancelled(Guid ActionPointId, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("EscalationTracked")]
[Immutable]
public sealed record EscalationTracked(TrackedEscalation Escalation, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>The coordinator set how many working days an institution of this kind has for the next step in an escalation.</summary>
[GenerateSerializer]
[Alias("ResponseTimeSet")]
[Immutable]
public sealed record ResponseTimeSet(InstitutionKind Kind, int WorkingDays, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("InstitutionEdited")]
[Immutable]
public sealed record InstitutionEdited(string InstitutionId, InstitutionDetails Details, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>The institution is no longer on the social map; it stays in state so history that names it stays readable.</summary>
[GenerateSerializer]
[Alias("InstitutionRetired")]
[Immutable]
public sealed record InstitutionRetired(string InstitutionId, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("ContactPersonEdited")]
[Immutable]
public sealed record ContactPersonEdited(string InstitutionId, ContactPerson Contact, string By, DateTimeOffset At) : NetworkEvent(By, At);

[GenerateSerializer]
[Alias("ContactPersonRetired")]
[Immutable]
public sealed record ContactPersonRetired(string InstitutionId, string ContactId, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>The communities and languages a member serves, as the coordinator corrected them.</summary>
[GenerateSerializer]
[Alias("MemberDetailsEdited")]
[Immutable]
public sealed record MemberDetailsEdited(string UserId, ImmutableArray<string> Communities, ImmutableArray<string> Languages, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>A coordinator stepped down (or an administrator took the role away); an active member stays a member.</summary>
[GenerateSerializer]
[Alias("CoordinatorRemoved")]
[Immutable]
public sealed record CoordinatorRemoved(string UserId, string By, DateTimeOffset At) : NetworkEvent(By, At);
