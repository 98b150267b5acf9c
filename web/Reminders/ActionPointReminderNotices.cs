using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>
/// Mails each owner named in the daily round's event their points: almost due and overdue, in one mail. The texts are
/// read as the owner, from the network that keeps them; someone who left the network, or whose points were all settled
/// meanwhile, gets none.
/// </summary>
internal sealed class ActionPointReminderNotices(IGrainFactory grains, Recipients recipients) : INoticeSource
{
    public string Name => "herinnering-actiepunten";

    public bool Handles(LoggedEvent logged) => logged?.Event is ActionPointRemindersDue;

    public async Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var due = (ActionPointRemindersDue)logged.Event;
        var network = grains.GetGrain<INetworkGrain>(logged.Key);
        var owners = due.DueSoon.Concat(due.Overdue).Select(a => a.OwnerId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var names = await recipients.NamesAsync(owners, cancellationToken);
        var networkName = await recipients.NetworkNameAsync(logged.Key, cancellationToken);
        var notices = new List<Notice>();
        foreach (var owner in owners.Where(names.ContainsKey))
        {
            ImmutableArray<ActionPointRecord> points;
            try
            {
                points = await network.GetActionPointsAsync(new Actor(owner));
            }
            catch (NotAllowedException)
            {
                continue;
            }

            var open = points.Where(p => p.Point.Status == ActionPointStatus.Open).ToDictionary(p => p.Point.Id, p => p.Point);
            var soon = Lines(due.DueSoon, owner, open, due.Today);
            var overdue = Lines(due.Overdue, owner, open, due.Today);
            if (soon.Count == 0 && overdue.Count == 0)
            {
                continue;
            }

            var mail = new ReminderMail(names[owner]).Paragraph($"Een herinnering aan uw actiepunten bij {networkName}.");
            if (overdue.Count > 0)
            {
                mail.List("Verlopen", overdue, "");
            }

            if (soon.Count > 0)
            {
                mail.List("Bijna verlopen", soon, "");
            }

            notices.Add(mail
                .Paragraph("Is een actiepunt klaar, of hebt u meer tijd nodig? Zet het op gedaan of verzet de datum, met de reden.")
                .Link("Naar de actiepunten", $"{recipients.BaseUrl}/netwerken/{Uri.EscapeDataString(logged.Key)}/actiepunten")
                .To(owner, overdue.Count > 0 ? $"Verlopen actiepunten bij {networkName}" : $"Actiepunten bijna verlopen bij {networkName}", NoticeKind.ActionPointReminder, recipients.BaseUrl));
        }

        return notices;
    }

    // Relative dates from DutchFormat (the switch to Humanizer.Core.nl changes them there), counted from the round's day.
    private static List<string> Lines(ImmutableArray<RemindedActionPoint> reminded, string owner, Dictionary<Guid, ActionPoint> open, DateOnly today) =>
        [.. reminded
            .Where(a => a.OwnerId == owner && open.ContainsKey(a.ActionPointId))
            .Select(a => open[a.ActionPointId])
            .OrderBy(p => p.Due)
            .Select(p => $"{Description(p)} — uiterlijk {DutchFormat.Date(p.Due)} ({DutchFormat.Relative(p.Due, today)})")];

    /// <summary>A point whose case passed its retention period has lost its text; it is still the owner's to settle.</summary>
    internal static string Description(ActionPoint point) => point.Description.Length == 0 ? "(tekst gewist na de bewaartermijn)" : point.Description;
}
