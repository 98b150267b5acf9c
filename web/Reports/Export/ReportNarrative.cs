using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.Reports.Export;

/// <summary>
/// A short Dutch narrative from a report's figures: "Het aantal besproken casussen steeg van 9 naar 14." A change is
/// only told when both periods are exact; a figure that is not exact is named among the protected ones, never compared.
/// </summary>
public static class ReportNarrative
{
    /// <summary>The most figure sentences the narrative tells, besides the value of the work and what was protected.</summary>
    public const int MaxFigures = 8;

    /// <summary>The section whose hours and money make the sentence on the value of the work.</summary>
    public const string ValueSection = "value";

    /// <summary>
    /// The figures worth a sentence, most important first (the municipality's questions: reach, the network, the way
    /// to care). A report without these keys gets the first count of each section instead.
    /// </summary>
    public static readonly ImmutableArray<string> PreferredKeys =
    [
        "meetings-held", "attendance", "cases-discussed", "escalations", "days-to-care", "cases-closed",
        "action-points-done", "members-active", "communities-reached", "institutions-new",
    ];

    public static ImmutableArray<string> Compose(ImmutableArray<FigureSection> sections, ReportPeriod period, ReportPeriod previous)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(previous);
        if (sections.IsDefaultOrEmpty)
        {
            return [];
        }

        var sentences = ImmutableArray.CreateBuilder<string>();
        var small = new List<string>();
        var tooFew = new List<string>();
        foreach (var figure in Chosen(sections))
        {
            var subject = Subject(figure);
            if (figure.Current.Kind == ShownKind.TooFew)
            {
                tooFew.Add(Lower(subject));
            }
            else if (!figure.Current.IsExact)
            {
                small.Add(Lower(subject));
            }
            else
            {
                sentences.Add(Change(figure, subject));
            }
        }

        if (ValueOfWork(sections) is { } value)
        {
            sentences.Add(value);
        }

        if (small.Count > 0)
        {
            sentences.Add($"Kleine aantallen zijn afgeschermd; daarom noemen we hier niet {List(small)}.");
        }

        if (tooFew.Count > 0)
        {
            sentences.Add($"Er zijn te weinig gegevens voor {List(tooFew)}.");
        }

        if (sentences.Count > 0)
        {
            sentences.Insert(0, $"Deze samenvatting vergelijkt {period.Label} met {previous.Label}.");
        }

        return sentences.ToImmutable();
    }

    private static IEnumerable<Figure> Chosen(ImmutableArray<FigureSection> sections)
    {
        var figures = sections
            .Where(s => s.Key != ValueSection && !s.Figures.IsDefaultOrEmpty)
            .SelectMany(s => s.Figures)
            .ToList();
        var preferred = PreferredKeys
            .Select(key => figures.FirstOrDefault(f => f.Key == key))
            .OfType<Figure>()
            .ToList();
        if (preferred.Count > 0)
        {
            return preferred.Take(MaxFigures);
        }

        return sections
            .Where(s => s.Key != ValueSection && !s.Figures.IsDefaultOrEmpty)
            .Select(s => s.Figures.FirstOrDefault(f => f.Format == "N0") ?? s.Figures[0])
            .Take(MaxFigures);
    }

    private static string Change(Figure figure, string subject)
    {
        var now = Text(figure.Current, figure.Format);
        if (!figure.Previous.IsExact)
        {
            // The previous value is hidden, so no direction is told: "steeg" would say which side of it the value lies.
            return $"{subject} was {now}; met de vorige periode is dit niet te vergelijken, omdat kleine aantallen zijn afgeschermd.";
        }

        var before = Text(figure.Previous, figure.Format);
        if (now == before)
        {
            return $"{subject} bleef gelijk ({now}).";
        }

        var verb = figure.Current.Value > figure.Previous.Value ? "steeg" : "daalde";
        return $"{subject} {verb} van {before} naar {now}.";
    }

    private static string? ValueOfWork(ImmutableArray<FigureSection> sections)
    {
        var section = sections.FirstOrDefault(s => s.Key == ValueSection);
        if (section is null || section.Figures.IsDefaultOrEmpty)
        {
            return null;
        }

        var money = section.Figures.FirstOrDefault(f => f.Format.StartsWith('C'));
        var hours = section.Figures.FirstOrDefault(f => f != money
            && (f.Label.Contains("uur", StringComparison.OrdinalIgnoreCase) || f.Label.Contains("uren", StringComparison.OrdinalIgnoreCase)));
        var hoursText = hours is { Current.IsExact: true } ? Text(hours.Current, hours.Format) : null;
        var moneyText = money is { Current.IsExact: true } ? Text(money.Current, money.Format) : null;
        return (hoursText, moneyText) switch
        {
            (not null, not null) => $"De vertrouwenspersonen gaven samen {hoursText} uur aan het werk; tegen het ingestelde uurtarief is dat naar schatting {moneyText} waard.",
            (not null, null) => $"De vertrouwenspersonen gaven samen {hoursText} uur aan het werk.",
            (null, not null) => $"Het werk van de vertrouwenspersonen is tegen het ingestelde uurtarief naar schatting {moneyText} waard.",
            _ => null,
        };
    }

    // "Besproken casussen" → "Het aantal besproken casussen"; "Opkomst" → "De opkomst"; a label with its own article stays.
    private static string Subject(Figure figure)
    {
        var label = figure.Label.Trim();
        if (label.StartsWith("De ", StringComparison.Ordinal) || label.StartsWith("Het ", StringComparison.Ordinal))
        {
            return label;
        }

        if (label.StartsWith("Aantal ", StringComparison.OrdinalIgnoreCase))
        {
            return "Het " + Lower(label);
        }

        return (figure.Format == "N0" ? "Het aantal " : "De ") + Lower(label);
    }

    // Lower-cases the first letter unless the word is an abbreviation in capitals (GGZ, POH).
    private static string Lower(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;

    private static string List(List<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items[..^1]) + " en " + items[^1];

    // Figures here are shown without a threshold: Text only formats exact values, which is all this is called with.
    private static string Text(Shown shown, string format) => shown.Text(threshold: 0, format);
}
