using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>The agenda a monthly meeting usually follows (domain.md), with one item per submitted case.</summary>
internal static class DraftAgenda
{
    public const int MinutesPerCase = 20;

    public static ImmutableArray<AgendaItem> Assemble(OpenItems open, string coordinatorId)
    {
        var items = ImmutableArray.CreateBuilder<AgendaItem>();
        items.Add(Item(AgendaItemKind.Opening, "Opening", 5, coordinatorId));
        items.Add(Item(AgendaItemKind.Announcements, "Mededelingen", 10, coordinatorId));
        if (!open.ActionPoints.IsEmpty || !open.Escalations.IsEmpty)
        {
            items.Add(Item(AgendaItemKind.ActionPointsLastTime, "Actiepunten en doorverwijzingen van vorige keer", 10, coordinatorId));
        }

        foreach (var submission in open.SubmittedCases.OrderBy(s => s.Label, StringComparer.Ordinal))
        {
            items.Add(new AgendaItem(Guid.NewGuid(), AgendaItemKind.Case, submission.Label, MinutesPerCase, submission.BringerId, submission.CaseId));
        }

        items.Add(Item(AgendaItemKind.AnyOtherBusiness, "Rondvraag", 10, coordinatorId));
        items.Add(Item(AgendaItemKind.Closing, "Sluiting", 5, coordinatorId));
        return items.ToImmutable();
    }

    private static AgendaItem Item(AgendaItemKind kind, string title, int minutes, string presenterId) =>
        new(Guid.NewGuid(), kind, title, minutes, presenterId, null);
}
