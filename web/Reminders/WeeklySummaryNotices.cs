using System.Globalization;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>
/// The Monday mail to each coordinator: what is due this week, what is overdue, and what waits on institutions, with the
/// working-day ages the follow-up page shows. The event names what it holds; what was settled since is left out.
/// </summary>
internal sealed class WeeklySummaryNotices(IGrainFactory grains, Recipients recipients) : INoticeSource
{
    public string Name => "weekoverzicht";

    public bool Handles(LoggedEvent logged) => logged?.Event is WeeklySummaryDue;

    public async Task<IReadOnlyList<Notice>> NoticesAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        var due = (WeeklySummaryDue)logged.Event;
        var network = grains.GetGrain<INetworkGrain>(logged.Key);
        var names = await recipients.NamesAsync(due.Coordinators, cancellationToken);
        var networkName = await recipients.NetworkNameAsync(logged.Key, cancellationToken);
        var today = DutchFormat.Today(due.At);
        var pages = $"{recipients.BaseUrl}/netwerken/{Uri.EscapeDataString(logged.Key)}";
        var notices = new List<Notice>();
        foreach (var coordinator in due.Coordinators.Where(names.ContainsKey))
        {
            var actor = new Actor(coordinator);
            NetworkView view;
            FollowUp followUp;
            try
            {
                view = await network.GetAsync(actor);
                followUp = await network.GetFollowUpAsync(actor);
            }
            catch (NotAllowedException)
            {
                continue;
            }

            var people = view.Names();
            var open = view.ActionPoints.Where(a => a.Status == ActionPointStatus.Open).ToDictionary(a => a.Id);
            string Point(ActionPoint p) =>
                $"{ActionPointReminderNotices.Description(p)} — {people.GetValueOrDefault(p.OwnerId, "onbekend")}, uiterlijk {DutchFormat.Date(p.Due)} ({DutchFormat.Relative(p.Due, today)})";
            var dueLines = due.DueThisWeek.Where(open.ContainsKey).Select(id => Point(open[id])).ToList();
            var overdueLines = due.Overdue.Where(open.ContainsKey).Select(id => Point(open[id])).ToList();
            var waiting = followUp.Escalations
                .Where(f => due.WaitingEscalations.Contains(f.Escalation.EscalationId))
                .Select(Waiting)
                .ToList();

            notices.Add(new ReminderMail(names[coordinator])
                .Paragraph($"Het weekoverzicht van {networkName} voor week {due.Week.ToString(CultureInfo.InvariantCulture)}.")
                .List("Deze week uiterlijk", dueLines, "Geen actiepunten die deze week af moeten.")
                .List("Verlopen", overdueLines, "Geen verlopen actiepunten.")
                .List("Wacht op instellingen", waiting, "Geen lopende doorverwijzingen.")
                .Link("Naar de actiepunten", $"{pages}/actiepunten")
                .Link("Naar de opvolging van doorverwijzingen", $"{pages}/opvolging")
                .To(coordinator, $"Weekoverzicht {networkName}, week {due.Week.ToString(CultureInfo.InvariantCulture)}", NoticeKind.WeeklySummary, recipients.BaseUrl));
        }

        return notices;
    }

    private static string Waiting(FollowUpEscalation f) =>
        $"{f.Escalation.CaseLabel} bij {f.InstitutionName} ({DutchFormat.Name(f.Kind)}): {DutchFormat.Name(f.Escalation.Status)}, "
        + $"{Days(f.WorkingDaysOpen)} open, {Days(f.WorkingDaysSinceStep)} sinds de laatste stap"
        + (f.Escalation.Stalled ? $"; staat stil (reactietermijn {Days(f.ResponseDays)})" : "");

    private static string Days(int count) => count == 1 ? "1 werkdag" : $"{count.ToString(CultureInfo.InvariantCulture)} werkdagen";
}
