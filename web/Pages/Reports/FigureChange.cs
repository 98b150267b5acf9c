using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>
/// How a figure moved since the previous period, in Dutch words. A change is only worked out between two exact
/// values: "&lt; 5" or "afgeschermd" on either side gives no change, so no hidden value can be recovered from it.
/// </summary>
public static class FigureChange
{
    /// <summary>E.g. "Gestegen van 9 (2e kwartaal 2026) naar 14." or "Vorige periode (2e kwartaal 2026): &lt; 5; niet te vergelijken."</summary>
    public static string Describe(Figure figure, int threshold, string previousLabel)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var previous = figure.Previous.Text(threshold, figure.Format);
        if (!figure.Current.IsExact && !figure.Previous.IsExact)
        {
            return $"Niet te vergelijken met {previousLabel}: beide aantallen zijn klein of afgeschermd.";
        }

        if (!figure.Current.IsExact || !figure.Previous.IsExact)
        {
            return $"Vorige periode ({previousLabel}): {previous}; niet te vergelijken.";
        }

        var current = figure.Current.Text(threshold, figure.Format);
        return figure.Current.Value.CompareTo(figure.Previous.Value) switch
        {
            > 0 => $"Gestegen van {previous} ({previousLabel}) naar {current}.",
            < 0 => $"Gedaald van {previous} ({previousLabel}) naar {current}.",
            _ => $"Gelijk gebleven: ook {previous} in de vorige periode ({previousLabel}).",
        };
    }

    /// <summary>A short word for the direction, for a marker that is text and not only colour: "hoger", "lager", "gelijk" or none.</summary>
    public static string? Direction(Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!figure.Current.IsExact || !figure.Previous.IsExact)
        {
            return null;
        }

        return figure.Current.Value.CompareTo(figure.Previous.Value) switch
        {
            > 0 => "hoger",
            < 0 => "lager",
            _ => "gelijk",
        };
    }
}
