namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>The languages the active members are counted under; a member's languages are free text and never stored.</summary>
public static class ReportLanguages
{
    public static ReportCategoryList List { get; } = new(
    [
        ("Turks", ["turk"]),
        ("Arabisch", ["arab"]),
        ("Tamazight (Berbers)", ["tamazight", "berber", "tarifit", "riff"]),
        ("Sranantongo", ["sranan"]),
        ("Sarnami en Hindi", ["sarnami", "hindi"]),
        ("Papiaments", ["papiam"]),
        ("Chinees", ["chine", "kantonees", "mandarijn"]),
        ("Moluks Maleis", ["maleis", "moluk"]),
        ("Kaapverdisch en Portugees", ["kaapverd", "portug"]),
        ("Koerdisch", ["koerd"]),
        ("Farsi en Dari", ["farsi", "dari", "perzisch"]),
        ("Tigrinya", ["tigrin"]),
        ("Somalisch", ["somali"]),
        ("Pools", ["pool", "pools"]),
        ("Engels", ["engels"]),
    ]);
}
