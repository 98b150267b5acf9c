using System.Collections.Immutable;
using System.Globalization;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Common;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>
/// The network's daily round, a durable Orleans reminder at 08:00 Europe/Amsterdam: action points due soon or overdue
/// for their owners, and once per ISO week the coordinators' summary. What was reminded of is in the network's events,
/// so a late, repeated or replayed tick commits nothing twice.
/// </summary>
public sealed partial class NetworkGrain : IRemindable
{
    public const string DailyReminder = "dagelijkse-ronde";

    /// <summary>When the round runs, and from when on Monday the week's summary is due, in Amsterdam.</summary>
    public static readonly TimeOnly RoundAt = new(8, 0);

    /// <summary>An open action point due within this many days is "bijna" due.</summary>
    public const int DueSoonDays = 3;

    /// <summary>What the week's summary counts as due: the coming seven days.</summary>
    private const int SummaryDays = 7;

    private const string RoundActor = "systeem";

    // Networks founded before the round existed get it on their first activation; CreateAsync schedules it for new ones.
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await base.OnActivateAsync(cancellationToken);
        if (State.Exists && await this.GetReminder(DailyReminder, cancellationToken) is null)
        {
            await ScheduleDailyRoundAsync();
        }
    }

    /// <summary>Orleans' period is a fixed 24 hours, so after a daylight-saving change the round is set back to 08:00 local.</summary>
    private async Task ScheduleDailyRoundAsync()
    {
        var now = Now;
        var today = AmsterdamTime.Today(time);
        var next = AmsterdamTime.At(today, RoundAt);
        if (next <= now)
        {
            next = AmsterdamTime.At(today.AddDays(1), RoundAt);
        }

        await this.RegisterOrUpdateReminder(DailyReminder, next - now, TimeSpan.FromDays(1));
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != DailyReminder)
        {
            return;
        }

        if (!State.Exists)
        {
            if (await this.GetReminder(DailyReminder) is { } reminder)
            {
                await this.UnregisterReminder(reminder);
            }

            return;
        }

        var now = Now;
        var local = AmsterdamTime.Local(now);
        var today = DateOnly.FromDateTime(local);
        var events = new List<NetworkEvent>();
        if (DueActionPointReminders(today) is { } reminders)
        {
            events.Add(reminders);
        }

        if (DueWeeklySummary(local, today) is { } summary)
        {
            events.Add(summary);
        }

        if (events.Count > 0)
        {
            await CommitAsync([.. events]);
        }

        // TimeOnly's difference wraps past midnight: 07:00 − 08:00 is 23 hours.
        if ((TimeOnly.FromDateTime(local) - RoundAt).TotalMinutes is > 30 and < (24 * 60) - 30)
        {
            await ScheduleDailyRoundAsync();
        }
    }

    private ActionPointRemindersDue? DueActionPointReminders(DateOnly today)
    {
        var open = State.ActionPoints.Where(a => a.Status == ActionPointStatus.Open).ToList();
        ImmutableArray<RemindedActionPoint> dueSoon =
        [
            .. open.Where(a => a.Due >= today && a.Due.DayNumber - today.DayNumber <= DueSoonDays && State.DueSoonRemindedFor.GetValueOrDefault(a.Id) != a.Due)
                .Select(Reminded),
        ];
        ImmutableArray<RemindedActionPoint> overdue =
        [
            .. open.Where(a => a.Due < today && State.OverdueRemindedFor.GetValueOrDefault(a.Id) != a.Due).Select(Reminded),
        ];
        return dueSoon.IsEmpty && overdue.IsEmpty ? null : new ActionPointRemindersDue(today, dueSoon, overdue, RoundActor, Now);
    }

    private WeeklySummaryDue? DueWeeklySummary(DateTime local, DateOnly today)
    {
        var year = ISOWeek.GetYear(local);
        var week = ISOWeek.GetWeekOfYear(local);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, week, DayOfWeek.Monday));
        if ((year * 100) + week <= State.LastSummaryWeek || local < monday.ToDateTime(RoundAt))
        {
            return null;
        }

        var open = State.ActionPoints.Where(a => a.Status == ActionPointStatus.Open).ToList();
        return new WeeklySummaryDue(
            year,
            week,
            [.. State.Coordinators.Select(c => c.UserId)],
            [.. open.Where(a => a.Due >= today && a.Due.DayNumber - today.DayNumber <= SummaryDays).OrderBy(a => a.Due).Select(a => a.Id)],
            [.. open.Where(a => a.Due < today).OrderBy(a => a.Due).Select(a => a.Id)],
            [.. State.OpenEscalations.Where(e => e.Status != EscalationStatus.ReturnedToNetwork).Select(e => e.EscalationId)],
            RoundActor,
            Now);
    }

    private static RemindedActionPoint Reminded(ActionPoint point) => new(point.Id, point.OwnerId, point.Due);
}
