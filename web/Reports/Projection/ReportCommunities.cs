namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// The communities a case is counted under (docs/report-figures.md): the communities of domain.md and a few more that Dutch
/// networks serve. The case's own "gemeenschap of taal" is free text and is never stored by the report.
/// </summary>
public static class ReportCommunities
{
    public static ReportCategoryList List { get; } = new(
    [
        ("Turks", ["turk"]),
        ("Marokkaans", ["marok", "berber", "amazigh", "riffijn"]),
        ("Surinaams", ["surinam", "hindostan", "creool", "javaan"]),
        ("Antilliaans en Arubaans", ["antil", "curaçao", "curacao", "aruba", "bonaire", "caribisch"]),
        ("Chinees", ["chine", "kantonees", "mandarijn"]),
        ("Moluks", ["moluk"]),
        ("Kaapverdiaans", ["kaapverd"]),
        ("Indisch en Indonesisch", ["indisch", "indones"]),
        ("Syrisch", ["syri"]),
        ("Eritrees", ["eritre"]),
        ("Somalisch", ["somali"]),
        ("Iraans en Afghaans", ["iraan", "afghaan", "perzisch"]),
        ("Koerdisch", ["koerd"]),
        ("Pools en Oost-Europees", ["pool", "pools", "roemeen", "bulgaar", "oost-europ"]),
    ]);
}
