using System.Net;
using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The case page's time form: the bringer and coordinators log quarter hours; everyone in the network sees only the total.</summary>
public sealed partial class CaseHoursPageTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task Bringer_LogsTime_AndADoubleSubmitOfTheSameFormCountsOnce()
    {
        var caseId = await AyseCaseAsync();
        var path = $"/casussen/{caseId}";
        using var bringer = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        var form = await bringer.GetPageAsync(path);
        Assert.Contains("Er is nog geen tijd geschreven op deze casus.", form, StringComparison.Ordinal);
        var fields = new Dictionary<string, string>
        {
            ["Hours.EntryId"] = EntryId(form),
            ["Hours.QuarterHours"] = "5",
            ["Hours.Day"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

        var first = await bringer.PostFormAsync(path, $"{path}?handler=Hours", new(fields));
        var again = await bringer.PostFormAsync(path, $"{path}?handler=Hours", new(fields));

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (first.StatusCode, again.StatusCode));
        Assert.Contains("In totaal 1 uur 15 minuten besteed.", WebUtility.HtmlDecode(await bringer.GetPageAsync(path)), StringComparison.Ordinal);
        Assert.Equal(5, (await Case(caseId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).QuarterHoursSpent);
    }

    [Fact]
    public async Task TheConfirmation_SurvivesTheLiveSectionsFetch_ThatCanComeBeforeTheRedirectIsShown()
    {
        var caseId = await AyseCaseAsync();
        var path = $"/casussen/{caseId}";
        using var bringer = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        var form = await bringer.GetPageAsync(path);

        var saved = await bringer.PostFormAsync(path, $"{path}?handler=Hours", new()
        {
            ["Hours.EntryId"] = EntryId(form),
            ["Hours.QuarterHours"] = "2",
            ["Hours.Day"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        // The page's live escalations section refreshes itself with the same cookies, here before the redirect is followed.
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await bringer.GetAsync($"{path}?handler=Escalations")).StatusCode);
        Assert.Contains("De tijd is opgeslagen: 30 minuten.", WebUtility.HtmlDecode(await bringer.GetPageAsync(path)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TimeForm_WithoutATime_OnADayInTheFuture_OrLongerThanADay_ExplainsWhy_AndStoresNothing()
    {
        var caseId = await AyseCaseAsync();
        var path = $"/casussen/{caseId}";
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var day = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var noTime = await coordinator.PostFormAsync(path, $"{path}?handler=Hours", new() { ["Hours.EntryId"] = Guid.NewGuid().ToString(), ["Hours.Day"] = day });
        var noDay = await coordinator.PostFormAsync(path, $"{path}?handler=Hours", new() { ["Hours.EntryId"] = Guid.NewGuid().ToString(), ["Hours.QuarterHours"] = "4", ["Hours.Day"] = "gisteren" });
        var future = await coordinator.PostFormAsync(path, $"{path}?handler=Hours", new()
        {
            ["Hours.EntryId"] = Guid.NewGuid().ToString(),
            ["Hours.QuarterHours"] = "4",
            ["Hours.Day"] = Today.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });
        var tooLong = await coordinator.PostFormAsync(path, $"{path}?handler=Hours", new() { ["Hours.EntryId"] = Guid.NewGuid().ToString(), ["Hours.QuarterHours"] = "40", ["Hours.Day"] = day });

        Assert.Contains("Kies hoeveel tijd u aan de casus hebt besteed.", await TextAsync(noTime), StringComparison.Ordinal);
        var withoutDay = await TextAsync(noDay);
        Assert.Contains("Vul de datum in waarop u de tijd besteedde", withoutDay, StringComparison.Ordinal);
        Assert.Contains("<option value=\"4\" selected=\"selected\">1:00</option>", withoutDay, StringComparison.Ordinal);
        Assert.Contains("De datum ligt in de toekomst; kies vandaag of een eerdere dag.", await TextAsync(future), StringComparison.Ordinal);
        Assert.Contains("Kies een tijd van een kwartier tot 8 uur.", await TextAsync(tooLong), StringComparison.Ordinal);
        Assert.Equal(0, (await Case(caseId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).QuarterHoursSpent);
    }

    [Fact]
    public async Task AnotherMember_SeesTheTotalButNoForm_AndTheirPostIsRefused()
    {
        var caseId = await AyseCaseAsync();
        var path = $"/casussen/{caseId}";
        await Case(caseId).LogHoursAsync(await _demo.ActorAsync(DemoData.Members[0].Account), Guid.NewGuid(), 3, Today);
        using var other = await SignedInClient.SignInAsync(_factory, DemoData.Members[2].Account.Email);

        var page = WebUtility.HtmlDecode(await other.GetPageAsync(path));
        var response = await other.PostFormAsync(path, $"{path}?handler=Hours", new()
        {
            ["Hours.EntryId"] = Guid.NewGuid().ToString(),
            ["Hours.QuarterHours"] = "4",
            ["Hours.Day"] = Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        });

        Assert.Contains("In totaal 45 minuten besteed.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Tijd opslaan", page, StringComparison.Ordinal);
        Assert.Contains("/account/geen-toegang", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(3, (await Case(caseId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).QuarterHoursSpent);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static DateOnly Today => DutchFormat.Today(DateTimeOffset.UtcNow);

    private ICaseGrain Case(Guid id) => _demo.Grains.GetGrain<ICaseGrain>(id);

    /// <summary>A case Ayşe brought in on her own, so the tests do not share a total.</summary>
    private async Task<Guid> AyseCaseAsync()
    {
        var ayse = await _demo.ActorAsync(DemoData.Members[0].Account);
        var id = Guid.NewGuid();
        await Case(id).CreateAsync(ayse, DemoData.NetworkId, new CaseDetails(
            AgeBand.From65To74, "Turks", [CaseTheme.Loneliness], null, "Een weduwe komt haar huis bijna niet meer uit.", "Wie kan haar af en toe bezoeken?"));
        return id;
    }

    private static string EntryId(string page) => EntryIdField().Match(page).Groups[1].Value;

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"Hours.EntryId\" value=\"([0-9a-f-]{36})\"")]
    private static partial Regex EntryIdField();
}
