namespace Netwerkbijeenkomst.Web.Reports;

/// <summary>The twelve Dutch provinces; a province account sees the figures of the municipalities placed in its province.</summary>
public static class Provinces
{
    public static readonly IReadOnlyList<string> All =
    [
        "Drenthe", "Flevoland", "Fryslân", "Gelderland", "Groningen", "Limburg",
        "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland",
    ];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
