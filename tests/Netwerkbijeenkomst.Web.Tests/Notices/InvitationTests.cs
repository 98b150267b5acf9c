using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Ical.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Notices;

/// <summary>Publishing and cancelling mail every participant once, with a calendar entry a real iCalendar parser reads.</summary>
public sealed partial class InvitationTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task Publishing_MailsEveryParticipant_AnInvitationWhoseCalendarParses()
    {
        var meeting = await _demo.MeetingAsync();
        await SendPendingAsync();

        var invitations = await MailsAsync($"Uitnodiging: {meeting.Title}");
        var participants = await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetParticipantsAsync();
        Assert.Equal(participants.Length, invitations.Count);

        var ayse = invitations.Single(m => m.Mail.To == "ayse@demo.nl");
        Assert.Contains($"/bijeenkomsten/{meeting.Id}?antwoord=ja#reactie", ayse.Mail.Body, StringComparison.Ordinal);
        Assert.Contains("Opening", ayse.Mail.Html!, StringComparison.Ordinal);
        var calendar = Calendar.Load(Ics(ayse.Attachments.Single(a => a.FileName == "uitnodiging.ics")))!;
        Assert.Equal("REQUEST", calendar.Method);
        var entry = Assert.Single(calendar.Events);
        Assert.Equal($"{meeting.Id:N}@netwerkbijeenkomst", entry.Uid);
        Assert.Equal(0, entry.Sequence);
        Assert.Equal(meeting.StartsAt.UtcDateTime, entry.DtStart!.AsUtc);
        Assert.Equal(meeting.EndsAt.UtcDateTime, entry.DtEnd!.AsUtc);
        Assert.Equal("mailto:ayse@demo.nl", Assert.Single(entry.Attendees).Value!.ToString());
        Assert.NotNull(entry.Organizer);

        var coordinator = invitations.Single(m => m.Mail.To == DemoData.Coordinator.Email);
        Assert.DoesNotContain("antwoord=", coordinator.Mail.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvitationMails_AreSentOnce_EvenWhenTheMailerStartsOverFromTheBeginning()
    {
        var meeting = await _demo.MeetingAsync();
        await SendPendingAsync();
        var before = (await MailsAsync($"Uitnodiging: {meeting.Title}")).Count;

        // As after a crash before the checkpoint moved: a new mailer asks every event again, and the once-only keys hold.
        await using (var db = await Contexts.CreateDbContextAsync())
        {
            await db.Database.ExecuteSqlAsync($"""UPDATE "Checkpoints" SET "Position" = 0 WHERE "Name" = {NoticeMailer.CheckpointName}""");
        }

        var restarted = ActivatorUtilities.CreateInstance<NoticeMailer>(_factory.Services);
        await restarted.SendPendingAsync();

        Assert.Equal(before, (await MailsAsync($"Uitnodiging: {meeting.Title}")).Count);
        Assert.True(before > 0);
    }

    [Fact]
    public async Task CancellingAPublishedMeeting_SendsACancellationOfTheSameEntry_AndAConceptSendsNothing()
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var published = await PlanAsync("Extra bijeenkomst", publish: true);
        var concept = await PlanAsync("Bijeenkomst in concept", publish: false);
        await _demo.Grains.GetGrain<IMeetingGrain>(published).CancelAsync(coordinator, "De zaal is niet beschikbaar.");
        await _demo.Grains.GetGrain<IMeetingGrain>(concept).CancelAsync(coordinator, "Toch niet nodig.");
        await SendPendingAsync();

        var cancellation = (await MailsAsync("Afgelast: Extra bijeenkomst")).Single(m => m.Mail.To == "mohamed@demo.nl");
        Assert.Contains("De zaal is niet beschikbaar.", cancellation.Mail.Body, StringComparison.Ordinal);
        var calendar = Calendar.Load(Ics(cancellation.Attachments.Single()))!;
        Assert.Equal("CANCEL", calendar.Method);
        var entry = Assert.Single(calendar.Events);
        Assert.Equal(($"{published:N}@netwerkbijeenkomst", "CANCELLED"), (entry.Uid, entry.Status));
        Assert.Empty(await MailsAsync("Afgelast: Bijeenkomst in concept"));
        Assert.Empty(await MailsAsync("Uitnodiging: Bijeenkomst in concept"));
    }

    [Fact]
    public async Task MovingAndAnnouncingAgendaChanges_UpdateTheSameCalendarEntry_WithARisingSequence()
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var meetingId = await PlanAsync("Bijeenkomst die verandert", publish: true);
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(meetingId);
        var before = await meeting.GetInvitationAsync();
        await SendPendingAsync();
        await meeting.AddAgendaItemAsync(coordinator, Guid.NewGuid(), AgendaItemKind.Theme, "Thema: mantelzorg", 30, coordinator.UserId, null);
        await meeting.AnnounceAgendaChangesAsync(coordinator, Guid.NewGuid());
        await SendPendingAsync();
        await meeting.MoveAsync(coordinator, before.StartsAt.AddHours(1), before.EndsAt.AddHours(1), "De zaal is pas later vrij.");
        await SendPendingAsync();

        var changed = (await MailsAsync("Agenda gewijzigd: Bijeenkomst die verandert")).Single(m => m.Mail.To == "ayse@demo.nl");
        Assert.Contains("Nieuw: “Thema: mantelzorg”", changed.Mail.Body, StringComparison.Ordinal);
        var moved = (await MailsAsync("Verplaatst: Bijeenkomst die verandert")).Single(m => m.Mail.To == "ayse@demo.nl");
        Assert.Contains("De zaal is pas later vrij.", moved.Mail.Body, StringComparison.Ordinal);
        var first = Calendar.Load(Ics((await MailsAsync("Uitnodiging: Bijeenkomst die verandert")).Single(m => m.Mail.To == "ayse@demo.nl").Attachments.Single()))!.Events.Single();
        var second = Calendar.Load(Ics(changed.Attachments.Single()))!.Events.Single();
        var third = Calendar.Load(Ics(moved.Attachments.Single()))!;
        Assert.Equal("REQUEST", third.Method);
        Assert.Equal((first.Uid, first.Uid), (second.Uid, third.Events.Single().Uid));
        Assert.True(first.Sequence < second.Sequence && second.Sequence < third.Events.Single().Sequence, $"{first.Sequence}, {second.Sequence}, {third.Events.Single().Sequence}");
        Assert.Equal(before.StartsAt.AddHours(1).UtcDateTime, third.Events.Single().DtStart!.AsUtc);
        Assert.Contains("Thema: mantelzorg", third.Events.Single().Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheInvitationsAnswerLink_FillsInTheAnswer_ButOnlyAPressSavesIt()
    {
        var meetingId = await _demo.MeetingIdAsync();
        using var jerome = await SignedInClient.SignInAsync(_factory, "jerome@demo.nl");

        var page = await jerome.GetPageAsync($"/bijeenkomsten/{meetingId}?antwoord=nee");

        Assert.Matches(CheckedAnswer("No"), page);
        Assert.Contains("Bevestig die", page, StringComparison.Ordinal);
        var meeting = await _demo.MeetingAsync();
        Assert.False(meeting.Rsvps.ContainsKey(await _demo.UserIdAsync("jerome@demo.nl")));
    }

    [Fact]
    public async Task CalendarFeed_ListsMyNetworksPublishedMeetings_AndStopsWorkingWhenRevoked()
    {
        var meeting = await _demo.MeetingAsync();
        var concept = await PlanAsync("Nog niet gepubliceerd", publish: false);
        using var ayse = await SignedInClient.SignInAsync(_factory, "ayse@demo.nl");
        await ayse.PostFormAsync("/profiel/meldingen", "/profiel/meldingen?handler=Feed", []);
        var url = FeedUrl().Match(await ayse.GetPageAsync("/profiel/meldingen")).Groups[1].Value;
        var path = new Uri(url).AbsolutePath;
        using var anonymous = _factory.CreateClient();

        var feed = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, feed.StatusCode);
        Assert.Equal("text/calendar", feed.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await feed.Content.ReadAsStringAsync())!;
        Assert.Equal("PUBLISH", calendar.Method);
        var uids = calendar.Events.Select(e => e.Uid).ToList();
        Assert.Contains($"{meeting.Id:N}@netwerkbijeenkomst", uids);
        Assert.DoesNotContain($"{concept:N}@netwerkbijeenkomst", uids);
        Assert.DoesNotContain("Hanna", await ayse.GetPageAsync("/profiel/meldingen"), StringComparison.Ordinal);

        var unconfirmed = await ayse.PostFormAsync("/profiel/meldingen", "/profiel/meldingen?handler=RevokeFeed", []);
        Assert.Contains("Vink aan dat u uw agenda-abonnement wilt stopzetten.", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(path)).StatusCode);
        await ayse.PostFormAsync("/profiel/meldingen", "/profiel/meldingen?handler=RevokeFeed", new() { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(path)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync("/agenda/geraden.ics")).StatusCode);
    }

    [Fact]
    public async Task TurningAReminderOff_IsKept_AndShownUnticked()
    {
        using var rinia = await SignedInClient.SignInAsync(_factory, "rinia@demo.nl");

        await rinia.PostFormAsync("/profiel/meldingen", "/profiel/meldingen?handler=Mail", new() { ["Receive"] = nameof(NoticeKind.WeeklySummary) });

        var userId = await _demo.UserIdAsync("rinia@demo.nl");
        await using var db = await Contexts.CreateDbContextAsync();
        var off = await db.NoticeOptOuts.Where(o => o.UserId == userId).Select(o => o.Kind).OrderBy(k => k).ToListAsync();
        Assert.Equal([NoticeKind.MeetingReminder, NoticeKind.RsvpNudge, NoticeKind.ActionPointReminder], off);
        var page = await rinia.GetPageAsync("/profiel/meldingen");
        Assert.Matches(Checkbox(nameof(NoticeKind.WeeklySummary), ticked: true), page);
        Assert.Matches(Checkbox(nameof(NoticeKind.MeetingReminder), ticked: false), page);
    }

    public async Task InitializeAsync()
    {
        using var client = _factory.CreateClient();
        _demo = new DemoWorld(_factory);
        await _demo.MeetingIdAsync();
    }

    public Task DisposeAsync() => _factory.DisposeAsync().AsTask();

    private IDbContextFactory<AppDbContext> Contexts => _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

    private Task SendPendingAsync() => _factory.Services.GetRequiredService<NoticeMailer>().SendPendingAsync();

    private async Task<Guid> PlanAsync(string title, bool publish)
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var dates = await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetNextMeetingDatesAsync(6);
        var startsAt = dates[Random.Shared.Next(2, dates.Length)].AddHours(Random.Shared.Next(-12, 12));
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(Guid.NewGuid());
        await meeting.PlanAsync(coordinator, DemoData.NetworkId, title, startsAt, startsAt.AddMinutes(90));
        if (publish)
        {
            await meeting.AddAgendaItemAsync(coordinator, Guid.NewGuid(), AgendaItemKind.Opening, "Opening", 10, coordinator.UserId, null);
            await meeting.PublishAsync(coordinator);
        }

        return meeting.GetPrimaryKey();
    }

    private async Task<List<(OutboxMessage Mail, List<OutboxAttachment> Attachments)>> MailsAsync(string subjectStart)
    {
        await using var db = await Contexts.CreateDbContextAsync();
        var mails = await db.Outbox.Where(m => m.Subject.StartsWith(subjectStart)).ToListAsync();
        var ids = mails.Select(m => m.Id).ToList();
        var attachments = await db.OutboxAttachments.Where(a => ids.Contains(a.MessageId)).ToListAsync();
        return [.. mails.Select(m => (m, attachments.Where(a => a.MessageId == m.Id).ToList()))];
    }

    private static string Ics(OutboxAttachment attachment)
    {
        Assert.StartsWith("text/calendar; method=", attachment.ContentType, StringComparison.Ordinal);
        return Encoding.UTF8.GetString(attachment.Content);
    }

    private static Regex CheckedAnswer(string value) => new($"<input[^>]*value=\"{value}\"[^>]*checked|<input[^>]*checked[^>]*value=\"{value}\"");

    private static Regex Checkbox(string kind, bool ticked) =>
        new($"<input type=\"checkbox\" name=\"Receive\" value=\"{kind}\"{(ticked ? " checked=\"checked\"" : "")} aria-describedby");

    [GeneratedRegex("id=\"feed-url\" type=\"text\" readonly value=\"([^\"]+)\"")]
    private static partial Regex FeedUrl();
}
