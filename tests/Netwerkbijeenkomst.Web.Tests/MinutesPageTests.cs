using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Notifications;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The minutes page and its files: the coordinator's draft, notes and approval; members read the approved minutes; PDF and Markdown; the mail.</summary>
public sealed class MinutesPageTests : IAsyncLifetime
{
    private const string Advice = "Samen met haar naar de huisarts gaan.";
    private const string Note = "Besloten: Ayşe vraagt de buurvrouw om hulp *vandaag*.";

    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task Draft_IsTheCoordinators_MembersSeeAnEmptyState_UntilItIsApproved()
    {
        var (meetingId, _, _) = await ClosedMeetingAsync();
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[1].Account.Email);

        var draft = WebUtility.HtmlDecode(await coordinator.GetPageAsync($"/bijeenkomsten/{meetingId}/verslag"));
        var waiting = await member.GetPageAsync($"/bijeenkomsten/{meetingId}/verslag");

        Assert.Contains("Concept: nog niet vastgesteld", draft, StringComparison.Ordinal);
        Assert.Contains(Advice, draft, StringComparison.Ordinal);
        Assert.Contains("Ayşe Kaya", draft, StringComparison.Ordinal);
        Assert.Contains("id=\"minutes-empty\"", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain(Advice, waiting, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync($"/bijeenkomsten/{meetingId}/verslag.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/bijeenkomsten/{meetingId}/verslag.pdf")).StatusCode);
        Assert.Contains("Verslag nakijken en vaststellen", await coordinator.GetPageAsync($"/bijeenkomsten/{meetingId}"), StringComparison.Ordinal);
        Assert.Contains("Het verslag volgt", await member.GetPageAsync($"/bijeenkomsten/{meetingId}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Note_IsSaved_AndOneWithPersonalData_IsShownMarked_AndNothingIsStored()
    {
        var (meetingId, _, caseItem) = await ClosedMeetingAsync();
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var page = $"/bijeenkomsten/{meetingId}/verslag";
        var action = $"{page}?handler=Note&itemId={caseItem}";

        var saved = await coordinator.PostFormAsync(page, action, new() { ["note"] = Note });
        var refused = await coordinator.PostFormAsync(page, action, new() { ["note"] = "Ayşe gaat langs op de Kanaalstraat 12." });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith($"#item-{caseItem:N}", saved.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("<mark data-kind=\"address\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", html, StringComparison.Ordinal);
        var minutes = await _demo.Grains.GetGrain<IMeetingGrain>(meetingId).GetMinutesAsync(await _demo.ActorAsync(DemoData.Coordinator));
        Assert.Equal(Note, minutes.Items.Single(i => i.ItemId == caseItem).Note);
    }

    [Fact]
    public async Task Approve_AsksForTheTick_ThenFixesTheMinutes_ForMembersToRead()
    {
        var (meetingId, _, caseItem) = await ClosedMeetingAsync();
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[1].Account.Email);
        var page = $"/bijeenkomsten/{meetingId}/verslag";
        await coordinator.PostFormAsync(page, $"{page}?handler=Note&itemId={caseItem}", new() { ["note"] = Note });

        var unticked = await coordinator.PostFormAsync(page, $"{page}?handler=Approve", []);
        Assert.Equal(HttpStatusCode.OK, unticked.StatusCode);
        Assert.Contains("Vink aan dat u het verslag hebt nagelezen.", await unticked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await _demo.Grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).MinutesApprovedAt);

        var approved = await coordinator.PostFormAsync(page, $"{page}?handler=Approve", new() { ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var read = WebUtility.HtmlDecode(await member.GetPageAsync(page));
        Assert.Contains("Vastgesteld op", read, StringComparison.Ordinal);
        Assert.Contains(Advice, read, StringComparison.Ordinal);
        Assert.Contains(Note, read, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"note\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"note\"", await coordinator.GetPageAsync(page), StringComparison.Ordinal);
        Assert.Contains("Verslag lezen", await member.GetPageAsync($"/bijeenkomsten/{meetingId}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"/bijeenkomsten/{meetingId}/verslag\"", await member.GetPageAsync($"/bijeenkomsten/{meetingId}/live"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pdf_HoldsTheMinutes_AsPdftotextReadsThem()
    {
        var (meetingId, caseId, caseItem) = await ClosedMeetingAsync();
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(meetingId);
        var coordinatorActor = await _demo.ActorAsync(DemoData.Coordinator);
        await meeting.WriteMinutesNoteAsync(coordinatorActor, caseItem, Note);
        await meeting.ApproveMinutesAsync(coordinatorActor);
        var label = (await meeting.GetMinutesAsync(coordinatorActor)).Items.Single(i => i.CaseId == caseId).CaseLabel!;
        var description = (await _demo.Grains.GetGrain<ICaseGrain>(caseId).GetAsync(coordinatorActor)).Details.Situation;
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[1].Account.Email);

        var response = await member.GetAsync($"/bijeenkomsten/{meetingId}/verslag.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.StartsWith("verslag-", response.Content.Headers.ContentDisposition.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var text = Normalize(await Pdftotext.ReadAsync(await response.Content.ReadAsByteArrayAsync()));
        Assert.Contains("Verslag: Extra netwerkbijeenkomst", text, StringComparison.Ordinal);
        Assert.Contains("Vastgesteld op", text, StringComparison.Ordinal);
        Assert.Contains("Ayşe Kaya", text, StringComparison.Ordinal);
        Assert.Contains(label, text, StringComparison.Ordinal);
        Assert.Contains($"Advies: {Advice}", text, StringComparison.Ordinal);
        Assert.Contains("Notitie: " + Note, text, StringComparison.Ordinal);
        Assert.Contains("Doorverwezen: naar GGZ Centraal Utrecht (Esther de Wit)", text, StringComparison.Ordinal);
        Assert.Contains("pagina 1 van 1", text, StringComparison.Ordinal);
        Assert.DoesNotContain(description, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Draft_ShowsTheIntervisieRound_UnderItsCase_WithTheChosenAdviceMarked_AndWhoPassed()
    {
        var view = await _demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(view.Id);
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var presenter = await _demo.ActorAsync(DemoData.Members[0].Account);
        var asker = await _demo.ActorAsync(DemoData.Members[1].Account);
        var passer = await _demo.ActorAsync(DemoData.Members[2].Account);
        foreach (var actor in new[] { coordinator, presenter, asker, passer })
        {
            await meeting.JoinAsync(actor);
        }

        await meeting.GoToItemAsync(coordinator, view.Agenda.ToList().FindIndex(i => i.CaseId.HasValue));
        var round = Guid.NewGuid();
        await meeting.StartRoundAsync(coordinator, round, [], minutes: 5);
        await meeting.PostRoundEntryAsync(presenter, round, Guid.NewGuid(), "Hoe krijgen we haar naar de huisarts?");
        await meeting.AdvanceRoundAsync(coordinator, round, RoundPhase.Clarifying, null);
        await meeting.PostRoundEntryAsync(asker, round, Guid.NewGuid(), "Spreekt zij Nederlands?");
        await meeting.PassRoundTurnAsync(passer, round, RoundPhase.Clarifying, passer.UserId);
        await meeting.AdvanceRoundAsync(coordinator, round, RoundPhase.Advice, 10);
        var chosen = Guid.NewGuid();
        await meeting.PostRoundEntryAsync(asker, round, chosen, "Een tolk regelen bij de huisarts.");
        await meeting.PostRoundEntryAsync(passer, round, Guid.NewGuid(), "Eerst de familie erbij halen.");
        await meeting.AdvanceRoundAsync(coordinator, round, RoundPhase.Reaction, null);
        await meeting.PostRoundEntryAsync(presenter, round, Guid.NewGuid(), "Ik probeer de tolk.");
        await meeting.CloseRoundAsync(coordinator, round, Guid.NewGuid(), [chosen], "");
        await meeting.CloseAsync(coordinator);
        using var client = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var draft = Normalize(WebUtility.HtmlDecode(Regex.Replace(await client.GetPageAsync($"/bijeenkomsten/{view.Id}/verslag"), "<[^>]+>", " ")));

        Assert.Contains("Intervisie afgerond", draft, StringComparison.Ordinal);
        Assert.Contains("Hulpvraag Hoe krijgen we haar naar de huisarts?", draft, StringComparison.Ordinal);
        Assert.Contains($"Verhelderende vraag {DemoData.Members[1].Account.Name}: Spreekt zij Nederlands?", draft, StringComparison.Ordinal);
        Assert.Contains($"Advies uit de ronde {DemoData.Members[1].Account.Name}: Een tolk regelen bij de huisarts. (gekozen)", draft, StringComparison.Ordinal);
        Assert.Contains($"Advies uit de ronde {DemoData.Members[2].Account.Name}: Eerst de familie erbij halen.", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("Eerst de familie erbij halen. (gekozen)", draft, StringComparison.Ordinal);
        Assert.Contains($"Liet de beurt voorbijgaan verhelderende vragen: {DemoData.Members[2].Account.Name}", draft, StringComparison.Ordinal);
        Assert.Contains("Reactie Ik probeer de tolk.", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Markdown_HoldsTheMinutes_WithTypedMarkupEscaped()
    {
        var (meetingId, _, caseItem) = await ClosedMeetingAsync();
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(meetingId);
        var coordinatorActor = await _demo.ActorAsync(DemoData.Coordinator);
        await meeting.WriteMinutesNoteAsync(coordinatorActor, caseItem, Note);
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var response = await coordinator.GetAsync($"/bijeenkomsten/{meetingId}/verslag.md");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith("-concept.md", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName, StringComparison.Ordinal);
        var markdown = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Verslag: Extra netwerkbijeenkomst\n", markdown, StringComparison.Ordinal);
        Assert.Contains("Concept: nog niet vastgesteld", markdown, StringComparison.Ordinal);
        Assert.Contains($"- **Advies:** {Advice}", markdown, StringComparison.Ordinal);
        Assert.Contains(@"**Notitie:** Besloten: Ayşe vraagt de buurvrouw om hulp \*vandaag\*.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovedMinutes_AreMailedOnce_ToEveryParticipant_AsALink_WithoutWhatWasSaid()
    {
        var (meetingId, _, _) = await ClosedMeetingAsync();
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(meetingId);
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var mailer = _factory.Services.GetRequiredService<NoticeMailer>();
        await mailer.SendPendingAsync();
        Assert.Empty(await MinutesMailsAsync());

        await meeting.ApproveMinutesAsync(coordinator);
        await meeting.ApproveMinutesAsync(coordinator);
        await mailer.SendPendingAsync();
        await mailer.SendPendingAsync();

        var mails = await MinutesMailsAsync();
        var participants = await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetParticipantsAsync();
        Assert.Equal(participants.Length, mails.Count);
        Assert.Equal(participants.Length, mails.Select(m => m.To).Distinct().Count());
        var mohamed = mails.Single(m => m.To == DemoData.Members[1].Account.Email);
        Assert.StartsWith("Beste Mohamed Amrani,", mohamed.Body, StringComparison.Ordinal);
        Assert.Contains($"http://localhost:5080/bijeenkomsten/{meetingId}/verslag", mohamed.Body, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"http://localhost:5080/bijeenkomsten/{meetingId}/verslag\">Verslag lezen</a>", mohamed.Html!, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.DoesNotContain(Advice, m.Body + m.Html, StringComparison.Ordinal));
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var ids = mails.Select(m => m.Id).ToList();
        Assert.False(await db.OutboxAttachments.AnyAsync(a => ids.Contains(a.MessageId)));
    }

    [Fact]
    public async Task ReadingAndDownloading_AreLogged_PerFormat_AndARefusedReadingToo()
    {
        var (meetingId, _, _) = await ClosedMeetingAsync();
        await _demo.Grains.GetGrain<IMeetingGrain>(meetingId).ApproveMinutesAsync(await _demo.ActorAsync(DemoData.Coordinator));
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[1].Account.Email);
        using var outsider = await SignedInClient.SignInAsync(_factory, DemoData.OtherCoordinator.Email);
        var memberId = await _demo.UserIdAsync(DemoData.Members[1].Account.Email);
        var outsiderId = await _demo.UserIdAsync(DemoData.OtherCoordinator.Email);

        await member.GetPageAsync($"/bijeenkomsten/{meetingId}/verslag");
        await member.GetAsync($"/bijeenkomsten/{meetingId}/verslag.pdf");
        await member.GetAsync($"/bijeenkomsten/{meetingId}/verslag.md");
        await outsider.GetAsync($"/bijeenkomsten/{meetingId}/verslag.pdf");

        var lines = Lines();
        Assert.Contains($"{memberId}|vertrouwenspersoon|utrecht|verslag|{meetingId}|ingezien|toegestaan", lines);
        Assert.Contains($"{memberId}|vertrouwenspersoon|utrecht|verslag|{meetingId}|geëxporteerd (PDF)|toegestaan", lines);
        Assert.Contains($"{memberId}|vertrouwenspersoon|utrecht|verslag|{meetingId}|geëxporteerd (.md)|toegestaan", lines);
        Assert.Contains($"{outsiderId}|geen||verslag|{meetingId}|geëxporteerd (PDF)|geweigerd", lines);
        Assert.DoesNotContain(lines, l => l.Contains(Advice, StringComparison.Ordinal));
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    // pdftotext breaks lines where the PDF does; the test reads the text as one run of words.
    private static string Normalize(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A meeting of its own with Ayşe's case, attended by the coordinator and Ayşe, with advice and an escalation; closed.</summary>
    private async Task<(Guid Meeting, Guid Case, Guid CaseItem)> ClosedMeetingAsync()
    {
        var view = await _demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(view.Id);
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var item = view.Agenda.Single(i => i.CaseId.HasValue);
        var caseId = item.CaseId!.Value;
        await meeting.JoinAsync(coordinator);
        await meeting.JoinAsync(await _demo.ActorAsync(DemoData.Members[0].Account));
        await meeting.RecordAdviceAsync(coordinator, Guid.NewGuid(), caseId, Advice, "Ayşe belt de praktijk.");
        await meeting.RecordEscalationAsync(coordinator, Guid.NewGuid(), caseId, "ggz-utrecht", "ggz-contact", "Somberheid neemt toe", Urgency.High);
        await meeting.CloseAsync(coordinator);
        return (view.Id, caseId, item.Id);
    }

    private async Task<List<OutboxMessage>> MinutesMailsAsync()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Outbox.AsNoTracking().Where(m => m.Subject == "Verslag vastgesteld: Extra netwerkbijeenkomst").ToListAsync();
    }

    private List<string> Lines() => AccessLogLines.Read(_factory);
}
