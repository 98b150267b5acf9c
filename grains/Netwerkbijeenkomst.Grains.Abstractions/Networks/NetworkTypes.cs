using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>What a person is in one network. Only active members count as members.</summary>
public enum NetworkRole
{
    None,
    Member,
    Coordinator,
}

public enum MemberStatus
{
    Invited,
    Active,
    Inactive,
}

/// <summary>The kinds of institutions on the social map (domain.md, "sociale kaart").</summary>
public enum InstitutionKind
{
    GeneralPractitioner,
    NeighbourhoodTeam,
    WmoConsultant,
    MentalHealthCare,
    HomeCare,
    DementiaCaseManager,
    InformalCareSupport,
    DebtHelp,
    HousingCorporation,
    DayCareAndCareHome,
    LibraryOrCommunityCentre,
    MigrantOrganisation,
    ReligiousHouse,
}

/// <summary>How a partner works with the network; more than one may hold.</summary>
[Flags]
public enum PartnerRoles
{
    None = 0,
    RefersToUs = 1,
    WeReferToThem = 2,
    Cooperates = 4,
    SharesKnowledge = 8,
}

public enum ActionPointStatus
{
    Open,
    Done,
    Cancelled,
}

/// <summary>A vertrouwenspersoon and the communities and languages they bridge to.</summary>
public sealed record Member(string UserId, string DisplayName, ImmutableArray<string> Communities, ImmutableArray<string> Languages, MemberStatus Status);

public sealed record Coordinator(string UserId, string DisplayName);

/// <summary>A professional at an institution: the network's direct line to regular care.</summary>
public sealed record ContactPerson(string Id, string Name, string Function, string? Email, string? Phone);

public sealed record Institution(string Id, string Name, InstitutionKind Kind, PartnerRoles Roles, ImmutableArray<ContactPerson> Contacts);

/// <summary>The monthly meeting: the <see cref="Week"/>th (1–4, or 5 for the last) <see cref="Day"/> of the month, in Europe/Amsterdam.</summary>
public sealed record MeetingRule(int Week, DayOfWeek Day, TimeOnly Start, TimeOnly End);

public sealed record ActionPoint(
    Guid Id, string Description, string OwnerId, DateOnly Due, ActionPointStatus Status, Guid? MeetingId, Guid? CaseId);

/// <summary>An escalation as the network follows it until it is settled.</summary>
public sealed record TrackedEscalation(Guid CaseId, Guid EscalationId, string CaseLabel, string InstitutionId, Cases.EscalationStatus Status);

public sealed record CaseSubmission(Guid CaseId, string Label, string BringerId, Guid MeetingId);

/// <summary>What a new meeting's draft agenda carries: cases submitted for it and everything still open.</summary>
public sealed record OpenItems(ImmutableArray<CaseSubmission> SubmittedCases, ImmutableArray<ActionPoint> ActionPoints, ImmutableArray<TrackedEscalation> Escalations);

public sealed record NetworkView(
    string Id,
    string Name,
    string Municipality,
    MeetingRule? Rule,
    ImmutableArray<Coordinator> Coordinators,
    ImmutableArray<Member> Members,
    ImmutableArray<Institution> SocialMap,
    ImmutableArray<ActionPoint> ActionPoints,
    ImmutableArray<TrackedEscalation> OpenEscalations);
