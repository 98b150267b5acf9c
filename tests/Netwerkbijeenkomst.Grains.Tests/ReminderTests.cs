using System.Globalization;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Meetings;
using Netwerkbijeenkomst.Grains.Networks;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>
/// The schedule of the reminders, on a fake clock: the test delivers the ticks Orleans would, at the moments that matter,
/// late and twice, and across a restart of every silo; the grains' events show what went out. It has a cluster and a
/// clock of its own (a class fixture, not the shared collection), because it moves time forward.
/// </summary>
public sealed class ReminderTests(GrainsFixture silo) : IClassFixture<GrainsFixture>
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private IGrainFactory Grains => silo.Grains;

    private DateTimeOffset Now => silo.Clock.GetUtcNow();

    [Fact]
    public async Task PublishedMeeting_IsRemindedOnce_FromFortyEightHoursBeforeItsStart()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        var startsAt = Now.AddDays(10);
        var id = await PublishedMeetingAsync(network, startsAt);
        await network.Meeting(id).RespondAsync(network.Member, Rsvp.Maybe);
        Assert.Equal(1, ReminderRows(id.Stream("meeting")));

        MoveTo(startsAt - MeetingGrain.ReminderLead - TimeSpan.FromMinutes(1));
        await TickMeetingAsync(id);
        Assert.Empty(Reminded(id));

        MoveTo(startsAt - MeetingGrain.ReminderLead);
        await TickMeetingAsync(id);
        var reminded = Assert.Single(Reminded(id));
        Assert.Equal(startsAt, reminded.StartsAt);
        Assert.Equal([network.Member.UserId], reminded.Attending.ToArray());
        Assert.Equal([network.OtherMember.UserId], reminded.Unanswered.ToArray());

        // A late tick, and the same tick again, change nothing; the reminder stays until the start, then goes.
        MoveTo(Now.AddHours(5));
        await TickMeetingAsync(id);
        await TickMeetingAsync(id);
        Assert.Single(Reminded(id));
        Assert.Equal(1, ReminderRows(id.Stream("meeting")));

        MoveTo(startsAt);
        await TickMeetingAsync(id);
        Assert.Single(Reminded(id));
        Assert.Equal(0, ReminderRows(id.Stream("meeting")));
    }

    [Fact]
    public async Task MeetingReminder_IsNotSentAgain_AfterEverySiloRestarted()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        var startsAt = Now.AddDays(5);
        var id = await PublishedMeetingAsync(network, startsAt);
        MoveTo(startsAt - MeetingGrain.ReminderLead + TimeSpan.FromMinutes(10));
        await TickMeetingAsync(id);
        Assert.Single(Reminded(id));

        await silo.Cluster.RestartAllSilosAsync();
        await TickMeetingAsync(id);

        Assert.Single(Reminded(id));
        Assert.Equal(1, ReminderRows(id.Stream("meeting")));
    }

    [Fact]
    public async Task MeetingPublishedWithinFortyEightHours_IsRemindedAtOnce_AndOnlyOnce()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        var id = await PublishedMeetingAsync(network, Now.AddHours(30));

        // Orleans fires this one by itself at once, too: both ticks together still make one reminder.
        await TickMeetingAsync(id);
        await TickMeetingAsync(id);

        var reminded = Assert.Single(Reminded(id));
        Assert.Equal(new[] { network.Member.UserId, network.OtherMember.UserId }.Order(StringComparer.Ordinal), reminded.Unanswered);
        Assert.Empty(reminded.Attending);
    }

    [Fact]
    public async Task CancelledMeeting_GetsNoReminder_AndItsTickRemovesIt()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        var startsAt = Now.AddDays(7);
        var id = await PublishedMeetingAsync(network, startsAt);
        await network.Meeting(id).CancelAsync(network.Coordinator, "Te weinig aanmeldingen");

        MoveTo(startsAt - MeetingGrain.ReminderLead);
        await TickMeetingAsync(id);

        Assert.Empty(Reminded(id));
        Assert.Equal(0, ReminderRows(id.Stream("meeting")));
    }

    [Fact]
    public async Task ConceptMeeting_HasNoReminder()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        var id = await network.PlanMeetingAsync(Now.AddDays(3));

        Assert.Equal(0, ReminderRows(id.Stream("meeting")));
        await TickMeetingAsync(id);
        Assert.Empty(Reminded(id));
    }

    [Fact]
    public async Task ActionPoints_AreRemindedOncePerKind_AndNeverWhenClosed()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        Assert.Equal(1, ReminderRows(network.NetworkStream()));
        var today = Today();
        var later = await AddActionPointAsync(network, today.AddDays(5));
        var soon = await AddActionPointAsync(network, today.AddDays(2));
        var closed = await AddActionPointAsync(network, today.AddDays(1));
        await network.Network.CloseActionPointAsync(network.Member, closed, ActionPointOutcome.Done, null);

        await TickNetworkAsync(network);
        await TickNetworkAsync(network);
        var first = Assert.Single(ActionPointReminders(network));
        Assert.Equal([new RemindedActionPoint(soon, network.Member.UserId, today.AddDays(2))], first.DueSoon.ToArray());
        Assert.Empty(first.Overdue);

        // Three days on: the later one is almost due, the soon one is overdue; each once.
        MoveTo(Now.AddDays(3));
        await TickNetworkAsync(network);
        await TickNetworkAsync(network);
        var reminders = ActionPointReminders(network);
        Assert.Equal(2, reminders.Count);
        Assert.Equal([later], reminders[1].DueSoon.Select(a => a.ActionPointId).ToArray());
        Assert.Equal([soon], reminders[1].Overdue.Select(a => a.ActionPointId).ToArray());

        MoveTo(Now.AddDays(3));
        await silo.Cluster.RestartAllSilosAsync();
        await TickNetworkAsync(network);
        await TickNetworkAsync(network);
        reminders = ActionPointReminders(network);
        Assert.Equal(3, reminders.Count);
        Assert.Empty(reminders[2].DueSoon);
        Assert.Equal([later], reminders[2].Overdue.Select(a => a.ActionPointId).ToArray());
        Assert.DoesNotContain(reminders.SelectMany(r => r.DueSoon.Concat(r.Overdue)), a => a.ActionPointId == closed);
    }

    [Fact]
    public async Task ActionPointWithAMovedDueDate_IsRemindedAgainForTheNewDate()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        var point = await AddActionPointAsync(network, Today().AddDays(1));
        await TickNetworkAsync(network);
        await network.Network.MoveActionPointDueDateAsync(network.Member, point, Today().AddDays(10), "De vertaler is ziek.");

        MoveTo(Now.AddDays(7));
        await TickNetworkAsync(network);

        var reminders = ActionPointReminders(network);
        Assert.Equal(2, reminders.Count);
        Assert.Equal(Today().AddDays(3), reminders[1].DueSoon.Single().Due);
    }

    [Fact]
    public async Task WeeklySummary_GoesOutOncePerIsoWeek_FromMondayEightOClock()
    {
        var network = await TestNetwork.CreateAsync(() => Grains);
        var monday = NextMonday();
        var due = await AddActionPointAsync(network, monday.AddDays(2));

        MoveTo(AmsterdamAt(monday, new TimeOnly(7, 59)));
        await TickNetworkAsync(network);
        Assert.Empty(Summaries(network));

        MoveTo(AmsterdamAt(monday, NetworkGrain.RoundAt));
        await TickNetworkAsync(network);
        await TickNetworkAsync(network);
        var summary = Assert.Single(Summaries(network));
        Assert.Equal((ISOWeek.GetYear(monday.ToDateTime(TimeOnly.MinValue)), ISOWeek.GetWeekOfYear(monday.ToDateTime(TimeOnly.MinValue))), (summary.Year, summary.Week));
        Assert.Equal([network.Coordinator.UserId], summary.Coordinators.ToArray());
        Assert.Equal([due], summary.DueThisWeek.ToArray());
        Assert.Empty(summary.Overdue);

        MoveTo(AmsterdamAt(monday.AddDays(2), new TimeOnly(9, 0)));
        await TickNetworkAsync(network);
        Assert.Single(Summaries(network));

        MoveTo(AmsterdamAt(monday.AddDays(7), new TimeOnly(8, 5)));
        await silo.Cluster.RestartAllSilosAsync();
        await TickNetworkAsync(network);
        await TickNetworkAsync(network);
        var summaries = Summaries(network);
        Assert.Equal(2, summaries.Count);
        Assert.Equal([due], summaries[1].Overdue.ToArray());
        Assert.Empty(summaries[1].DueThisWeek);
    }

    private static async Task<Guid> PublishedMeetingAsync(TestNetwork network, DateTimeOffset startsAt)
    {
        var id = await network.PlanMeetingAsync(startsAt);
        var meeting = network.Meeting(id);
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);
        return id;
    }

    private static async Task<Guid> AddActionPointAsync(TestNetwork network, DateOnly due)
    {
        var id = Guid.NewGuid();
        await network.Network.AddActionPointAsync(network.Coordinator, id, "Folder van het buurtteam laten vertalen", network.Member.UserId, due, null, null);
        return id;
    }

    private Task TickMeetingAsync(Guid meetingId) =>
        Grains.TickAsync(Grains.GetGrain<IMeetingGrain>(meetingId), MeetingGrain.AttendanceReminder, Now.UtcDateTime);

    private Task TickNetworkAsync(TestNetwork network) =>
        Grains.TickAsync(network.Network, NetworkGrain.DailyReminder, Now.UtcDateTime);

    private IReadOnlyList<AttendanceReminderDue> Reminded(Guid meetingId) => silo.Database.Events<AttendanceReminderDue>(meetingId.Stream("meeting"));

    private IReadOnlyList<ActionPointRemindersDue> ActionPointReminders(TestNetwork network) => silo.Database.Events<ActionPointRemindersDue>(network.NetworkStream());

    private IReadOnlyList<WeeklySummaryDue> Summaries(TestNetwork network) => silo.Database.Events<WeeklySummaryDue>(network.NetworkStream());

    private long ReminderRows(string grainId) => silo.Database.Scalar("SELECT COUNT(*) FROM Reminders WHERE GrainId = $g", ("$g", grainId));

    private void MoveTo(DateTimeOffset instant)
    {
        Assert.True(instant >= Now, "The fixture's clock only moves forward.");
        silo.Clock.SetUtcNow(instant);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Now, Amsterdam).DateTime);

    private DateOnly NextMonday()
    {
        var today = Today();
        var days = ((int)DayOfWeek.Monday - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 ? 7 : days);
    }

    private static DateTimeOffset AmsterdamAt(DateOnly date, TimeOnly time)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }
}
