namespace Netwerkbijeenkomst.Web.Audit;

/// <summary>What was done to the object; the stored value is the Dutch word the log pages show (20 characters at most, the column's length).</summary>
public static class AccessAction
{
    public const string Read = "ingezien";
    public const string Create = "aangemaakt";
    public const string Change = "gewijzigd";
    public const string Export = "geëxporteerd";
    public const string ExportPdf = "geëxporteerd (PDF)";
    public const string ExportMarkdown = "geëxporteerd (.md)";
    public const string ExportCsv = "geëxporteerd (CSV)";
    public const string Delete = "verwijderd";
}
