using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>
/// The three demo networks of the province of Utrecht: a big one whose quarters show real figures, and two small ones whose
/// figures stay below the threshold ("&lt; 5").
/// </summary>
internal static class DemoNetworks
{
    public static readonly MeetingRule UtrechtRule = new(2, DayOfWeek.Tuesday, new TimeOnly(19, 30), new TimeOnly(21, 0))
    {
        Place = DemoData.MeetingPlace,
        OnlineLink = DemoData.OnlineLink,
    };

    /// <summary>The Utrecht social map the network started with.</summary>
    public static readonly IReadOnlyList<(string Id, string Name, InstitutionKind Kind, PartnerRoles Roles, ContactPerson Contact)> UtrechtMap =
    [
        ("huisartsen-overvecht", "Gezondheidscentrum Overvecht", InstitutionKind.GeneralPractitioner, PartnerRoles.WeReferToThem | PartnerRoles.RefersToUs,
            new("poh-overvecht", "Lotte Vermeer", "Praktijkondersteuner GGZ", "poh@gc-overvecht.example", "030 000 0001")),
        ("buurtteam-noordoost", "Buurtteam Noordoost", InstitutionKind.NeighbourhoodTeam, PartnerRoles.Cooperates | PartnerRoles.WeReferToThem,
            new("buurtteam-contact", "Youssef Benali", "Buurtteammedewerker", "noordoost@buurtteam.example", null) { Languages = ["Arabisch", "Tarifit"] }),
        ("ggz-utrecht", "GGZ Centraal Utrecht", InstitutionKind.MentalHealthCare, PartnerRoles.WeReferToThem | PartnerRoles.SharesKnowledge,
            new("ggz-contact", "Esther de Wit", "Psychiatrisch verpleegkundige", "contact@ggz.example", null)),
        ("wmo-utrecht", "Wmo-loket gemeente Utrecht", InstitutionKind.WmoConsultant, PartnerRoles.WeReferToThem,
            new("wmo-contact", "Sander Hoekstra", "Wmo-consulent", "wmo@utrecht.example", null)),
        ("mantelzorg-utrecht", "Steunpunt Mantelzorg Utrecht", InstitutionKind.InformalCareSupport, PartnerRoles.Cooperates,
            new("mantelzorg-contact", "Naima Ouali", "Mantelzorgconsulent", null, null) { Languages = ["Arabisch", "Turks"] }),
    ];

    public static DemoNetworkStory Utrecht { get; } = new(
        DemoData.NetworkId, "Netwerk Vertrouwenspersonen Utrecht", "Utrecht", DemoData.Coordinator, UtrechtRule, 12,
        [.. DemoData.Members.Select(m => (m.Account, m.Community, m.Languages, 0)), .. DemoData.LaterMembers],
        [
            .. UtrechtMap.Select(i => (0, i.Id, i.Name, i.Kind, i.Roles, i.Contact)),
            (2, "schuldhulp-utrecht", "Schuldhulpverlening Utrecht", InstitutionKind.DebtHelp, PartnerRoles.WeReferToThem,
                new ContactPerson("schuldhulp-contact", "Dirk Verhoef", "Schuldhulpverlener", null, null)),
            (4, "thuiszorg-anatolia", "Thuiszorg Anatolia", InstitutionKind.HomeCare, PartnerRoles.WeReferToThem | PartnerRoles.RefersToUs,
                new ContactPerson("thuiszorg-contact", "Zeynep Arslan", "Wijkverpleegkundige", null, null) { Languages = ["Turks"] }),
            (7, "dementie-utrecht", "Casemanagement Dementie Utrecht", InstitutionKind.DementiaCaseManager, PartnerRoles.WeReferToThem,
                new ContactPerson("dementie-contact", "Ingrid Bakker", "Casemanager dementie", null, null)),
            (9, "moskee-lombok", "Moskee in Lombok", InstitutionKind.ReligiousHouse, PartnerRoles.Cooperates | PartnerRoles.RefersToUs,
                new ContactPerson("moskee-contact", "Imam Karim Saidi", "Geestelijk verzorger", null, null) { Languages = ["Arabisch", "Turks"] }),
        ],
        _ => true, 2, 3, 0.4, 2026);

    public static DemoNetworkStory Amersfoort { get; } = new(
        DemoData.OtherNetworkId, "Netwerk Vertrouwenspersonen Amersfoort", "Amersfoort", DemoData.OtherCoordinator,
        new MeetingRule(1, DayOfWeek.Thursday, new TimeOnly(14, 0), new TimeOnly(15, 30)) { Place = "Wijkcentrum Kruiskamp, Amersfoort" }, 12,
        [.. DemoData.AmersfoortMembers.Select((m, i) => (m.Account, m.Community, m.Languages, i == 2 ? 3 : 0))],
        [
            (0, "huisarts-kruiskamp", "Huisartsenpraktijk Kruiskamp", InstitutionKind.GeneralPractitioner, PartnerRoles.WeReferToThem,
                new ContactPerson("huisarts-kruiskamp-poh", "Marloes van Dam", "Praktijkondersteuner", null, null)),
            (1, "wijkteam-amersfoort", "Wijkteam Amersfoort Noord", InstitutionKind.NeighbourhoodTeam, PartnerRoles.Cooperates,
                new ContactPerson("wijkteam-amersfoort-contact", "Bart Hendriks", "Wijkteammedewerker", null, null)),
        ],
        month => month % 2 == 0, 0, 1, 0.3, 33);

    public static DemoNetworkStory Nieuwegein { get; } = new(
        DemoData.ThirdNetworkId, "Netwerk Vertrouwenspersonen Nieuwegein", "Nieuwegein", DemoData.ThirdCoordinator,
        new MeetingRule(3, DayOfWeek.Wednesday, new TimeOnly(10, 0), new TimeOnly(11, 30)) { Place = "Buurtcentrum Batau, Nieuwegein" }, 8,
        [.. DemoData.NieuwegeinMembers.Select((m, i) => (m.Account, m.Community, m.Languages, i switch { 2 => 1, 3 => 3, _ => 0 }))],
        [
            (0, "huisarts-nieuwegein", "Gezondheidscentrum Nieuwegein-Noord", InstitutionKind.GeneralPractitioner, PartnerRoles.WeReferToThem,
                new ContactPerson("huisarts-nieuwegein-poh", "Sanne Kuipers", "Praktijkondersteuner", null, null)),
            (0, "wijkteam-nieuwegein", "Sociaal Team Nieuwegein", InstitutionKind.NeighbourhoodTeam, PartnerRoles.Cooperates | PartnerRoles.WeReferToThem,
                new ContactPerson("wijkteam-nieuwegein-contact", "Rik de Boer", "Sociaal werker", null, null)),
            (3, "mantelzorg-nieuwegein", "Mantelzorgsteunpunt Nieuwegein", InstitutionKind.InformalCareSupport, PartnerRoles.Cooperates,
                new ContactPerson("mantelzorg-nieuwegein-contact", "Hatice Kılıç", "Mantelzorgconsulent", null, null)),
        ],
        _ => true, 1, 2, 0.35, 404);
}
