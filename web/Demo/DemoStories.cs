using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>The made-up texts of the demo's history: situations in general words, no names, nothing that points to a person.</summary>
internal static class DemoStories
{
    private static readonly (CaseTheme[] Themes, string Situation, string Question)[] Cases =
    [
        ([CaseTheme.Loneliness], "Een weduwe gaat sinds de dood van haar man de deur bijna niet meer uit. Haar kinderen wonen ver weg.", "Welke activiteiten in de buurt passen bij haar, en wie gaat de eerste keer mee?"),
        ([CaseTheme.Health, CaseTheme.LanguageAndPaperwork], "Een man met suikerziekte begrijpt de uitleg van de praktijk niet goed en slaat controles over.", "Hoe zorgen we dat hij de uitleg in zijn eigen taal krijgt?"),
        ([CaseTheme.MoneyAndDebts], "Een echtpaar heeft achterstanden bij de energieleverancier en durft de brieven niet meer te openen.", "Wie kan samen met hen de post ordenen en een regeling treffen?"),
        ([CaseTheme.InformalCare], "Een dochter zorgt naast haar werk voor haar moeder met beginnende vergeetachtigheid en raakt op.", "Welke steun voor mantelzorgers is er, en hoe bespreken we dat zonder schaamte?"),
        ([CaseTheme.MentalHealth, CaseTheme.Loneliness], "Een oudere man slaapt slecht, piekert veel en zegt dat het leven geen zin meer heeft.", "Moet dit naar de huisarts of de ggz, en hoe brengen we het ter sprake?"),
        ([CaseTheme.Living], "Een vrouw kan de trap naar haar woning bijna niet meer op en wil niet naar een verzorgingshuis.", "Kan de gemeente helpen met een aanpassing of een andere woning?"),
        ([CaseTheme.LanguageAndPaperwork], "Een man krijgt brieven over zijn pensioen uit het buitenland die hij niet kan lezen.", "Waar kan hij terecht voor hulp bij de formulieren?"),
        ([CaseTheme.DomesticSafety], "Een oudere vrouw vertelt dat een familielid haar geld beheert en haar weinig laat doen.", "Hoe kunnen we dit voorzichtig bespreekbaar maken en wie moet het weten?"),
        ([CaseTheme.Health, CaseTheme.InformalCare], "Na een val heeft een man hulp nodig bij het wassen, maar hij wil geen vreemde in huis.", "Is er thuiszorg met iemand uit de eigen gemeenschap?"),
        ([CaseTheme.ResidenceStatus, CaseTheme.LanguageAndPaperwork], "Een vrouw weet niet of haar verblijfsvergunning verlengd moet worden en is bang om het te vragen.", "Wie kan dit vertrouwelijk voor haar uitzoeken?"),
        ([CaseTheme.MoneyAndDebts, CaseTheme.Living], "Een alleenstaande man betaalt te veel huur voor een kamer en heeft geen geld meer voor eten aan het eind van de maand.", "Heeft hij recht op toeslagen of andere hulp?"),
        ([CaseTheme.Loneliness, CaseTheme.MentalHealth], "Een echtpaar trekt zich terug sinds hun zoon is verhuisd; ze komen niet meer naar de vereniging.", "Hoe betrekken we hen weer bij de gemeenschap?"),
    ];

    private static readonly string[] Communities = ["Turks", "Marokkaans", "Surinaams-Hindostaans", "Chinees", "Antilliaans", "Moluks", "Koerdisch", "Somalisch", "Surinaams-Creools"];

    private static readonly (string Advice, string NextSteps)[] Advices =
    [
        ("Samen met de huisarts bespreken wat er nodig is; de vertrouwenspersoon gaat mee naar het gesprek.", "Afspraak maken bij de praktijk en vooraf de vragen op papier zetten."),
        ("Eerst het vertrouwen opbouwen met een paar bezoeken; daarna voorzichtig de hulp ter sprake brengen.", "Twee keer op bezoek gaan en in de volgende bijeenkomst vertellen hoe het ging."),
        ("Het buurtteam vragen mee te kijken; zij kunnen ook helpen met de aanvraag bij de gemeente.", "De coördinator legt het contact met het buurtteam."),
        ("Laten zien welke activiteiten er in de buurt zijn, in de eigen taal, en de eerste keer meegaan.", "Het programma van het buurthuis opvragen en samen kiezen."),
        ("De post samen ordenen en de schuldhulp inschakelen voordat er meer achterstanden komen.", "Een spreekuur van de schuldhulp samen bezoeken."),
    ];

    private static readonly string[] ActionPoints =
    [
        "Informatie over de dagbesteding in de wijk opvragen",
        "Folder over mantelzorgondersteuning laten vertalen",
        "Spreekuur van de schuldhulp bij het buurthuis navragen",
        "Navragen of de thuiszorg een verzorgende heeft die de eigen taal spreekt",
        "Lijst van activiteiten voor ouderen in de buurt bijwerken",
        "Een gastspreker van de ggz uitnodigen voor een thema-avond",
    ];

    public static CaseDetails Case(Random random)
    {
        var (themes, situation, question) = Cases[random.Next(Cases.Length)];
        var band = (AgeBand)random.Next(3);
        return new CaseDetails(band, Communities[random.Next(Communities.Length)], [.. themes], null, situation, question);
    }

    public static (string Advice, string NextSteps) Advice(CaseDetails details, Random random) =>
        details.Themes.Contains(CaseTheme.MoneyAndDebts) ? Advices[4] : Advices[random.Next(Advices.Length - 1)];

    public static string ActionPoint(Random random) => ActionPoints[random.Next(ActionPoints.Length)];

    /// <summary>The kind of care a case's themes point to, among the kinds on the network's social map.</summary>
    public static InstitutionKind Destination(CaseDetails details, IReadOnlyList<InstitutionKind> available, Random random)
    {
        InstitutionKind[] wanted = details.Themes[0] switch
        {
            CaseTheme.Health => [InstitutionKind.GeneralPractitioner, InstitutionKind.HomeCare],
            CaseTheme.MentalHealth => [InstitutionKind.MentalHealthCare, InstitutionKind.GeneralPractitioner],
            CaseTheme.MoneyAndDebts => [InstitutionKind.DebtHelp, InstitutionKind.WmoConsultant],
            CaseTheme.InformalCare => [InstitutionKind.InformalCareSupport, InstitutionKind.DementiaCaseManager],
            CaseTheme.Living => [InstitutionKind.WmoConsultant, InstitutionKind.NeighbourhoodTeam],
            CaseTheme.Loneliness => [InstitutionKind.NeighbourhoodTeam, InstitutionKind.ReligiousHouse],
            _ => [InstitutionKind.NeighbourhoodTeam],
        };
        var match = wanted.Where(available.Contains).ToList();
        return match.Count > 0 ? match[random.Next(match.Count)] : available[random.Next(available.Count)];
    }

    public static string Reason(InstitutionKind kind) => kind switch
    {
        InstitutionKind.GeneralPractitioner => "Zorgen over de gezondheid; de praktijk moet meekijken.",
        InstitutionKind.MentalHealthCare => "Somberheid die niet overgaat; deskundige hulp is nodig.",
        InstitutionKind.DebtHelp => "Oplopende achterstanden; een regeling is nodig.",
        InstitutionKind.InformalCareSupport => "De mantelzorger is overbelast en heeft steun nodig.",
        InstitutionKind.WmoConsultant => "Hulp in huis of een aanpassing van de woning is nodig.",
        InstitutionKind.HomeCare => "Hulp bij de verzorging thuis, liefst in de eigen taal.",
        InstitutionKind.DementiaCaseManager => "Vergeetachtigheid neemt toe; begeleiding is nodig.",
        _ => "Meer hulp nodig dan het netwerk kan geven.",
    };

    public static CaseOutcome OutcomeWithoutCare(Random random) => random.NextDouble() switch
    {
        < 0.65 => CaseOutcome.Resolved,
        < 0.8 => CaseOutcome.Other,
        < 0.93 => CaseOutcome.NotReached,
        _ => CaseOutcome.DiedOrMoved,
    };
}
