using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The forms outside the case form whose text a grain can refuse show the refused words marked in the text as typed.</summary>
public sealed class ServerFormPrivacyTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();

    [Fact]
    public async Task CancelReasonWithAPhoneNumber_IsShownMarked_KeepingTheTextAndTheMeeting()
    {
        var demo = new DemoWorld(_factory);
        var meetingId = await demo.MeetingIdAsync();
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        const string reason = "  Nieuwe datum volgt, bel 06-12345678.";

        var response = await coordinator.PostFormAsync($"/bijeenkomsten/{meetingId}", $"/bijeenkomsten/{meetingId}?handler=Cancel", new() { ["CancelReason"] = reason, ["CancelConfirmed"] = "true" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<p class=\"privacy-preview\">  Nieuwe datum volgt, bel <mark data-kind=\"phone\" title=\"een telefoonnummer\">06-12345678</mark>", html, StringComparison.Ordinal);
        Assert.Contains("Deze tekst bevat een telefoonnummer. Haal het gemarkeerde weg of beschrijf het in algemene woorden.", html, StringComparison.Ordinal);
        Assert.Matches($"<input[^>]*aria-describedby=\"privacy-reason\"[^>]*aria-invalid=\"true\"[^>]*value=\"{reason}\"", html);
        Assert.Equal(MeetingStatus.Published, (await demo.MeetingAsync()).Status);
    }

    [Fact]
    public async Task PlannedTitleWithAnEmailAddress_IsShownMarked_AndNothingIsPlanned()
    {
        var demo = new DemoWorld(_factory);
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        var page = await coordinator.GetPageAsync("/netwerken/utrecht");
        var startsAt = System.Text.RegularExpressions.Regex.Match(page, "<option value=\"([^\"]+)\"").Groups[1].Value;
        const string title = "Bijeenkomst, aanmelden bij planning@example.nl";
        var meetingId = Guid.NewGuid();

        var response = await coordinator.PostFormAsync("/netwerken/utrecht", "/netwerken/utrecht?handler=Plan", new()
        {
            ["Plan.MeetingId"] = meetingId.ToString(),
            ["Plan.Title"] = title,
            ["Plan.StartsAt"] = WebUtility.HtmlDecode(startsAt),
            ["Plan.Minutes"] = "90",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<mark data-kind=\"email\" title=\"een e-mailadres\">planning@example.nl</mark><span class=\"visually-hidden\"> (een e-mailadres)</span>", html, StringComparison.Ordinal);
        Assert.Contains("Deze tekst bevat een e-mailadres.", html, StringComparison.Ordinal);
        Assert.Matches($"<input[^>]*aria-describedby=\"privacy-title\"[^>]*aria-invalid=\"true\"[^>]*value=\"{title}\"", html);
        await Assert.ThrowsAsync<NotFoundException>(async () => await demo.Grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(await demo.ActorAsync(DemoData.Coordinator)));
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();
}
