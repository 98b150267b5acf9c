using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Agenda;

/// <summary>
/// One change of the published agenda in a Dutch sentence, for the meeting page and for the mail "wat is er veranderd".
/// Places are counted from 1, as people count.
/// </summary>
public static class AgendaChangeText
{
    public static string Describe(AgendaChange change, AgendaPeople people)
    {
        ArgumentNullException.ThrowIfNull(people);
        return change switch
        {
            AgendaItemAddedChange added => $"Nieuw: “{added.Added.Title}” ({Details(added.Added, people)}), op plaats {added.Position + 1}.",
            AgendaItemRemovedChange removed => $"Vervallen: “{removed.Removed.Title}”.",
            AgendaItemMovedChange moved => $"Verplaatst: “{moved.Moved.Title}”, van plaats {moved.From + 1} naar plaats {moved.To + 1}.",
            AgendaItemEditedChange edited => $"Gewijzigd: “{edited.After.Title}”: {string.Join("; ", Differences(edited.Before, edited.After, people))}.",
            _ => throw new ArgumentOutOfRangeException(nameof(change), change?.GetType().Name, "Unknown agenda change."),
        };
    }

    private static string Details(AgendaItem item, AgendaPeople people) =>
        string.Join(", ", new[] { DutchFormat.Name(item.Kind), $"{item.PlannedMinutes} min.", people.Presenter(item) }.Where(p => p.Length > 0));

    private static IEnumerable<string> Differences(AgendaItem before, AgendaItem after, AgendaPeople people)
    {
        if (before.Title != after.Title)
        {
            yield return $"heette “{before.Title}”";
        }

        if (before.Kind != after.Kind)
        {
            yield return $"nu {DutchFormat.Name(after.Kind)} (was {DutchFormat.Name(before.Kind)})";
        }

        if (before.PlannedMinutes != after.PlannedMinutes)
        {
            yield return $"{after.PlannedMinutes} minuten (was {before.PlannedMinutes})";
        }

        if (before.PresenterId != after.PresenterId || before.Guest != after.Guest)
        {
            var now = people.Presenter(after);
            yield return now.Length == 0 ? $"geen presentator meer (was {people.Presenter(before)})" : $"nu {now}";
        }
    }
}
