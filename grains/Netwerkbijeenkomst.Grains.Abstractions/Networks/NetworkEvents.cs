using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>What happened to a network.</summary>
public abstract record NetworkEvent(string By, DateTimeOffset At);

public sealed record NetworkCreated(string Name, string Municipality, Coordinator Coordinator, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record CoordinatorAdded(Coordinator Coordinator, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record MeetingRuleSet(MeetingRule Rule, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record MemberInvited(string UserId, string DisplayName, ImmutableArray<string> Communities, ImmutableArray<string> Languages, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record MemberActivated(string UserId, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record MemberDeactivated(string UserId, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>A member deleted their account: they are inactive and their name, communities and languages are erased.</summary>
public sealed record MemberForgotten(string UserId, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record InstitutionAdded(string InstitutionId, string Name, InstitutionKind Kind, PartnerRoles Roles, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record ContactPersonAdded(string InstitutionId, ContactPerson Contact, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record CaseLabelAllocated(int Year, int Number, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record CaseSubmissionRegistered(CaseSubmission Submission, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record ActionPointAdded(ActionPoint ActionPoint, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record ActionPointCompleted(Guid ActionPointId, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record ActionPointCancelled(Guid ActionPointId, string By, DateTimeOffset At) : NetworkEvent(By, At);

public sealed record EscalationTracked(TrackedEscalation Escalation, string By, DateTimeOffset At) : NetworkEvent(By, At);
