using System.Globalization;

namespace Netwerkbijeenkomst.Web.Reports;

/// <summary>A figure as it may be shown: its value only when <see cref="Kind"/> is <see cref="ShownKind.Exact"/>.</summary>
public readonly record struct Shown(ShownKind Kind, decimal Value)
{
    public static Shown Exact(decimal value) => new(ShownKind.Exact, value);

    public static Shown Small { get; } = new(ShownKind.Small, 0);

    public static Shown Protected { get; } = new(ShownKind.Protected, 0);

    public static Shown TooFew { get; } = new(ShownKind.TooFew, 0);

    public bool IsExact => Kind == ShownKind.Exact;

    /// <summary>Dutch text for a table cell: "14", "&lt; 5", "afgeschermd", "te weinig gegevens".</summary>
    public string Text(int threshold, string format = "N0") => Kind switch
    {
        ShownKind.Exact => Value.ToString(format, CultureInfo.GetCultureInfo("nl-NL")),
        ShownKind.Small => $"< {threshold}",
        ShownKind.Protected => "afgeschermd",
        _ => "te weinig gegevens",
    };
}
