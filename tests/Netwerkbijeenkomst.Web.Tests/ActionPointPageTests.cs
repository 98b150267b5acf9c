using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The action-point overview filters without script, its forms change a point or say in Dutch why not, and the home page lists the owner's open points.</summary>
public sealed class ActionPointPageTests : IAsyncLifetime
{
    private const string Overview = "/netwerken/utrecht/actiepunten";

    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    private static DateOnly Today => Formatting.DutchFormat.Today(DateTimeOffset.UtcNow);

    [Fact]
    public async Task Overview_FiltersByOwnerCaseAndStatus()
    {
        var ayse = await _demo.UserIdAsync(DemoData.Members[0].Account.Email);
        var (caseId, caseLabel) = await CaseOfAsync(DemoData.Members[0].Account);
        var aboutCase = await AddAsync("Buurthuis vragen naar een bezoekdienst", ayse, Today.AddDays(5), caseId);
        var closed = await AddAsync("Folder ophalen bij de bibliotheek", ayse, Today.AddDays(3), null);
        await Network.CloseActionPointAsync(await CoordinatorAsync(), closed, ActionPointOutcome.Done, null);
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var all = await member.GetPageAsync(Overview);
        var mine = await member.GetPageAsync($"{Overview}?eigenaar={ayse}");
        var mineAll = await member.GetPageAsync($"{Overview}?eigenaar={ayse}&status=alle");
        var forCase = await member.GetPageAsync($"{Overview}?casus={caseId}");
        var done = await member.GetPageAsync($"{Overview}?status=gedaan");
        var nothing = await member.GetPageAsync($"{Overview}?eigenaar={ayse}&status=vervallen");

        Assert.Equal([aboutCase, DemoPoint], Ids(all).Where(id => id == aboutCase || id == DemoPoint || id == closed));
        Assert.Equal([aboutCase], Ids(mine));
        Assert.Equal([closed, aboutCase], Ids(mineAll));
        Assert.Equal([aboutCase], Ids(forCase));
        Assert.Contains(WebUtility.HtmlEncode(caseLabel), forCase, StringComparison.Ordinal);
        Assert.Equal([closed], Ids(done));
        Assert.Contains("Geen actiepunten die bij dit filter passen.", nothing, StringComparison.Ordinal);

        // Each reading is in the access log, as a member's.
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var reads = await db.AccessLog.Where(e => e.ObjectType == "actiepunten" && e.UserId == ayse).ToListAsync();
        Assert.Equal(6, reads.Count);
        Assert.All(reads, e => Assert.Equal(("utrecht", "ingezien", "toegestaan", "vertrouwenspersoon"), (e.NetworkId, e.Action, e.Result, e.Role)));
    }

    [Fact]
    public async Task Coordinator_EditsReassignsMovesAndClosesThroughTheForms()
    {
        var mohamed = await _demo.UserIdAsync(DemoData.Members[1].Account.Email);
        var rinia = await _demo.UserIdAsync(DemoData.Members[2].Account.Email);
        var id = await AddAsync("Gastspreker van de GGZ uitnodigen", mohamed, Today.AddDays(10), null);
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        AssertRedirect(await PostAsync(coordinator, "Edit", id, new() { ["Change.Description"] = "Gastspreker van de GGZ en het buurtteam uitnodigen" }));
        AssertRedirect(await PostAsync(coordinator, "Reassign", id, new() { ["Change.OwnerId"] = rinia }));
        AssertRedirect(await PostAsync(coordinator, "Move", id, new() { ["Change.Due"] = Iso(Today.AddDays(20)), ["Change.Reason"] = "De GGZ kan pas later." }));

        var point = await PointAsync(id);
        Assert.Equal(("Gastspreker van de GGZ en het buurtteam uitnodigen", rinia, Today.AddDays(20)), (point.Point.Description, point.Point.OwnerId, point.Point.Due));
        Assert.Equal("De GGZ kan pas later.", Assert.Single(point.Moves).Reason);
        var page = WebUtility.HtmlDecode(await coordinator.GetPageAsync(Overview));
        Assert.Contains("De GGZ kan pas later.", page, StringComparison.Ordinal);

        AssertRedirect(await PostAsync(coordinator, "Close", id, new() { ["Change.Outcome"] = "NoLongerNeeded", ["Change.Confirmed"] = "true", ["Change.Note"] = "Het thema vervalt." }));
        Assert.Equal(ActionPointStatus.Cancelled, (await PointAsync(id)).Point.Status);
    }

    [Fact]
    public async Task RefusedChanges_AreExplainedInDutch_AndStoreNothing()
    {
        var ayse = await _demo.UserIdAsync(DemoData.Members[0].Account.Email);
        var id = await AddAsync("Taalcafé in de bibliotheek bezoeken", ayse, Today.AddDays(10), null);
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var privacy = await PostAsync(member, "Move", id, new() { ["Change.Due"] = Iso(Today.AddDays(20)), ["Change.Reason"] = "Bel eerst 06-12345678" });
        var noReason = await PostAsync(member, "Move", id, new() { ["Change.Due"] = Iso(Today.AddDays(20)), ["Change.Reason"] = "" });
        var unconfirmed = await PostAsync(member, "Close", id, new() { ["Change.Outcome"] = "Done" });

        Assert.Equal(HttpStatusCode.OK, privacy.StatusCode);
        var html = WebUtility.HtmlDecode(await privacy.Content.ReadAsStringAsync());
        Assert.Contains("Deze tekst bevat een telefoonnummer.", html, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Bel eerst 06-12345678\"", html, StringComparison.Ordinal);
        Assert.Contains("Vul de reden om de datum te verzetten in.", WebUtility.HtmlDecode(await noReason.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("Vink aan dat u dit actiepunt wilt sluiten", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var point = await PointAsync(id);
        Assert.Equal((ActionPointStatus.Open, Today.AddDays(10)), (point.Point.Status, point.Point.Due));
        Assert.Empty(point.Moves);
    }

    [Fact]
    public async Task Owner_MovesAndClosesTheirOwn_ButCannotEditOrReassign_AndOthersCannotTouchIt()
    {
        var ayse = await _demo.UserIdAsync(DemoData.Members[0].Account.Email);
        var id = await AddAsync("Moskeebestuur vragen om een ruimte", ayse, Today.AddDays(10), null);
        using var owner = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        using var other = await SignedInClient.SignInAsync(_factory, DemoData.Members[3].Account.Email);

        AssertForbidden(await PostAsync(owner, "Edit", id, new() { ["Change.Description"] = "Anders" }));
        AssertForbidden(await PostAsync(owner, "Reassign", id, new() { ["Change.OwnerId"] = ayse }));
        AssertForbidden(await PostAsync(other, "Move", id, new() { ["Change.Due"] = Iso(Today.AddDays(20)), ["Change.Reason"] = "Reden" }));
        AssertForbidden(await PostAsync(other, "Close", id, new() { ["Change.Outcome"] = "Done", ["Change.Confirmed"] = "true" }));
        AssertRedirect(await PostAsync(owner, "Move", id, new() { ["Change.Due"] = Iso(Today.AddDays(20)), ["Change.Reason"] = "Het bestuur vergadert later." }));
        AssertRedirect(await PostAsync(owner, "Close", id, new() { ["Change.Outcome"] = "NotDone", ["Change.Confirmed"] = "true" }));
        // The same form sent again (a double click) changes nothing and is no error.
        AssertRedirect(await PostAsync(owner, "Close", id, new() { ["Change.Outcome"] = "NotDone", ["Change.Confirmed"] = "true" }));

        var point = await PointAsync(id);
        Assert.Equal((ActionPointStatus.NotDone, Today.AddDays(20)), (point.Point.Status, point.Point.Due));
    }

    [Fact]
    public async Task HomePage_ListsTheOwnersOpenPoints_WithDutchDueWords_AndALinkToTheOverview()
    {
        var wen = await _demo.UserIdAsync(DemoData.Members[3].Account.Email);
        var soon = await AddAsync("Chinese ouderenvereniging bellen", wen, Today.AddDays(1), null);
        var later = await AddAsync("Rooster voor de koffieochtend maken", wen, Today.AddDays(3), null);
        var closed = await AddAsync("Flyer drukken", wen, Today.AddDays(2), null);
        await Network.CloseActionPointAsync(await CoordinatorAsync(), closed, ActionPointOutcome.Done, null);
        using var owner = await SignedInClient.SignInAsync(_factory, DemoData.Members[3].Account.Email);
        using var someoneElse = await SignedInClient.SignInAsync(_factory, DemoData.Members[4].Account.Email);

        var home = await owner.GetPageAsync("/");
        var otherHome = await someoneElse.GetPageAsync("/");

        Assert.Equal([soon, later], Ids(home));
        Assert.Contains("morgen", home, StringComparison.Ordinal);
        Assert.Contains("over 3 dagen", home, StringComparison.Ordinal);
        Assert.Contains($"/netwerken/utrecht/actiepunten?eigenaar={wen}", home, StringComparison.Ordinal);
        Assert.Contains("U heeft geen open actiepunten.", otherHome, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
        DemoPoint = (await Network.GetActionPointsAsync(await CoordinatorAsync())).Single().Point.Id;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private Guid DemoPoint { get; set; }

    private INetworkGrain Network => _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);

    private Task<Actor> CoordinatorAsync() => _demo.ActorAsync(DemoData.Coordinator);

    private async Task<Guid> AddAsync(string description, string ownerId, DateOnly due, Guid? caseId)
    {
        var id = Guid.NewGuid();
        await Network.AddActionPointAsync(await CoordinatorAsync(), id, description, ownerId, due, null, caseId);
        return id;
    }

    private async Task<ActionPointRecord> PointAsync(Guid id) =>
        (await Network.GetActionPointsAsync(await CoordinatorAsync())).Single(p => p.Point.Id == id);

    private async Task<(Guid Id, string Label)> CaseOfAsync(DemoAccount bringer)
    {
        var meeting = await _demo.MeetingAsync();
        var bringerId = await _demo.UserIdAsync(bringer.Email);
        var item = meeting.Agenda.First(i => i.CaseId.HasValue && i.PresenterId == bringerId);
        var view = await _demo.Grains.GetGrain<ICaseGrain>(item.CaseId!.Value).GetAsync(await CoordinatorAsync());
        return (view.Id, view.Label);
    }

    private static Task<HttpResponseMessage> PostAsync(SignedInClient client, string handler, Guid id, Dictionary<string, string> fields)
    {
        fields["Change.ActionPointId"] = id.ToString();
        return client.PostFormAsync(Overview, $"{Overview}?handler={handler}", fields);
    }

    private static List<Guid> Ids(string html) =>
        [.. System.Text.RegularExpressions.Regex.Matches(html, "class=\"action-point[^\"]*\"[^>]*data-id=\"([0-9a-f-]{36})\"").Select(m => Guid.Parse(m.Groups[1].Value))];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertRedirect(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.StartsWith(Overview, StringComparison.Ordinal),
            $"{response.StatusCode} {response.Headers.Location}");

    private static void AssertForbidden(HttpResponseMessage response) =>
        Assert.Contains("/account/geen-toegang", response.Headers.Location?.OriginalString ?? $"{response.StatusCode}", StringComparison.Ordinal);
}
