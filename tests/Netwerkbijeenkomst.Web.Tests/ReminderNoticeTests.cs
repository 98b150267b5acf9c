using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.Reminders;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>
/// The reminders' mails, from the events the grains commit when their reminders tick: who gets which, of what kind, in
/// Dutch plain text and HTML with relative dates and the right links.
/// </summary>
public sealed class ReminderNoticeTests : IAsyncLifetime
{
    /// <summary>Wednesday 2 December 2026, 09:00 in Amsterdam: the demo's meeting is Tuesday the 8th, 19:30.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly WebAppFactory _factory;
    private DemoWorld _demo = null!;

    public ReminderNoticeTests() => _factory = new WebAppFactory(_clock);

    [Fact]
    public async Task MeetingReminder_GoesToWhoAnsweredYesOrMaybe_AndANudgeWithTheMeetingLinkToWhoDidNot_NotToTheCoordinator()
    {
        var meeting = await _demo.MeetingAsync();
        _clock.SetUtcNow(meeting.StartsAt - TimeSpan.FromHours(47));
        await TickAsync(_demo.Grains.GetGrain<IMeetingGrain>(meeting.Id), "herinnering-48-uur");

        var notices = await NoticesAsync<MeetingReminderNotices, AttendanceReminderDue>();

        var reminded = await UserIdsAsync(DemoData.Members[0].Account, DemoData.Members[1].Account, DemoData.Members[3].Account);
        var nudged = await UserIdsAsync(DemoData.Members[2].Account, DemoData.Members[4].Account, DemoData.Members[5].Account);
        Assert.Equal(reminded.Order(), notices.Where(n => n.Kind == NoticeKind.MeetingReminder).Select(n => n.UserId).Order());
        Assert.Equal(nudged.Order(), notices.Where(n => n.Kind == NoticeKind.RsvpNudge).Select(n => n.UserId).Order());
        Assert.DoesNotContain(await _demo.UserIdAsync(DemoData.Coordinator.Email), notices.Select(n => n.UserId));

        var reminder = notices.First(n => n.Kind == NoticeKind.MeetingReminder);
        Assert.StartsWith($"Herinnering: {meeting.Title}, over 2 dagen", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("dinsdag 8 december 2026, 19:30", reminder.Text, StringComparison.Ordinal);
        var nudge = notices.Single(n => n.UserId == nudged[0]);
        Assert.Contains("Beste Rinia Doekhie,", nudge.Text, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080/bijeenkomsten/{meeting.Id}", nudge.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"http://localhost:5080/bijeenkomsten/{meeting.Id}\">Laat weten of u komt</a>", nudge.Html, StringComparison.Ordinal);
        Assert.Contains("/profiel/meldingen", nudge.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionPointReminder_MailsTheOwner_TheirPointWithARelativeDueDate()
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var owner = await _demo.ActorAsync(DemoData.Members[0].Account);
        var network = _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        await network.AddActionPointAsync(coordinator, Guid.NewGuid(), "Het buurthuis vragen naar een Turkse koffieochtend", owner.UserId, new DateOnly(2026, 12, 4), null, null);

        await TickAsync(network, "dagelijkse-ronde");
        var notices = await NoticesAsync<ActionPointReminderNotices, ActionPointRemindersDue>();

        var notice = Assert.Single(notices);
        Assert.Equal((owner.UserId, NoticeKind.ActionPointReminder), (notice.UserId, notice.Kind));
        Assert.Contains("Het buurthuis vragen naar een Turkse koffieochtend — uiterlijk 4 december 2026 (over 2 dagen)", notice.Text, StringComparison.Ordinal);
        Assert.Contains("<h2>Bijna verlopen</h2>", notice.Html, StringComparison.Ordinal);
        Assert.Contains("http://localhost:5080/netwerken/utrecht/actiepunten", notice.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WeeklySummary_TellsEachCoordinator_WhatIsDue_Overdue_AndWaitingOnInstitutions()
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var network = _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        await network.AddActionPointAsync(coordinator, Guid.NewGuid(), "Tolk regelen voor het huisbezoek", await _demo.UserIdAsync(DemoData.Members[1].Account.Email), new DateOnly(2026, 12, 5), null, null);
        var meeting = await _demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        await _demo.Grains.GetGrain<IMeetingGrain>(meeting.Id)
            .RecordEscalationAsync(coordinator, Guid.NewGuid(), caseId, "ggz-utrecht", "ggz-contact", "Somberheid neemt toe", Urgency.High);

        await TickAsync(network, "dagelijkse-ronde");
        var notices = await NoticesAsync<WeeklySummaryNotices, WeeklySummaryDue>();

        var notice = Assert.Single(notices);
        Assert.Equal((coordinator.UserId, NoticeKind.WeeklySummary), (notice.UserId, notice.Kind));
        Assert.Equal("Weekoverzicht Netwerk Vertrouwenspersonen Utrecht, week 49", notice.Subject);
        Assert.Contains("Tolk regelen voor het huisbezoek — Mohamed Amrani, uiterlijk 5 december 2026 (over 3 dagen)", notice.Text, StringComparison.Ordinal);
        Assert.Contains("Geen verlopen actiepunten.", notice.Text, StringComparison.Ordinal);
        Assert.Contains("bij GGZ Centraal Utrecht (GGZ): gemeld, 0 werkdagen open, 0 werkdagen sinds de laatste stap", notice.Text, StringComparison.Ordinal);
        Assert.Contains("<h2>Wacht op instellingen</h2>", notice.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MeetingReminders_ReachTheOutboxOnce_AndNotWhoTurnedTheirKindOff()
    {
        var meeting = await _demo.MeetingAsync();
        var optedOut = DemoData.Members[4].Account;
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            db.NoticeOptOuts.Add(new NoticeOptOut { UserId = await _demo.UserIdAsync(optedOut.Email), Kind = NoticeKind.RsvpNudge });
            await db.SaveChangesAsync();
        }

        _clock.SetUtcNow(meeting.StartsAt - TimeSpan.FromHours(47));
        await TickAsync(_demo.Grains.GetGrain<IMeetingGrain>(meeting.Id), "herinnering-48-uur");
        await Mailer.SendPendingAsync();
        await TickAsync(_demo.Grains.GetGrain<IMeetingGrain>(meeting.Id), "herinnering-48-uur");
        await Mailer.SendPendingAsync();

        await using var read = await Contexts.CreateDbContextAsync();
        var mails = await read.Outbox.Where(m => m.Subject.StartsWith("Herinnering: ") || m.Subject.StartsWith("Komt u naar ")).ToListAsync();
        Assert.Equal(["ayse@demo.nl", "maria@demo.nl", "mohamed@demo.nl", "rinia@demo.nl", "wen@demo.nl"], mails.Select(m => m.To).Order(StringComparer.Ordinal).ToArray());
        var nudge = mails.Single(m => m.To == "rinia@demo.nl");
        Assert.Equal($"Komt u naar {meeting.Title}?", nudge.Subject);
        Assert.Contains($"http://localhost:5080/bijeenkomsten/{meeting.Id}", nudge.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=", nudge.Html, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>A tick as Orleans' reminder service delivers it; Orleans may deliver its own meanwhile, which changes nothing.</summary>
    private Task TickAsync(IAddressable grain, string reminderName)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return _demo.Grains.GetGrain<IRemindable>(grain.GetGrainId()).ReceiveReminder(reminderName, new TickStatus(now, TimeSpan.FromHours(1), now));
    }

    /// <summary>What the source makes of the newest event of its kind in the log.</summary>
    private async Task<IReadOnlyList<Notice>> NoticesAsync<TSource, TEvent>()
        where TSource : INoticeSource
    {
        // The log answers a batch at a time (its in-memory tail may answer a short one): read until a read is empty.
        var log = _factory.Services.GetRequiredService<IEventLog>();
        var all = new List<LoggedEvent>();
        for (var position = 0L; await log.ReadAfterAsync(position, 100_000) is { Count: > 0 } batch; position = batch[^1].Position)
        {
            all.AddRange(batch);
        }

        var logged = all.Last(e => e.Event is TEvent);
        var source = _factory.Services.GetServices<INoticeSource>().OfType<TSource>().Single();
        Assert.True(source.Handles(logged));
        return await source.NoticesAsync(logged, CancellationToken.None);
    }

    private NoticeMailer Mailer => _factory.Services.GetRequiredService<NoticeMailer>();

    private IDbContextFactory<AppDbContext> Contexts => _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    private async Task<string[]> UserIdsAsync(params DemoAccount[] accounts) =>
        await Task.WhenAll(accounts.Select(a => _demo.UserIdAsync(a.Email)));
}
