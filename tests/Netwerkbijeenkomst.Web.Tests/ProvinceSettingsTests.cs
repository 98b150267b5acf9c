using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The administrator places a network's municipality in a province and binds province accounts on the network's settings page.</summary>
public sealed class ProvinceSettingsTests : IAsyncLifetime
{
    private const string Settings = "/beheer/netwerken/utrecht";
    private readonly WebAppFactory _factory = new();

    [Fact]
    public async Task SetProvince_PlacesTheMunicipality_AndNoneTakesItOut()
    {
        using var admin = await SignedInClient.SignInAsync(_factory, DemoData.Administrator.Email);

        var placed = await admin.PostFormAsync(Settings, Settings + "?handler=SetProvince", new() { ["provincie"] = "Utrecht" });
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        Assert.Equal("Utrecht", await ProvinceOfAsync("Utrecht"));
        Assert.Contains("De gemeente Utrecht ligt in de provincie Utrecht", await admin.GetPageAsync(Settings), StringComparison.Ordinal);

        await admin.PostFormAsync(Settings, Settings + "?handler=SetProvince", new() { ["provincie"] = "" });
        Assert.Null(await ProvinceOfAsync("Utrecht"));
    }

    [Fact]
    public async Task SetProvince_ThatIsNoProvince_IsRefusedInDutchAndStoresNothing()
    {
        using var admin = await SignedInClient.SignInAsync(_factory, DemoData.Administrator.Email);

        var response = await admin.PostFormAsync(Settings, Settings + "?handler=SetProvince", new() { ["provincie"] = "Vlaanderen" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Kies een van de twaalf provincies", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("Utrecht", await ProvinceOfAsync("Utrecht"));
    }

    [Fact]
    public async Task BindProvinceAccount_LetsItSeeTheProvince_AndUnbindingAsksFirst()
    {
        using var admin = await SignedInClient.SignInAsync(_factory, DemoData.Administrator.Email);
        // The demo places Utrecht in its province; take it out to see the page ask for the province first.
        await admin.PostFormAsync(Settings, Settings + "?handler=SetProvince", new() { ["provincie"] = "" });
        Assert.Contains("Kies eerst de provincie", await admin.GetPageAsync(Settings), StringComparison.Ordinal);
        await admin.PostFormAsync(Settings, Settings + "?handler=SetProvince", new() { ["provincie"] = "Utrecht" });

        var bound = await admin.PostFormAsync(Settings, Settings + "?handler=BindProvince", new()
        {
            ["ProvinceAccount.Email"] = DemoData.Municipality.Email,
            ["ProvinceAccount.Name"] = "Gemeente Utrecht",
        });
        Assert.Equal(HttpStatusCode.Redirect, bound.StatusCode);

        using (var viewer = await SignedInClient.SignInAsync(_factory, DemoData.Municipality.Email))
        {
            Assert.Contains("href=\"/rapportage/provincie/Utrecht\"", await viewer.GetPageAsync("/rapportage"), StringComparison.Ordinal);
        }

        var userId = await new DemoWorld(_factory).UserIdAsync(DemoData.Municipality.Email);
        var confirm = await admin.GetPageAsync($"{Settings}?ontkoppelen={userId}");
        Assert.Contains("loskoppelen van de provincie Utrecht?", confirm, StringComparison.Ordinal);

        await admin.PostFormAsync($"{Settings}?ontkoppelen={userId}", Settings + "?handler=UnbindProvince", new() { ["userId"] = userId });

        using var after = await SignedInClient.SignInAsync(_factory, DemoData.Municipality.Email);
        Assert.DoesNotContain("/rapportage/provincie/", await after.GetPageAsync("/rapportage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BindProvinceAccount_WithoutAnEmailAddress_IsRefusedInDutch()
    {
        using var admin = await SignedInClient.SignInAsync(_factory, DemoData.Administrator.Email);
        await admin.PostFormAsync(Settings, Settings + "?handler=SetProvince", new() { ["provincie"] = "Utrecht" });

        var response = await admin.PostFormAsync(Settings, Settings + "?handler=BindProvince", new() { ["ProvinceAccount.Email"] = "geen-adres", ["ProvinceAccount.Name"] = "X" });

        Assert.Contains("Dit is geen geldig e-mailadres.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string?> ProvinceOfAsync(string municipality)
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.MunicipalityProvinces.Where(m => m.Municipality == municipality).Select(m => m.Province).FirstOrDefaultAsync();
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
