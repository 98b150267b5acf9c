using System.Text.Json;
using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>
/// A chart's data as the JSON the browser's chart module reads from a &lt;script type="application/json"&gt; data island.
/// A point's value is written only when it is exact; any other point goes out as its kind alone, so the page never
/// carries a hidden count, not even in its source.
/// </summary>
public static class ChartIsland
{
    public static string Json(FigureChart chart, int threshold)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var data = new
        {
            key = chart.Key,
            title = chart.Title,
            kind = chart.Kind == ChartKind.Line ? "line" : "bar",
            labels = chart.Labels,
            series = chart.Series.Select(s => new
            {
                label = s.Label,
                points = s.Points.Select(p => p.IsExact
                    ? (object)new { kind = "exact", value = p.Value }
                    : new { kind = KindWord(p.Kind), text = p.Text(threshold) }),
            }),
        };

        // The default encoder escapes <, > and &, so a label cannot close the script element.
        return JsonSerializer.Serialize(data);
    }

    private static string KindWord(ShownKind kind) => kind switch
    {
        ShownKind.Small => "small",
        ShownKind.Protected => "protected",
        _ => "too-few",
    };
}
