using System.Net;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>Who sees which report, as the way in (/rapportage) lists it: the same rules the report pages and exports use.</summary>
public sealed class ReportAccessTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();

    [Fact]
    public async Task Municipality_SeesItsMunicipalityAndEachOfItsNetworks()
    {
        var page = await PageForAsync(DemoData.Municipality.Email);

        Assert.Contains("href=\"/rapportage/gemeente/Utrecht\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/rapportage/netwerk/utrecht\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("amersfoort", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/rapportage/provincie/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Province_SeesItsProvinceAndItsMunicipalities_NotTheirNetworks()
    {
        var page = await PageForAsync(ReportViewers.Province);

        Assert.Contains("href=\"/rapportage/provincie/Utrecht\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/rapportage/gemeente/Utrecht\"", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/rapportage/gemeente/Amersfoort\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("/rapportage/netwerk/", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProvinceWithoutMunicipalities_GoesStraightToItsOnlyScope()
    {
        using var client = await SignedInClient.SignInAsync(_factory, ReportViewers.OtherProvince);

        var response = await client.GetAsync("/rapportage?periode=jaar&jaar=2025");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/rapportage/provincie/Noord-Holland?periode=jaar&jaar=2025", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Coordinator_GoesStraightToTheirOwnNetwork()
    {
        using var client = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var response = await client.GetAsync("/rapportage");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/rapportage/netwerk/utrecht", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("ayse@demo.nl")]
    [InlineData("beheerder@demo.nl")]
    public async Task MembersAndAdministrators_SeeNoReport(string email)
    {
        var page = await PageForAsync(email);

        Assert.Contains("U kunt geen rapportage bekijken.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/rapportage/", page.Replace("href=\"/rapportage/uitleg\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartPage_LeadsMunicipalityAndCoordinatorToTheReports_NotMembers()
    {
        foreach (var (email, expected) in new[] { (DemoData.Municipality.Email, true), (DemoData.Coordinator.Email, true), (ReportViewers.Province, true), (DemoData.Members[0].Account.Email, false) })
        {
            using var client = await SignedInClient.SignInAsync(_factory, email);
            var page = await client.GetPageAsync("/");
            Assert.Equal(expected, page.Contains("href=\"/rapportage\"", StringComparison.Ordinal));
            Assert.DoesNotContain("De rapportages in cijfers komen op deze pagina", page, StringComparison.Ordinal);
        }
    }

    private async Task<string> PageForAsync(string email)
    {
        using var client = await SignedInClient.SignInAsync(_factory, email);
        return await client.GetPageAsync("/rapportage");
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        await ReportViewers.AddAsync(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
