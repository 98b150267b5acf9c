using System.Globalization;
using System.Net;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The social map's page filters without JavaScript, exports a CSV that a CSV reader reads back, and refuses bad input storing nothing.</summary>
public sealed class SocialMapPageTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task Csv_HasABom_SemicolonsAndOneRowPerContact_WithTheMantelzorgNLRoles()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var response = await member.GetAsync("/netwerken/utrecht/sociale-kaart.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("sociale-kaart-utrecht-", response.Content.Headers.ContentDisposition!.FileName, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Read(bytes);
        Assert.Equal(5, rows.Count);
        var gp = Assert.Single(rows, r => r["Instelling"] == "Gezondheidscentrum Overvecht");
        Assert.Equal(("huisarts / POH", "verwijzer, doorverwijzen", "Lotte Vermeer", "Praktijkondersteuner GGZ", "030 000 0001", "poh@gc-overvecht.example", "actief"),
            (gp["Soort"], gp["Rol"], gp["Contactpersoon"], gp["Functie"], gp["Telefoon contactpersoon"], gp["E-mail contactpersoon"], gp["Status"]));
    }

    [Fact]
    public async Task Csv_FollowsTheFilters_LeavesRetiredOut_AndIsAccessLogged()
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var network = _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        await network.AddInstitutionWithDetailsAsync(coordinator, "cultuur-thuiszorg", new InstitutionDetails(
            "Thuiszorg Anadolu", InstitutionKind.HomeCare, PartnerRoles.WeReferToThem, ["Turks"], ["Turks", "Koerdisch"], "+31 30 123 45 67", null, null));
        await network.AddInstitutionAsync(coordinator, "oud", "Oud buurthuis", InstitutionKind.LibraryOrCommunityCentre, PartnerRoles.Cooperates);
        await network.RetireInstitutionAsync(coordinator, "oud");
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var kurdish = Read(await (await member.GetAsync("/netwerken/utrecht/sociale-kaart.csv?taal=koerdisch")).Content.ReadAsByteArrayAsync());
        var homeCare = Read(await (await member.GetAsync("/netwerken/utrecht/sociale-kaart.csv?soort=HomeCare&gemeenschap=Turks")).Content.ReadAsByteArrayAsync());
        var all = Read(await (await member.GetAsync("/netwerken/utrecht/sociale-kaart.csv")).Content.ReadAsByteArrayAsync());
        var withRetired = Read(await (await member.GetAsync("/netwerken/utrecht/sociale-kaart.csv?inactief=true")).Content.ReadAsByteArrayAsync());

        var row = Assert.Single(kurdish);
        Assert.Equal(("Thuiszorg Anadolu", "'+31 30 123 45 67"), (row["Instelling"], row["Telefoon instelling"]));
        Assert.Equal("Thuiszorg Anadolu", Assert.Single(homeCare)["Instelling"]);
        Assert.DoesNotContain(all, r => r["Instelling"] == "Oud buurthuis");
        Assert.Equal("niet meer actief", Assert.Single(withRetired, r => r["Instelling"] == "Oud buurthuis")["Status"]);
        var memberId = await _demo.UserIdAsync(DemoData.Members[0].Account.Email);
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Assert.Equal(4, await db.AccessLog.CountAsync(e => e.ObjectType == "sociale kaart" && e.Action == "geëxporteerd" && e.UserId == memberId));
    }

    [Fact]
    public async Task Page_FiltersByKindOfCare_WithAPlainGetForm()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);

        var page = await member.GetPageAsync("/netwerken/utrecht/sociale-kaart?soort=MentalHealthCare");

        Assert.Contains("GGZ Centraal Utrecht", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Buurtteam Noordoost", page, StringComparison.Ordinal);
        Assert.Contains("<form method=\"get\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Instelling toevoegen", page, StringComparison.Ordinal);
        Assert.Contains("Geen instellingen gevonden met dit filter.", await member.GetPageAsync("/netwerken/utrecht/sociale-kaart?soort=DebtHelp"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddingAnInstitution_WithABadEmail_ShowsTheDutchMessage_AndStoresNothing()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var before = (await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).SocialMap.Length;

        var response = await coordinator.PostFormAsync("/netwerken/utrecht/sociale-kaart", "/netwerken/utrecht/sociale-kaart?handler=Add", new()
        {
            ["Add.NewId"] = "i-test",
            ["Add.Name"] = "Schuldhulp Utrecht",
            ["Add.Kind"] = "DebtHelp",
            ["Add.Roles"] = "WeReferToThem",
            ["Add.Email"] = "schuldhulp@",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een geldig e-mailadres in", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).SocialMap.Length);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static List<Dictionary<string, string>> Read(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("nl-NL")) { Delimiter = ";" });
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return rows;
    }
}
