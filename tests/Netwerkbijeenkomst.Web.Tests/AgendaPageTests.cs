using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The agenda builder works with plain forms, refuses bad input storing nothing, and shows guests, time and pending changes.</summary>
public sealed class AgendaPageTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task MeetingPage_NamesTheThemeEveningsGuest_AndShowsThePlannedTime()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var page = await member.GetPageAsync($"/bijeenkomsten/{await _demo.MeetingIdAsync()}");

        Assert.Contains("Thema-avond: het buurtteam Noordoost stelt zich voor", page, StringComparison.Ordinal);
        Assert.Contains("gast: Buurtteam Noordoost (Youssef Benali)", page, StringComparison.Ordinal);
        Assert.Contains("Gepland: 120 minuten van de 120 minuten die de bijeenkomst duurt.", page, StringComparison.Ordinal);
        Assert.Contains("Reactie opslaan", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coordinator_IsNotAskedToRsvp_AndARsvpSentAnywayIsRefusedInDutch()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var meetingId = await _demo.MeetingIdAsync();
        var path = $"/bijeenkomsten/{meetingId}";

        var page = await coordinator.GetPageAsync(path);
        var response = await coordinator.PostFormAsync(path, $"{path}?handler=Rsvp", new() { ["Answer"] = "No" });

        Assert.DoesNotContain("Reactie opslaan", page, StringComparison.Ordinal);
        Assert.Contains("u hoeft zich niet aan of af te melden", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("u hoeft zich niet aan of af te melden", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(await _demo.UserIdAsync(DemoData.Coordinator.Email), (await _demo.MeetingAsync()).Rsvps.Keys);
        Assert.DoesNotContain("U heeft nog niet gereageerd", await coordinator.GetPageAsync("/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnItem_WithBadInput_ShowsTheDutchMessage_AndStoresNothing_AndTheSameFormTwiceAddsOnce()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var meetingId = await PlanEmptyMeetingAsync();
        var path = $"/bijeenkomsten/{meetingId}/agenda";
        Assert.Contains("De agenda is nog leeg.", await coordinator.GetPageAsync(path), StringComparison.Ordinal);
        var itemId = Guid.NewGuid().ToString();
        Dictionary<string, string> Item(string minutes, string guest = "") => new()
        {
            ["Input.ItemId"] = itemId,
            ["Input.Kind"] = nameof(AgendaItemKind.Theme),
            ["Input.Title"] = "Voorlichting over de Wmo",
            ["Input.Minutes"] = minutes,
            ["Input.Presenter"] = "",
            ["Input.GuestName"] = guest,
        };

        var tooShort = await coordinator.PostFormAsync(path, $"{path}?handler=Add", Item("0"));
        var withPhone = await coordinator.PostFormAsync(path, $"{path}?handler=Add", Item("30", "Gast, bel 06-12345678"));

        Assert.Contains("Plan 1 tot 240 minuten voor een agendapunt.", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var refused = await withPhone.Content.ReadAsStringAsync();
        Assert.Contains("id=\"privacy-guestName\"", refused, StringComparison.Ordinal);
        Assert.Contains("value=\"Gast, bel 06-12345678\"", refused, StringComparison.Ordinal);
        Assert.Empty((await Meeting(meetingId)).Agenda);

        await coordinator.PostFormAsync(path, $"{path}?handler=Add", Item("30", "Mevrouw Bakker, Wmo-consulent"));
        await coordinator.PostFormAsync(path, $"{path}?handler=Add", Item("30", "Mevrouw Bakker, Wmo-consulent"));

        var item = Assert.Single((await Meeting(meetingId)).Agenda);
        Assert.Equal(("Voorlichting over de Wmo", 30, "Mevrouw Bakker, Wmo-consulent"), (item.Title, item.PlannedMinutes, item.Guest?.Name));
    }

    [Fact]
    public async Task ChangesAfterPublication_AreShownOnTheMeetingPage_UntilTheCoordinatorSendsThem()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var meetingId = await PlanEmptyMeetingAsync();
        var actor = await _demo.ActorAsync(DemoData.Coordinator);
        var meeting = _demo.Grains.GetGrain<IMeetingGrain>(meetingId);
        var theme = Guid.NewGuid();
        await meeting.AddAgendaItemAsync(actor, theme, AgendaItemKind.Theme, "Thema-avond met de GGZ", 60, null, null, AgendaGuest.FromSocialMap("ggz-utrecht", "ggz-contact"));
        await meeting.PublishAsync(actor);
        var path = $"/bijeenkomsten/{meetingId}/agenda";

        await coordinator.PostFormAsync(path, $"{path}?handler=Edit", new()
        {
            ["Input.ItemId"] = theme.ToString(),
            ["Input.Kind"] = nameof(AgendaItemKind.Theme),
            ["Input.Title"] = "Thema-avond met de GGZ",
            ["Input.Minutes"] = "100",
            ["Input.Presenter"] = "contact|ggz-utrecht|ggz-contact",
        });
        var meetingPage = WebUtility.HtmlDecode(await coordinator.GetPageAsync($"/bijeenkomsten/{meetingId}"));

        Assert.Contains("Gewijzigd: “Thema-avond met de GGZ”: 100 minuten (was 60).", meetingPage, StringComparison.Ordinal);
        Assert.Contains("gast: GGZ Centraal Utrecht (Esther de Wit)", meetingPage, StringComparison.Ordinal);
        Assert.Contains("Let op: de agenda duurt 10 minuten langer dan de bijeenkomst.", meetingPage, StringComparison.Ordinal);
        var sent = await coordinator.PostFormAsync($"/bijeenkomsten/{meetingId}", $"{path}?handler=Announce", new() { ["announcementId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Empty(await meeting.GetPendingAgendaChangesAsync(actor));
        Assert.Contains("De genodigden kennen de agenda zoals hij nu is.", await coordinator.GetPageAsync($"/bijeenkomsten/{meetingId}"), StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task RemovingAnItem_WithoutTheTick_IsRefused_AndRemovesNothing_WithItRemovesIt()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var meetingId = await PlanEmptyMeetingAsync();
        var itemId = Guid.NewGuid();
        await _demo.Grains.GetGrain<IMeetingGrain>(meetingId).AddAgendaItemAsync(await _demo.ActorAsync(DemoData.Coordinator), itemId, AgendaItemKind.Opening, "Opening", 10, null, null);
        var path = $"/bijeenkomsten/{meetingId}/agenda";

        var refused = await coordinator.PostFormAsync(path, $"{path}?handler=Remove", new() { ["itemId"] = itemId.ToString() });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Vink “Ja, verwijderen” aan", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Single((await Meeting(meetingId)).Agenda);
        var removed = await coordinator.PostFormAsync(path, $"{path}?handler=Remove", new() { ["itemId"] = itemId.ToString(), ["confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty((await Meeting(meetingId)).Agenda);
    }

    private async Task<Guid> PlanEmptyMeetingAsync()
    {
        var startsAt = (await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetNextMeetingDatesAsync(3)).Max();
        var id = Guid.NewGuid();
        await _demo.Grains.GetGrain<IMeetingGrain>(id).PlanAsync(await _demo.ActorAsync(DemoData.Coordinator), DemoData.NetworkId, "Thema-avond", startsAt, startsAt.AddMinutes(90));
        return id;
    }

    private async Task<MeetingView> Meeting(Guid id) => await _demo.Grains.GetGrain<IMeetingGrain>(id).GetAsync(await _demo.ActorAsync(DemoData.Coordinator));
}
