namespace Netwerkbijeenkomst.Web.Audit;

/// <summary>What was done to the object; the stored value is the Dutch word the log pages show.</summary>
public static class AccessAction
{
    public const string Read = "ingezien";
    public const string Create = "aangemaakt";
    public const string Change = "gewijzigd";
    public const string Export = "geëxporteerd";
    public const string Delete = "verwijderd";
}
