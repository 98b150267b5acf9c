using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>What a person is in one network. Only active members count as members.</summary>
[GenerateSerializer]
[Alias("NetworkRole")]
public enum NetworkRole
{
    None,
    Member,
    Coordinator,
}

[GenerateSerializer]
[Alias("MemberStatus")]
public enum MemberStatus
{
    Invited,
    Active,
    Inactive,
}

/// <summary>The kinds of institutions on the social map (domain.md, "sociale kaart").</summary>
[GenerateSerializer]
[Alias("InstitutionKind")]
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
[GenerateSerializer]
[Alias("PartnerRoles")]
public enum PartnerRoles
{
    None = 0,
    RefersToUs = 1,
    WeReferToThem = 2,
    Cooperates = 4,
    SharesKnowledge = 8,
}

[GenerateSerializer]
[Alias("ActionPointStatus")]
public enum ActionPointStatus
{
    Open,
    Done,
    Cancelled,
    NotDone,
}

/// <summary>A vertrouwenspersoon and the communities and languages they bridge to.</summary>
[GenerateSerializer]
[Alias("Member")]
[Immutable]
public sealed record Member(string UserId, string DisplayName, ImmutableArray<string> Communities, ImmutableArray<string> Languages, MemberStatus Status);

[GenerateSerializer]
[Alias("Coordinator")]
[Immutable]
public sealed record Coordinator(string UserId, string DisplayName);

/// <summary>
/// A professional at an institution: the network's direct line to regular care. Their work phone and e-mail are work
/// details, not a client's, so they are not privacy-checked. A retired contact stays for the history that names them.
/// </summary>
[GenerateSerializer]
[Alias("ContactPerson")]
[Immutable]
public sealed record ContactPerson(string Id, string Name, string Function, string? Email, string? Phone)
{
    /// <summary>The languages the contact person can help in, besides Dutch.</summary>
    [Id(5)]
    public ImmutableArray<string> Languages { get; init; } = [];

    /// <summary>No longer the network's contact: hidden from choice lists, still named where history refers to them.</summary>
    [Id(6)]
    public bool Retired { get; init; }
}

/// <summary>An institution on the social map. A retired one stays for the history that refers to it.</summary>
[GenerateSerializer]
[Alias("Institution")]
[Immutable]
public sealed record Institution(string Id, string Name, InstitutionKind Kind, PartnerRoles Roles, ImmutableArray<ContactPerson> Contacts)
{
    /// <summary>The communities the institution serves in particular (culture-specific care, a mosque, a self-organisation).</summary>
    [Id(5)]
    public ImmutableArray<string> Communities { get; init; } = [];

    /// <summary>The languages in which the institution can help, besides Dutch.</summary>
    [Id(6)]
    public ImmutableArray<string> Languages { get; init; } = [];

    [Id(7)]
    public string? Phone { get; init; }

    [Id(8)]
    public string? Email { get; init; }

    [Id(9)]
    public string? Website { get; init; }

    [Id(10)]
    public bool Retired { get; init; }

    /// <summary>The contact persons who are still the network's contacts.</summary>
    public IEnumerable<ContactPerson> ActiveContacts() => Contacts.Where(c => !c.Retired);
}

/// <summary>Everything a coordinator fills in about an institution; its id is the caller's and never changes.</summary>
[GenerateSerializer]
[Alias("InstitutionDetails")]
[Immutable]
public sealed record InstitutionDetails(
    string Name,
    InstitutionKind Kind,
    PartnerRoles Roles,
    ImmutableArray<string> Communities,
    ImmutableArray<string> Languages,
    string? Phone,
    string? Email,
    string? Website);

/// <summary>What an administrator sees of a network: its name, municipality and coordinators, not its people or cases.</summary>
[GenerateSerializer]
[Alias("NetworkSettings")]
[Immutable]
public sealed record NetworkSettings(string Id, string Name, string Municipality, ImmutableArray<Coordinator> Coordinators);

/// <summary>
/// The monthly meeting: the <see cref="Week"/>th (1–4, or 5 for the last) <see cref="Day"/> of the month, in Europe/Amsterdam,
/// at <see cref="Place"/> (a venue's name and address) and/or online at <see cref="OnlineLink"/> (https). Rules stored before
/// the place existed have neither.
/// </summary>
[GenerateSerializer]
[Alias("MeetingRule")]
[Immutable]
public sealed record MeetingRule(int Week, DayOfWeek Day, TimeOnly Start, TimeOnly End)
{
    [Id(4)]
    public string? Place { get; init; }

    [Id(5)]
    public string? OnlineLink { get; init; }
}

[GenerateSerializer]
[Alias("ActionPoint")]
[Immutable]
public sealed record ActionPoint(
    Guid Id, string Description, string OwnerId, DateOnly Due, ActionPointStatus Status, Guid? MeetingId, Guid? CaseId);

/// <summary>
/// An escalation as the network follows it until it is settled. <see cref="CallRequested"/>: the contact person asks
/// to be called. <see cref="Handled"/>: the case of an escalation that came back to the network was escalated anew or
/// closed. <see cref="Stalled"/> is never stored: the network sets it on what it hands out, from its response times.
/// </summary>
[GenerateSerializer]
[Alias("TrackedEscalation")]
[Immutable]
public sealed record TrackedEscalation(
    Guid CaseId,
    Guid EscalationId,
    string CaseLabel,
    string InstitutionId,
    Cases.EscalationStatus Status,
    bool CallRequested = false,
    bool Handled = false,
    bool Stalled = false);

/// <summary>How many working days an institution of <see cref="Kind"/> has to take the next step in an escalation.</summary>
[GenerateSerializer]
[Alias("ResponseTime")]
[Immutable]
public sealed record ResponseTime(InstitutionKind Kind, int WorkingDays);

/// <summary>One open escalation on the coordinator's follow-up list; ages count Dutch working days.</summary>
[GenerateSerializer]
[Alias("FollowUpEscalation")]
[Immutable]
public sealed record FollowUpEscalation(
    TrackedEscalation Escalation,
    string InstitutionName,
    InstitutionKind Kind,
    DateTimeOffset ReportedAt,
    DateTimeOffset LastStepAt,
    int WorkingDaysOpen,
    int WorkingDaysSinceStep,
    int ResponseDays);

/// <summary>The coordinator's follow-up page: open escalations, stalled ones first, and the response time per kind of care.</summary>
[GenerateSerializer]
[Alias("FollowUp")]
[Immutable]
public sealed record FollowUp(ImmutableArray<FollowUpEscalation> Escalations, ImmutableArray<ResponseTime> ResponseTimes);

/// <summary>A case submitted to the network, for <see cref="MeetingId"/>: the next meeting that could take it, or none yet (it waits for the next one planned).</summary>
[GenerateSerializer]
[Alias("CaseSubmission")]
[Immutable]
public sealed record CaseSubmission(Guid CaseId, string Label, string BringerId, Guid? MeetingId)
{
    /// <summary>When the bringer submitted it; null in submissions stored before it was kept.</summary>
    [Id(4)]
    public DateTimeOffset? SubmittedAt { get; init; }
}

/// <summary>What a new meeting's draft agenda carries: cases submitted for it and everything still open.</summary>
[GenerateSerializer]
[Alias("OpenItems")]
[Immutable]
public sealed record OpenItems(ImmutableArray<CaseSubmission> SubmittedCases, ImmutableArray<ActionPoint> ActionPoints, ImmutableArray<TrackedEscalation> Escalations);

[GenerateSerializer]
[Alias("NetworkView")]
[Immutable]
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
