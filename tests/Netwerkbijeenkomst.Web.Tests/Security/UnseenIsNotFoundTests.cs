using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Netwerkbijeenkomst.Web.Tests.Security;

/// <summary>
/// A network, meeting or case someone may not see answers exactly as one that does not exist: the same page, byte for
/// byte (apart from the nonce and the antiforgery token, fresh on every response), the same hub refusal, and the same work.
/// </summary>
public sealed partial class UnseenIsNotFoundTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;
    private Guid _meetingId;
    private Guid _caseId;

    [Theory]
    [InlineData(Roles.OtherNetwork)]
    [InlineData(Roles.Administrator)]
    [InlineData(Roles.Municipality)]
    public async Task EveryPage_OfAnUnseenNetworkMeetingOrCase_IsTheNotFoundOfOneThatDoesNotExist(string role)
    {
        using var client = await SignedInClient.SignInAsync(_factory, Roles.Email(role));
        var unknownMeeting = Guid.NewGuid();
        var unknownCase = Guid.NewGuid();
        (string Seen, string Unknown)[] pairs =
        [
            .. NetworkPages.Select(p => ($"/netwerken/{DemoData.NetworkId}{p}", $"/netwerken/bestaat-niet{p}")),
            .. MeetingPages.Select(p => ($"/bijeenkomsten/{_meetingId}{p}", $"/bijeenkomsten/{unknownMeeting}{p}")),
            .. CasePages.Select(p => ($"/casussen/{_caseId}{p}", $"/casussen/{unknownCase}{p}")),
            ($"/casussen/nieuw?netwerk={DemoData.NetworkId}", "/casussen/nieuw?netwerk=bestaat-niet"),
        ];

        var differences = new List<string>();
        foreach (var (seen, unknown) in pairs)
        {
            var (seenAnswer, unknownAnswer) = (await AnswerAsync(client.GetAsync(seen)), await AnswerAsync(client.GetAsync(unknown)));
            if (seenAnswer != unknownAnswer || !seenAnswer.StartsWith("404", StringComparison.Ordinal))
            {
                differences.Add($"{seen} answered\n{seenAnswer}\nbut {unknown}\n{unknownAnswer}");
            }
        }

        // Posts too: starting a meeting, and a coordinator's form of a network.
        var posts = new (string Seen, string Unknown)[]
        {
            ($"/bijeenkomsten/{_meetingId}?handler=Start", $"/bijeenkomsten/{unknownMeeting}?handler=Start"),
            ($"/netwerken/{DemoData.NetworkId}/planning?handler=Rule", "/netwerken/bestaat-niet/planning?handler=Rule"),
            ($"/casussen/{_caseId}?handler=Submit", $"/casussen/{unknownCase}?handler=Submit"),
        };
        foreach (var (seen, unknown) in posts)
        {
            var seenAnswer = await AnswerAsync(client.PostFormAsync("/", seen, []));
            var unknownAnswer = await AnswerAsync(client.PostFormAsync("/", unknown, []));
            if (seenAnswer != unknownAnswer || !seenAnswer.StartsWith("404", StringComparison.Ordinal))
            {
                differences.Add($"POST {seen} answered\n{seenAnswer}\nbut {unknown}\n{unknownAnswer}");
            }
        }

        Assert.Empty(differences);
        var page = await (await client.GetAsync($"/bijeenkomsten/{_meetingId}")).Content.ReadAsStringAsync();
        Assert.Contains("<h1>Niet gevonden</h1>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryHubCall_OnAnUnseenMeetingOrCase_IsRefusedAsOneThatDoesNotExist()
    {
        using var http = await SignedInClient.SignInAsync(_factory, Roles.Email(Roles.OtherNetwork));
        await using var room = await HubClient.ConnectAsync(_factory, http.CookieHeader);
        await using var cases = await HubClient.ConnectAsync(_factory, http.CookieHeader, "hubs/case");
        var memberId = await _demo.UserIdAsync(DemoData.Members[0].Account.Email);
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var roundId = Guid.NewGuid();
        var calls = new (string Method, Func<Guid, object?[]> Arguments)[]
        {
            ("Join", m => [m]),
            ("Watch", m => [m]),
            ("PostContribution", m => [m, Guid.NewGuid(), "Question", "Is er familie in de buurt?", null]),
            ("PostContribution", m => [m, Guid.NewGuid(), "Question", "Is er familie in de buurt?", _caseId]),
            ("RaiseHand", m => [m]),
            ("LowerHand", m => [m]),
            ("LowerHandOf", m => [m, memberId]),
            ("GoToItem", m => [m, 1]),
            ("GoToItem", m => [m, 99]),
            ("GiveFloor", m => [m, memberId]),
            ("TakeFloorBack", m => [m]),
            ("StartRound", m => [m, roundId, new[] { memberId }, 5]),
            ("AdvanceRound", m => [m, roundId, "Clarifying", null]),
            ("PostRoundEntry", m => [m, roundId, Guid.NewGuid(), "Woont hij alleen?"]),
            ("PassRoundTurn", m => [m, roundId, "Advice", memberId]),
            ("CloseRound", m => [m, roundId, Guid.NewGuid(), Array.Empty<Guid>(), ""]),
            ("RecordAdvice", m => [m, Guid.NewGuid(), _caseId, "Samen naar de huisarts gaan.", "Lid neemt contact op."]),
            ("RecordActionPoint", m => [m, Guid.NewGuid(), "Buurthuis bellen", memberId, due, _caseId]),
            ("RecordEscalation", m => [m, Guid.NewGuid(), _caseId, "ggz-utrecht", "ggz-contact", "Somberheid", "High"]),
            ("Close", m => [m]),
        };

        var differences = new List<string>();
        foreach (var (method, arguments) in calls)
        {
            var seen = await OutcomeAsync(() => room.InvokeAsync(method, arguments(_meetingId)));
            var unknown = await OutcomeAsync(() => room.InvokeAsync(method, arguments(Guid.NewGuid())));
            if (seen != unknown || !seen.Contains(HubRefusals.MeetingNotFoundMessage, StringComparison.Ordinal))
            {
                differences.Add($"{method}: {seen} | {unknown}");
            }
        }

        var seenCase = await OutcomeAsync(() => cases.InvokeAsync("Watch", _caseId));
        var unknownCase = await OutcomeAsync(() => cases.InvokeAsync("Watch", Guid.NewGuid()));
        if (seenCase != unknownCase || !seenCase.Contains(HubRefusals.CaseNotFoundMessage, StringComparison.Ordinal))
        {
            differences.Add($"case Watch: {seenCase} | {unknownCase}");
        }

        Assert.Empty(differences);
    }

    [Fact]
    public async Task AnUnseenCaseOrMinutes_AndOnesThatDoNotExist_CostTheSameWork_ARefusalInTheAccessLog()
    {
        using var client = await SignedInClient.SignInAsync(_factory, Roles.Email(Roles.OtherNetwork));
        var before = AccessLogLines.Read(_factory).Count;

        foreach (var path in new[] { $"/casussen/{_caseId}", $"/casussen/{Guid.NewGuid()}", $"/bijeenkomsten/{_meetingId}/verslag", $"/bijeenkomsten/{Guid.NewGuid()}/verslag" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }

        var added = AccessLogLines.Read(_factory).Skip(before).ToList();
        Assert.Equal(4, added.Count);
        Assert.All(added, line => Assert.EndsWith("|geweigerd", line, StringComparison.Ordinal));

        // The times, for docs/security.md: printed, not asserted (a shared machine's noise is larger than the work).
        foreach (var (seen, unknown) in new[] { ($"/bijeenkomsten/{_meetingId}", $"/bijeenkomsten/{Guid.NewGuid()}"), ($"/casussen/{_caseId}", $"/casussen/{Guid.NewGuid()}") })
        {
            var (seenTime, unknownTime) = await MediansAsync(client, seen, unknown);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seen}: median {seenTime:0.00} ms; not existing: median {unknownTime:0.00} ms"));
        }
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        await ReportViewers.AddAsync(_factory);
        _demo = new DemoWorld(_factory);
        _meetingId = await _demo.StartMeetingAsync();
        _caseId = (await _demo.MeetingAsync()).Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static readonly string[] NetworkPages =
        ["", "/actiepunten", "/sociale-kaart", "/sociale-kaart.csv", "/sociale-kaart/ggz-utrecht", "/leden", "/planning", "/opvolging"];

    private static readonly string[] MeetingPages = ["", "/live", "/agenda", "/verslag", "/verslag.pdf", "/verslag.md"];

    private static readonly string[] CasePages = ["", "/toegang", "?handler=Escalations"];

    /// <summary>Status, headers and body, with what is fresh on every response (date, nonce, antiforgery token) blanked.</summary>
    private static async Task<string> AnswerAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{(int)response.StatusCode} {response.Headers.Location}\n");
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers).Where(h => h.Key != "Date").OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"{name}: {string.Join(", ", values)}\n");
        }

        text.Append(await response.Content.ReadAsStringAsync());
        return Fresh().Replace(text.ToString(), "…");
    }

    private static async Task<string> OutcomeAsync(Func<Task> call)
    {
        try
        {
            await call();
            return AuthorizationMatrixTests.Ok;
        }
        catch (HubErrorException refused)
        {
            return refused.Message;
        }
    }

    /// <summary>Requests the two in turn, so a busy moment of the machine falls on both alike.</summary>
    private static async Task<(double Seen, double Unknown)> MediansAsync(SignedInClient client, string seen, string unknown)
    {
        var (seenTimes, unknownTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < 41; i++)
        {
            seenTimes.Add(await TimeAsync(client, seen));
            unknownTimes.Add(await TimeAsync(client, unknown));
        }

        return (seenTimes.Order().ElementAt(seenTimes.Count / 2), unknownTimes.Order().ElementAt(unknownTimes.Count / 2));
    }

    private static async Task<double> TimeAsync(SignedInClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        (await client.GetAsync(path)).Dispose();
        return watch.Elapsed.TotalMilliseconds;
    }

    [GeneratedRegex("""nonce-[A-Za-z0-9_\-]+|nonce="[^"]*"|CfDJ8[A-Za-z0-9_\-]+|\.AspNetCore\.Antiforgery\.[A-Za-z0-9_\-]+=[^;]+""")]
    private static partial Regex Fresh();
}
