using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Notices;

/// <summary>
/// The coordinator's month on a fake clock, as the members' mailboxes see it: the invitation when the meeting is
/// published, the reminder and the nudge 48 hours before and not earlier, the minutes after the meeting, and the
/// action point's reminders three days before it is due and after. Every mail arrives once.
/// </summary>
public sealed class MonthScenarioTests : IAsyncLifetime
{
    /// <summary>Monday 4 January 2027, 09:00 in Amsterdam.</summary>
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2027, 1, 4, 8, 0, 0, TimeSpan.Zero));
    private readonly WebAppFactory _factory;
    private DemoWorld _demo = null!;

    public MonthScenarioTests() => _factory = new WebAppFactory(_clock);

    [Fact]
    public async Task AMonth_PlanPublishRemindMeetApproveFollowUp_MailsEachStepOnce_AtItsMoment()
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var ayse = await _demo.ActorAsync(DemoData.Members[0].Account);
        var mohamed = await _demo.ActorAsync(DemoData.Members[1].Account);
        var network = _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);

        // Plan on the next free date of the rule, build the agenda, publish: everyone is invited once.
        var startsAt = (await network.GetNextMeetingDatesAsync(1))[0];
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(Guid.NewGuid());
        const string Title = "Netwerkbijeenkomst februari";
        await meeting.PlanAsync(coordinator, DemoData.NetworkId, Title, startsAt, startsAt.AddHours(2));
        await meeting.AssembleDraftAgendaAsync(coordinator);
        await meeting.PublishAsync(coordinator);
        await SendAsync();
        var participants = await network.GetParticipantsAsync();
        Assert.Equal(participants.Length, (await MailsAsync($"Uitnodiging: {Title}")).Count);
        await meeting.RespondAsync(ayse, Rsvp.Yes);
        await meeting.RespondAsync(mohamed, Rsvp.No);

        // 49 hours before: nothing yet. 47 hours before: the reminder to who comes, a nudge to who did not answer.
        _clock.SetUtcNow(startsAt - TimeSpan.FromHours(49));
        await TickAsync(meeting, "herinnering-48-uur");
        await SendAsync();
        Assert.Empty(await MailsAsync($"Herinnering: {Title}"));
        Assert.Empty(await MailsAsync($"Komt u naar {Title}?"));
        _clock.SetUtcNow(startsAt - TimeSpan.FromHours(47));
        await TickAsync(meeting, "herinnering-48-uur");
        await SendAsync();
        await TickAsync(meeting, "herinnering-48-uur");
        await SendAsync();
        Assert.Equal(["ayse@demo.nl"], (await MailsAsync($"Herinnering: {Title}")).Select(m => m.To));
        var nudged = (await MailsAsync($"Komt u naar {Title}?")).Select(m => m.To).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(["jerome@demo.nl", "maria@demo.nl", "rinia@demo.nl", "wen@demo.nl"], nudged);

        // The evening itself: started on its day without an override, an action point for Ayşe, closed.
        _clock.SetUtcNow(startsAt - TimeSpan.FromMinutes(10));
        await meeting.StartAsync(coordinator);
        await meeting.JoinAsync(ayse);
        var dueDate = DateOnly.FromDateTime(startsAt.UtcDateTime).AddDays(7);
        await meeting.RecordActionPointAsync(coordinator, Guid.NewGuid(), "Het buurthuis vragen naar een ruimte voor de koffieochtend", ayse.UserId, dueDate, null);
        await meeting.CloseAsync(coordinator);

        // Minutes: approved the next morning, mailed to the members.
        _clock.SetUtcNow(startsAt + TimeSpan.FromHours(14));
        await meeting.ApproveMinutesAsync(coordinator);
        await SendAsync();
        Assert.Contains("ayse@demo.nl", (await MailsAsync("Verslag")).Select(m => m.To));

        // Three days before the due date the owner is reminded; after it, once more as overdue.
        _clock.SetUtcNow(new DateTimeOffset(dueDate.AddDays(-4).ToDateTime(new TimeOnly(7, 30)), TimeSpan.Zero));
        await TickAsync(network, "dagelijkse-ronde");
        await SendAsync();
        Assert.Empty(await MailsAsync("Actiepunten bijna verlopen", "ayse@demo.nl"));
        _clock.SetUtcNow(new DateTimeOffset(dueDate.AddDays(-3).ToDateTime(new TimeOnly(7, 30)), TimeSpan.Zero));
        await TickAsync(network, "dagelijkse-ronde");
        await SendAsync();
        await TickAsync(network, "dagelijkse-ronde");
        await SendAsync();
        var soon = Assert.Single(await MailsAsync("Actiepunten bijna verlopen", "ayse@demo.nl"));
        Assert.Contains("Het buurthuis vragen naar een ruimte voor de koffieochtend", soon.Body, StringComparison.Ordinal);
        _clock.SetUtcNow(new DateTimeOffset(dueDate.AddDays(1).ToDateTime(new TimeOnly(7, 30)), TimeSpan.Zero));
        await TickAsync(network, "dagelijkse-ronde");
        await SendAsync();
        var overdue = Assert.Single(await MailsAsync("Verlopen actiepunten", "ayse@demo.nl"));
        Assert.Contains("Het buurthuis vragen naar een ruimte voor de koffieochtend", overdue.Body, StringComparison.Ordinal);

        // Through the whole month, one invitation each: nothing was sent twice.
        Assert.Equal(participants.Length, (await MailsAsync($"Uitnodiging: {Title}")).Count);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Task SendAsync() => _factory.Services.GetRequiredService<NoticeMailer>().SendPendingAsync();

    /// <summary>A tick as Orleans' reminder service delivers it at the fake clock's time.</summary>
    private Task TickAsync(IAddressable grain, string reminderName)
    {
        var now = _clock.GetUtcNow().UtcDateTime;
        return _demo.Grains.GetGrain<IRemindable>(grain.GetGrainId()).ReceiveReminder(reminderName, new TickStatus(now, TimeSpan.FromHours(1), now));
    }

    private async Task<List<Web.Mail.OutboxMessage>> MailsAsync(string subjectStart, string? to = null)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Outbox.Where(m => m.Subject.StartsWith(subjectStart) && (to == null || m.To == to)).OrderBy(m => m.Id).ToListAsync();
    }
}
