using System.Net;
using Microsoft.Extensions.Logging;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Security;

/// <summary>
/// A refused command is logged once, at Information, with its code: no warning, no error, no exception with its stack,
/// and none of the text or names it carried. The host's own log is read back through a logger provider.
/// </summary>
public sealed class CleanLogsTests : IAsyncLifetime
{
    private const string CancelReason = "Mevrouw Fatma Yilmaz van de Kanaalstraat 12 kan niet.";
    private const string PrivateContribution = "Haar zoon Mehmet belt op 06-12345678.";

    private readonly LogCapture _logs = new();
    private readonly WebAppFactory _factory;
    private Guid _meetingId;

    public CleanLogsTests() => _factory = new WebAppFactory(logs: _logs);

    [Fact]
    public async Task RefusalsThroughAPageAHubAndAGrainCall_AreLoggedAtInformationWithTheirCode_WithoutStackTextOrNames()
    {
        var member = DemoData.Members[0].Account;
        using var memberPages = await SignedInClient.SignInAsync(_factory, member.Email);
        using var outsiderPages = await SignedInClient.SignInAsync(_factory, DemoData.OtherCoordinator.Email);
        await using var memberHub = await HubClient.ConnectAsync(_factory, memberPages.CookieHeader);
        await using var outsiderHub = await HubClient.ConnectAsync(_factory, outsiderPages.CookieHeader);
        var memberActor = await new DemoWorld(_factory).ActorAsync(member);
        await memberHub.InvokeAsync("Join", _meetingId);
        _logs.Clear();

        // A page post: a member may not cancel the meeting (the reason names a person and an address).
        var page = $"/bijeenkomsten/{_meetingId}";
        var cancelled = await memberPages.PostFormAsync(page, $"{page}?handler=Cancel", new() { ["CancelConfirmed"] = "true", ["CancelReason"] = CancelReason });
        // Hub calls: an outsider joins, a member posts a text with a name and a phone number.
        var outsiderJoin = await Assert.ThrowsAsync<HubErrorException>(() => outsiderHub.InvokeAsync("Join", _meetingId));
        var privacyAnswer = await memberHub.InvokeAsync("PostContribution", _meetingId, Guid.NewGuid(), "Remark", PrivateContribution, null);
        // A grain call: a member may not move the meeting on.
        await Assert.ThrowsAsync<NotAllowedException>(() => new DemoWorld(_factory).Grains.GetGrain<IMeetingGrain>(_meetingId).GoToItemAsync(memberActor, 1));

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Contains("/account/geen-toegang", cancelled.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Contains("bestaat niet", outsiderJoin.Message, StringComparison.Ordinal);
        Assert.NotNull(privacyAnswer);

        var entries = _logs.Entries;
        // Orleans' watchdog warns when this 2-core machine stalls the runtime under the other tests' load; that is about
        // the machine, not the refusals, and it names nobody.
        Assert.Empty(entries.Where(e => e.Level >= LogLevel.Warning && e.Category != "Orleans.Runtime.Watchdog").Select(e => e.ToString()));
        Assert.Empty(entries.Where(e => e.Level >= LogLevel.Information && e.Exception is not null).Select(e => e.ToString()));
        AssertRefusalLogged(entries, "IMeetingGrain.CancelAsync refused: network.coordinator-only.");
        AssertRefusalLogged(entries, "IMeetingGrain.EnterAsync refused: network.members-only.");
        AssertRefusalLogged(entries, "IMeetingGrain.PostContributionAsync refused: privacy.personal-data.");
        AssertRefusalLogged(entries, "IMeetingGrain.GoToItemAsync refused: network.coordinator-only.");
        string[] privateWords = ["Yilmaz", "Kanaalstraat", "Mehmet", "06-12345678", member.Name, member.Email, DemoData.OtherCoordinator.Name, DemoData.OtherCoordinator.Email];
        foreach (var word in privateWords)
        {
            Assert.DoesNotContain(entries, e => e.Message.Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _meetingId = await new DemoWorld(_factory).StartMeetingAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static void AssertRefusalLogged(IReadOnlyList<LogCapture.LogEntry> entries, string message)
    {
        var entry = Assert.Single(entries, e => e.Message == message);
        Assert.Equal(LogLevel.Information, entry.Level);
        Assert.Null(entry.Exception);
        Assert.DoesNotContain(" at ", entry.Message, StringComparison.Ordinal);
    }
}
