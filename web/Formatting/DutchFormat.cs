using System.Globalization;
using Humanizer;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.Formatting;

/// <summary>How dates and domain words read on the screens: Dutch, in Europe/Amsterdam; the live room's words come from <see cref="SharedLabels"/>.</summary>
public static class DutchFormat
{
    public static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("nl-NL");
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    /// <summary>"over 3 dagen", relative to <paramref name="now"/>.</summary>
    public static string Relative(DateTimeOffset instant, DateTimeOffset now) =>
        instant.UtcDateTime.Humanize(utcDate: true, dateToCompareAgainst: now.UtcDateTime, culture: Culture);

    /// <summary>"dinsdag 10 november 2026, 19:30".</summary>
    public static string DateTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Amsterdam).ToString("dddd d MMMM yyyy, HH:mm", Culture);

    /// <summary>"21:30", in Amsterdam time.</summary>
    public static string Time(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Amsterdam).ToString("HH:mm", Culture);

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", Culture);

    /// <summary>Today's date in Europe/Amsterdam: a due date is a Dutch calendar day.</summary>
    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, Amsterdam).DateTime);

    /// <summary>A due date against today: "vandaag", "morgen", "over 3 dagen", "gisteren", "2 weken geleden".</summary>
    public static string Relative(DateOnly date, DateOnly today) => (date.DayNumber - today.DayNumber) switch
    {
        0 => "vandaag",
        _ => date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).Humanize(utcDate: true, dateToCompareAgainst: today.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), culture: Culture),
    };

    public static string Name(ActionPointOutcome outcome) => outcome switch
    {
        ActionPointOutcome.Done => "gedaan",
        ActionPointOutcome.NotDone => "niet gedaan",
        ActionPointOutcome.NoLongerNeeded => "niet meer nodig",
        _ => outcome.ToString(),
    };

    /// <summary>The outcomes a case can be closed with now, in the order the close form offers them.</summary>
    public static readonly IReadOnlyList<CaseOutcome> CaseOutcomes =
        [CaseOutcome.Resolved, CaseOutcome.ReferredToCare, CaseOutcome.NotReached, CaseOutcome.DiedOrMoved, CaseOutcome.Other];

    public static string Name(CaseOutcome outcome) => outcome switch
    {
        CaseOutcome.Resolved => "geholpen",
        CaseOutcome.ReferredToCare => "doorverwezen en in zorg",
        CaseOutcome.NotReached => "niet bereikt",
        CaseOutcome.DiedOrMoved => "overleden/verhuisd",
        CaseOutcome.Other => "anders",
        CaseOutcome.NoLongerNeeded => "niet meer nodig",
        _ => outcome.ToString(),
    };

    public static string Name(MeetingStatus status) => SharedLabels.Name(status);

    public static string Name(CaseStatus status) => status switch
    {
        CaseStatus.Concept => "concept",
        CaseStatus.Submitted => "ingediend",
        CaseStatus.OnAgenda => "op de agenda",
        CaseStatus.Discussed => "besproken",
        CaseStatus.FollowedUp => "opgevolgd",
        CaseStatus.Closed => "gesloten",
        _ => status.ToString(),
    };

    public static string Name(Rsvp rsvp) => rsvp switch
    {
        Rsvp.Yes => "komt",
        Rsvp.No => "komt niet",
        Rsvp.Maybe => "misschien",
        _ => rsvp.ToString(),
    };

    public static string Name(ActionPointStatus status) => status switch
    {
        ActionPointStatus.Open => "open",
        ActionPointStatus.Done => "gedaan",
        ActionPointStatus.Cancelled => "vervallen",
        ActionPointStatus.NotDone => "niet gedaan",
        _ => status.ToString(),
    };

    public static string Name(AgeBand band) => band switch
    {
        AgeBand.From55To64 => "55–64",
        AgeBand.From65To74 => "65–74",
        AgeBand.From75 => "75+",
        _ => band.ToString(),
    };

    public static string Name(CaseTheme theme) => theme switch
    {
        CaseTheme.Living => "wonen",
        CaseTheme.Health => "gezondheid",
        CaseTheme.MentalHealth => "psychische gezondheid",
        CaseTheme.MoneyAndDebts => "geld en schulden",
        CaseTheme.Loneliness => "eenzaamheid",
        CaseTheme.InformalCare => "mantelzorg",
        CaseTheme.DomesticSafety => "huiselijke veiligheid",
        CaseTheme.LanguageAndPaperwork => "taal en papieren",
        CaseTheme.ResidenceStatus => "verblijfsstatus",
        CaseTheme.Other => "anders",
        _ => theme.ToString(),
    };

    public static string Name(InstitutionKind kind) => kind switch
    {
        InstitutionKind.GeneralPractitioner => "huisarts / POH",
        InstitutionKind.NeighbourhoodTeam => "wijkteam / maatschappelijk werk",
        InstitutionKind.WmoConsultant => "Wmo-consulent",
        InstitutionKind.MentalHealthCare => "GGZ",
        InstitutionKind.HomeCare => "thuiszorg",
        InstitutionKind.DementiaCaseManager => "casemanager dementie",
        InstitutionKind.InformalCareSupport => "mantelzorgondersteuning",
        InstitutionKind.DebtHelp => "schuldhulpverlening",
        InstitutionKind.HousingCorporation => "woningcorporatie",
        InstitutionKind.DayCareAndCareHome => "dagbesteding en verpleeghuis",
        InstitutionKind.LibraryOrCommunityCentre => "bibliotheek / buurthuis",
        InstitutionKind.MigrantOrganisation => "migrantenzelforganisatie",
        InstitutionKind.ReligiousHouse => "gebedshuis / geestelijk verzorger",
        _ => kind.ToString(),
    };

    /// <summary>The partner roles in the words of MantelzorgNL's step plan: verwijzer, doorverwijzen, samenwerking, kennis.</summary>
    public static string Name(PartnerRoles role) => role switch
    {
        PartnerRoles.RefersToUs => "verwijzer",
        PartnerRoles.WeReferToThem => "doorverwijzen",
        PartnerRoles.Cooperates => "samenwerking",
        PartnerRoles.SharesKnowledge => "kennis",
        _ => role.ToString(),
    };

    public static string Names(PartnerRoles roles) =>
        string.Join(", ", Enum.GetValues<PartnerRoles>().Where(r => r != PartnerRoles.None && roles.HasFlag(r)).Select(Name));

    /// <summary>What each partner role means, for a form's hint.</summary>
    public static string Explain(PartnerRoles role) => role switch
    {
        PartnerRoles.RefersToUs => "zij verwijzen mensen naar het netwerk",
        PartnerRoles.WeReferToThem => "wij verwijzen mensen naar hen door",
        PartnerRoles.Cooperates => "wij werken samen",
        PartnerRoles.SharesKnowledge => "wij delen kennis",
        _ => "",
    };

    public static string Name(AgendaItemKind kind) => SharedLabels.Name(kind);

    public static string Name(ContributionKind kind) => SharedLabels.Name(kind);

    public static string Name(RoundPhase phase) => SharedLabels.Name(phase);

    public static string Name(Urgency urgency) => SharedLabels.Name(urgency);

    public static string Name(EscalationStatus status) => status switch
    {
        EscalationStatus.Reported => "gemeld",
        EscalationStatus.ContactMade => "opgepakt",
        EscalationStatus.InCare => "in zorg",
        EscalationStatus.Closed => "afgesloten",
        EscalationStatus.Declined => "afgewezen",
        EscalationStatus.Withdrawn => "teruggetrokken",
        EscalationStatus.ReturnedToNetwork => "terug naar het netwerk",
        _ => status.ToString(),
    };
}
