using Humanizer.Localisation;
using Humanizer.Localisation.Formatters;

namespace Netwerkbijeenkomst.Web.Formatting;

/// <summary>Humanizer's relative dates in Dutch ("over 3 dagen", "gisteren"): its Dutch language pack is not in the feed.</summary>
internal sealed class DutchDateFormatter() : DefaultFormatter("nl")
{
    public override string DateHumanize_Now() => "nu";

    public override string DateHumanize_Never() => "nooit";

    public override string DateHumanize(TimeUnit timeUnit, Tense timeUnitTense, int unit)
    {
        if (timeUnit == TimeUnit.Day && unit == 1)
        {
            return timeUnitTense == Tense.Future ? "morgen" : "gisteren";
        }

        var amount = $"{unit} {Noun(timeUnit, unit)}";
        return timeUnitTense == Tense.Future ? $"over {amount}" : $"{amount} geleden";
    }

    private static string Noun(TimeUnit unit, int count) => (unit, count == 1) switch
    {
        (TimeUnit.Millisecond, true) => "milliseconde",
        (TimeUnit.Millisecond, false) => "milliseconden",
        (TimeUnit.Second, true) => "seconde",
        (TimeUnit.Second, false) => "seconden",
        (TimeUnit.Minute, true) => "minuut",
        (TimeUnit.Minute, false) => "minuten",
        (TimeUnit.Hour, _) => "uur",
        (TimeUnit.Day, true) => "dag",
        (TimeUnit.Day, false) => "dagen",
        (TimeUnit.Week, true) => "week",
        (TimeUnit.Week, false) => "weken",
        (TimeUnit.Month, true) => "maand",
        (TimeUnit.Month, false) => "maanden",
        (TimeUnit.Year, _) => "jaar",
        _ => unit.ToString(),
    };
}
