using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Listings;
using GrainMinutes = Netwerkbijeenkomst.Grains.Abstractions.Meetings.Minutes;

namespace Netwerkbijeenkomst.Web.MeetingMinutes;

/// <summary>
/// The minutes in Dutch words, with people as the network names them: the one rendering the page, the PDF and the
/// Markdown file all read, so the three never say different things.
/// </summary>
public sealed record MinutesReport(
    Guid MeetingId,
    string NetworkName,
    string Title,
    string Date,
    bool Approved,
    string Status,
    IReadOnlyList<string> Attendees,
    IReadOnlyList<string> Regrets,
    IReadOnlyList<MinutesSection> Sections,
    IReadOnlyList<MinutesLine> OtherActionPoints)
{
    /// <summary>What stands where retention erased a text about a closed case.</summary>
    public const string Erased = "(tekst verwijderd na de bewaartermijn)";

    public const string NothingRecorded = "Geen advies, actiepunten of doorverwijzingen vastgelegd.";

    public static MinutesReport Build(GrainMinutes minutes, NetworkView network)
    {
        ArgumentNullException.ThrowIfNull(minutes);
        ArgumentNullException.ThrowIfNull(network);
        var names = network.Names();
        string Name(string userId) => names.GetValueOrDefault(userId, "onbekend");
        string Institution(string id) => network.SocialMap.FirstOrDefault(i => i.Id == id)?.Name ?? "onbekende instelling";
        string Contact(string institutionId, string contactId) =>
            network.SocialMap.FirstOrDefault(i => i.Id == institutionId)?.Contacts.FirstOrDefault(c => c.Id == contactId)?.Name ?? "onbekende contactpersoon";
        MinutesLine ActionPoint(RecordedActionPoint point) =>
            new("Actiepunt", $"{Text(point.Description)} — {Name(point.OwnerId)}, uiterlijk {DutchFormat.Date(point.Due)}");

        // The chosen advice is already an "Advies" line of the item: the round marks it, it does not repeat it.
        IEnumerable<MinutesLine> RoundLines(MinutesRound round)
        {
            yield return new("Intervisie", round.Closed ? "afgerond" : "niet afgerond");
            if (round.Question is { } question)
            {
                yield return new("Hulpvraag", Text(question));
            }

            foreach (var entry in round.ClarifyingQuestions)
            {
                yield return new("Verhelderende vraag", $"{Name(entry.AuthorId)}: {Text(entry.Text)}");
            }

            foreach (var entry in round.Advice)
            {
                var chosen = round.ChosenEntryIds.Contains(entry.Id) ? " (gekozen)" : "";
                yield return new("Advies uit de ronde", $"{Name(entry.AuthorId)}: {Text(entry.Text)}{chosen}");
            }

            if (!round.Passes.IsEmpty)
            {
                yield return new("Liet de beurt voorbijgaan", string.Join("; ", round.Passes
                    .GroupBy(p => p.Phase)
                    .Select(phase => $"{DutchFormat.Name(phase.Key)}: {string.Join(", ", phase.Select(p => Name(p.UserId)))}")));
            }

            if (round.Reaction is { } reaction)
            {
                yield return new("Reactie", Text(reaction));
            }
        }

        var sections = minutes.Items.Select(item =>
        {
            var lines = new List<MinutesLine>();
            foreach (var advice in item.Advice)
            {
                lines.Add(new("Advies", Text(advice.Advice)));
                if (advice.NextSteps.Length > 0 || advice.Advice.Length == 0)
                {
                    lines.Add(new("Vervolgstappen", Text(advice.NextSteps)));
                }
            }

            lines.AddRange(item.Rounds.SelectMany(RoundLines));
            lines.AddRange(item.ActionPoints.Select(ActionPoint));
            lines.AddRange(item.Escalations.Select(e => new MinutesLine(
                "Doorverwezen",
                $"naar {Institution(e.InstitutionId)} ({Contact(e.InstitutionId, e.ContactPersonId)}), urgentie {DutchFormat.Name(e.Urgency)}: {Text(e.Reason)}")));
            var heading = item.CaseId is null ? item.Title : item.CaseLabel ?? "Casus";
            var byline = item.PresenterId is { } presenter ? $"{(item.CaseId is null ? "Door" : "Ingebracht door")} {Name(presenter)}" : null;
            return new MinutesSection(item.ItemId, item.CaseId is not null, heading, byline, lines, item.Note);
        }).ToList();

        var status = minutes.ApprovedAt is { } approvedAt
            ? $"Vastgesteld op {DutchFormat.DateTime(approvedAt)} door {Name(minutes.ApprovedBy ?? "")}"
            : "Concept: nog niet vastgesteld";
        return new MinutesReport(
            minutes.MeetingId,
            network.Name,
            minutes.Title,
            DutchFormat.DateTime(minutes.StartsAt),
            minutes.ApprovedAt is not null,
            status,
            [.. minutes.Attendees.Select(Name)],
            [.. minutes.SentRegrets.Select(Name)],
            sections,
            [.. minutes.ActionPoints.Where(a => a.CaseId is null).Select(ActionPoint)]);
    }

    private static string Text(string text) => text.Length == 0 ? Erased : text;
}
