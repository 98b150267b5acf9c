using System.Net;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The case form: a refusal is shown in Dutch next to its field, what was typed stays, and nothing is stored.</summary>
public sealed class CasePageTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();

    [Fact]
    public async Task CaseWithAPhoneNumber_IsRefusedNextToTheField_KeepingTheText_AndStoringNothing()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        const string situation = "Mevrouw is bereikbaar op 06-12345678 en woont alleen.";

        var response = await member.PostFormAsync("/casussen/nieuw?netwerk=utrecht", "/casussen/nieuw?netwerk=utrecht", new()
        {
            ["netwerk"] = "utrecht",
            ["Input.AgeBand"] = "From75",
            ["Input.Community"] = "Turks",
            ["Input.Themes"] = "Loneliness",
            ["Input.Situation"] = situation,
            ["Input.Question"] = "Wie kan haar bezoeken?",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("Deze tekst bevat een telefoonnummer.", html, StringComparison.Ordinal);
        Assert.Contains($">{situation}</textarea>", html, StringComparison.Ordinal);
        Assert.Contains("Er is niets opgeslagen.", html, StringComparison.Ordinal);
        using var db = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_factory.DatabaseFile}");
        db.Open();
        using var command = db.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Events WHERE Payload LIKE '%12345678%'";
        Assert.Equal(0L, (long)command.ExecuteScalar()!);
    }

    [Fact]
    public async Task ValidCase_IsSaved_AndShownToTheBringer()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var response = await member.PostFormAsync("/casussen/nieuw?netwerk=utrecht", "/casussen/nieuw?netwerk=utrecht", new()
        {
            ["netwerk"] = "utrecht",
            ["Input.AgeBand"] = "From55To64",
            ["Input.Community"] = "Turks",
            ["Input.Themes"] = "MoneyAndDebts",
            ["Input.Situation"] = "Een man heeft schulden opgebouwd sinds hij zijn werk verloor.",
            ["Input.Question"] = "Waar kan hij terecht voor schuldhulp?",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await member.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Matches(@"Casus \d{4}-004", page);
        Assert.Contains("schulden opgebouwd", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingQuestion_IsRefusedNextToTheField()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var response = await member.PostFormAsync("/casussen/nieuw?netwerk=utrecht", "/casussen/nieuw?netwerk=utrecht", new()
        {
            ["netwerk"] = "utrecht",
            ["Input.AgeBand"] = "From55To64",
            ["Input.Community"] = "Turks",
            ["Input.Themes"] = "Health",
            ["Input.Situation"] = "Een situatie.",
            ["Input.Question"] = "",
        });

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul de vraag aan het netwerk in.", html, StringComparison.Ordinal);
        Assert.Contains(">Een situatie.</textarea>", html, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
