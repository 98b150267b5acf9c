using System.Net;
using System.Text.Json;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Testing;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>Members download what the product holds about them, and delete their account.</summary>
public sealed class MyDataTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task Download_HoldsMyAccountMyNetworksAndMyAccessLog_AndNobodyElses()
    {
        var me = DemoData.Members[0];
        using var member = await SignedInClient.SignInAsync(_factory, me.Account.Email);
        var caseId = (await _demo.MeetingAsync()).Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        await member.GetPageAsync($"/casussen/{caseId}");

        var response = await member.GetAsync("/account/mijn-gegevens?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(me.Account.Name, root.GetProperty("account").GetProperty("naam").GetString());
        Assert.Equal(me.Account.Email, root.GetProperty("account").GetProperty("email").GetString());
        var network = Assert.Single(root.GetProperty("netwerken").EnumerateArray());
        Assert.Equal("Netwerk Vertrouwenspersonen Utrecht", network.GetProperty("netwerk").GetString());
        Assert.Equal(me.Community, network.GetProperty("gemeenschappen")[0].GetString());
        Assert.Contains(root.GetProperty("toegangslog").EnumerateArray(), l => l.GetProperty("id").GetString() == caseId.ToString());
        var text = root.GetRawText();
        Assert.DoesNotContain(DemoData.Members[1].Account.Name, text, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoData.Coordinator.Email, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteAccount_NeedsConfirmation_ThenErasesTheNameEverywhere_AndEndsSignIn()
    {
        var me = DemoData.Members[1];
        var userId = await _demo.UserIdAsync(me.Account.Email);
        using var member = await SignedInClient.SignInAsync(_factory, me.Account.Email);
        Assert.NotEmpty(DatabaseSearch.ColumnsContaining($"Data Source={_factory.DatabaseFile}", me.Account.Name));

        var unconfirmed = await member.PostFormAsync("/account/mijn-gegevens", "/account/mijn-gegevens?handler=Delete", []);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        Assert.Contains("Vink aan dat u uw account wilt verwijderen.", WebUtility.HtmlDecode(await unconfirmed.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(NetworkRole.Member, await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetRoleAsync(userId));

        var deleted = await member.PostFormAsync("/account/mijn-gegevens", "/account/mijn-gegevens?handler=Delete", new() { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Empty(DatabaseSearch.ColumnsContaining($"Data Source={_factory.DatabaseFile}", me.Account.Name));
        Assert.Empty(DatabaseSearch.ColumnsContaining($"Data Source={_factory.DatabaseFile}", me.Account.Email));
        Assert.Equal(NetworkRole.None, await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetRoleAsync(userId));
        var view = await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator));
        Assert.Equal((Netwerkbijeenkomst.Grains.Networks.NetworkGrain.FormerMember, MemberStatus.Inactive), view.Members.Where(m => m.UserId == userId).Select(m => (m.DisplayName, m.Status)).Single());
        using var again = await SignedInClient.SignInAsync(_factory, email: null);
        var signIn = await again.PostFormAsync("/account/inloggen", "/account/inloggen", new() { ["Email"] = me.Account.Email, ["Password"] = DemoData.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
    }

    [Fact]
    public async Task Coordinator_CannotDeleteTheAccount_WhileCoordinating()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var refused = await coordinator.PostFormAsync("/account/mijn-gegevens", "/account/mijn-gegevens?handler=Delete", new() { ["Confirmed"] = "true" });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("andere coördinator", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.NotEmpty(DatabaseSearch.ColumnsContaining($"Data Source={_factory.DatabaseFile}", DemoData.Coordinator.Email));
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
