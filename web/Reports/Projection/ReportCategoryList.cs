namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// A fixed list of categories that a free text is sorted into by the word stems it contains; what matches none is
/// "anders", an empty text "onbekend". Only the category's number is stored, so no typed text reaches a report table.
/// </summary>
public sealed class ReportCategoryList(IReadOnlyList<(string Label, string[] Stems)> named)
{
    /// <summary>Dutch labels, in category order: the named ones, then "anders" and "onbekend".</summary>
    public IReadOnlyList<string> Labels { get; } = [.. named.Select(n => n.Label), "anders", "onbekend"];

    public int Count => Labels.Count;

    public int Other => named.Count;

    public int Unknown => named.Count + 1;

    /// <summary>The first named category one of whose stems the text contains (case-insensitive), else "anders" or "onbekend".</summary>
    public int Classify(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unknown;
        }

        for (var i = 0; i < named.Count; i++)
        {
            if (named[i].Stems.Any(stem => text.Contains(stem, StringComparison.OrdinalIgnoreCase)))
            {
                return i;
            }
        }

        return Other;
    }

    /// <summary>Every named category any of the texts falls in, as bits; "anders" too when a text matches none.</summary>
    public int Bits(IEnumerable<string> texts)
    {
        var bits = 0;
        foreach (var text in texts)
        {
            var category = Classify(text);
            if (category != Unknown)
            {
                bits |= 1 << category;
            }
        }

        return bits;
    }
}
