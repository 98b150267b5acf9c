using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>
/// The shape of one demo network's year: when it was founded, who joined when, which institutions came on the social map when,
/// in which months it met and how many cases a meeting took. <see cref="DemoHistory"/> plays it through the grains.
/// </summary>
public sealed record DemoNetworkStory(
    string NetworkId,
    string Name,
    string Municipality,
    DemoAccount Coordinator,
    MeetingRule Rule,
    int FoundedMonthsAgo,
    IReadOnlyList<(DemoAccount Account, string Community, string[] Languages, int JoinedInMonth)> Members,
    IReadOnlyList<(int AddedInMonth, string Id, string Name, InstitutionKind Kind, PartnerRoles Roles, ContactPerson Contact)> Institutions,
    Func<int, bool> MeetsInMonth,
    int MinCasesPerMeeting,
    int MaxCasesPerMeeting,
    double EscalationShare,
    int Seed);
