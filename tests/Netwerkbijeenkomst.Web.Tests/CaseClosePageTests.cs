using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The case page's close form: for the bringer and coordinators once the case is discussed, with an outcome and a ticked confirmation.</summary>
public sealed class CaseClosePageTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task Bringer_ClosesADiscussedCase_WithAnOutcomeAndANote()
    {
        var caseId = await DiscussedCaseAsync();
        var path = $"/casussen/{caseId}";
        using var bringer = await SignedInClient.SignInAsync(_factory, DemoData.Members[2].Account.Email);
        Assert.Contains("Casus sluiten", await bringer.GetPageAsync(path), StringComparison.Ordinal);

        var response = await bringer.PostFormAsync(path, $"{path}?handler=Close", new()
        {
            ["Closing.Outcome"] = nameof(CaseOutcome.DiedOrMoved),
            ["Closing.Note"] = "Verhuisd naar een verzorgingshuis in een andere stad.",
            ["Closing.Confirmed"] = "true",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = WebUtility.HtmlDecode(await bringer.GetPageAsync(path));
        Assert.Contains("De casus is gesloten. Na de bewaartermijn worden de teksten gewist.", page, StringComparison.Ordinal);
        Assert.Contains("overleden/verhuisd: Verhuisd naar een verzorgingshuis in een andere stad.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Casus sluiten", page, StringComparison.Ordinal);
        var facts = await _demo.Grains.GetGrain<ICaseGrain>(caseId).GetFactsAsync();
        Assert.Equal((CaseStatus.Closed, CaseOutcome.DiedOrMoved), (facts.Status, facts.Outcome));
    }

    [Fact]
    public async Task CloseForm_WithoutConfirmationOrOutcome_OrWithPersonalData_ExplainsWhy_AndClosesNothing()
    {
        var caseId = await DiscussedCaseAsync();
        var path = $"/casussen/{caseId}";
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        var unconfirmed = await coordinator.PostFormAsync(path, $"{path}?handler=Close", new() { ["Closing.Outcome"] = nameof(CaseOutcome.Resolved) });
        var noOutcome = await coordinator.PostFormAsync(path, $"{path}?handler=Close", new() { ["Closing.Confirmed"] = "true" });
        var personal = await coordinator.PostFormAsync(path, $"{path}?handler=Close", new()
        {
            ["Closing.Outcome"] = nameof(CaseOutcome.Other),
            ["Closing.Note"] = "Nieuw nummer: 06-12345678",
            ["Closing.Confirmed"] = "true",
        });
        var retired = await coordinator.PostFormAsync(path, $"{path}?handler=Close", new() { ["Closing.Outcome"] = nameof(CaseOutcome.NoLongerNeeded), ["Closing.Confirmed"] = "true" });

        Assert.Contains("Vink aan dat u weet dat de teksten na de bewaartermijn worden gewist.", await TextAsync(unconfirmed), StringComparison.Ordinal);
        Assert.Contains("Kies de uitkomst van de casus.", await TextAsync(noOutcome), StringComparison.Ordinal);
        var refused = await TextAsync(personal);
        Assert.Contains("Deze tekst bevat een telefoonnummer.", refused, StringComparison.Ordinal);
        Assert.Contains("Nieuw nummer: 06-12345678</textarea>", refused, StringComparison.Ordinal);
        Assert.Contains("Kies een van de uitkomsten.", await TextAsync(retired), StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Discussed, (await _demo.Grains.GetGrain<ICaseGrain>(caseId).GetFactsAsync()).Status);
    }

    [Fact]
    public async Task CloseForm_IsNotShownToAnotherMember_NorBeforeTheCaseIsDiscussed_AndTheirPostIsRefused()
    {
        var caseId = await DiscussedCaseAsync();
        var path = $"/casussen/{caseId}";
        var undiscussed = (await _demo.MeetingAsync()).Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        using var other = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);

        Assert.DoesNotContain("Casus sluiten", await other.GetPageAsync(path), StringComparison.Ordinal);
        Assert.DoesNotContain("Casus sluiten", await coordinator.GetPageAsync($"/casussen/{undiscussed}"), StringComparison.Ordinal);
        var response = await other.PostFormAsync(path, $"{path}?handler=Close", new() { ["Closing.Outcome"] = nameof(CaseOutcome.Resolved), ["Closing.Confirmed"] = "true" });

        Assert.Contains("/account/geen-toegang", response.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Equal(CaseStatus.Discussed, (await _demo.Grains.GetGrain<ICaseGrain>(caseId).GetFactsAsync()).Status);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>A case of Rinia's, discussed in a meeting of its own: advice recorded, so it can be closed.</summary>
    private async Task<Guid> DiscussedCaseAsync()
    {
        var meeting = await _demo.StartOwnMeetingAsync(DemoData.Members[2].Account);
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        await _demo.Grains.GetGrain<IMeetingGrain>(meeting.Id)
            .RecordAdviceAsync(await _demo.ActorAsync(DemoData.Coordinator), Guid.NewGuid(), caseId, "Samen naar het wijkteam gaan.", "Rinia belt het wijkteam.");
        return caseId;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
