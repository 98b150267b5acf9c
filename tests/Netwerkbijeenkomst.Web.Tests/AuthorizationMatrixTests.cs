using System.Net;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>Every page and every hub method against every role, including a coordinator of another network and nobody.</summary>
public sealed class AuthorizationMatrixTests : IAsyncLifetime
{
    internal const string Ok = "ok";
    private const string Login = "naar inloggen";
    private const string Forbidden = "geen toegang";
    private const string Refused = "geweigerd";
    private const string NotFound = "niet gevonden";
    private const string BadRequest = "ongeldig";

    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task EveryPage_AgainstEveryRole()
    {
        var pages = await PagesAsync(_demo);
        var mismatches = new List<string>();
        foreach (var role in Roles.All)
        {
            using var client = await SignedInClient.SignInAsync(_factory, Roles.Email(role));
            foreach (var (path, expected) in pages)
            {
                var actual = Describe(await client.GetAsync(path));
                if (actual != expected[role])
                {
                    mismatches.Add($"{role} {path}: expected {expected[role]}, got {actual}");
                }
            }
        }

        Assert.Empty(mismatches);
    }

    /// <summary>Every page and download with what each role gets (<see cref="Ok"/> is the page itself); the security-header test requests them too.</summary>
    internal static async Task<(string Path, Dictionary<string, string> Expected)[]> PagesAsync(DemoWorld demo)
    {
        var meeting = await demo.MeetingAsync();
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        var closed = await ClosedMeetingWithApprovedMinutesAsync(demo);
        var pages = new (string Path, Dictionary<string, string> Expected)[]
        {
            ("/", Expect(Ok, Ok, Ok, Ok, Ok, Ok)),
            ("/netwerken/utrecht", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/bijeenkomsten/{meeting.Id}", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/bijeenkomsten/{meeting.Id}/live", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/bijeenkomsten/{meeting.Id}/verslag", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/bijeenkomsten/{meeting.Id}/verslag.pdf", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ($"/bijeenkomsten/{closed}/verslag", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/bijeenkomsten/{closed}/verslag.pdf", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/bijeenkomsten/{closed}/verslag.md", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/bijeenkomsten/{closed}/verslag.txt", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ($"/bijeenkomsten/{Guid.NewGuid()}/verslag", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ($"/bijeenkomsten/{Guid.NewGuid()}", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ($"/casussen/{Guid.NewGuid()}", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ("/netwerken/bestaat-niet/leden", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ($"/bijeenkomsten/{meeting.Id}/agenda", Expect(Login, NotFound, Ok, Forbidden, NotFound, NotFound)),
            ($"/casussen/{caseId}", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ("/casussen/nieuw?netwerk=utrecht", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ($"/casussen/{caseId}/toegang", Expect(Login, NotFound, Ok, Forbidden, NotFound, NotFound)),
            ($"/casussen/{caseId}?handler=Escalations", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ("/netwerken/utrecht/opvolging", Expect(Login, NotFound, Ok, Forbidden, NotFound, NotFound)),
            ("/doorverwijzing/onbekend", Expect("niet gevonden", "niet gevonden", "niet gevonden", "niet gevonden", "niet gevonden", "niet gevonden")),
            ("/beheer/toegangslog", Expect(Login, Ok, Forbidden, Forbidden, Forbidden, Forbidden)),
            ("/beheer/orleans/", Expect(Login, Ok, Forbidden, Forbidden, Forbidden, Forbidden)),
            ("/beheer/orleans/DashboardCounters", Expect(Login, Ok, Forbidden, Forbidden, Forbidden, Forbidden)),
            ("/account/mijn-gegevens", Expect(Login, Ok, Ok, Ok, Ok, Ok)),
            ("/account/wachtwoord-wijzigen", Expect(Login, Ok, Ok, Ok, Ok, Ok)),
            ("/profiel/meldingen", Expect(Login, Ok, Ok, Ok, Ok, Ok)),
            ("/agenda/geraden-geheim.ics", Expect("niet gevonden", "niet gevonden", "niet gevonden", "niet gevonden", "niet gevonden", "niet gevonden")),
            ("/netwerken/utrecht/actiepunten", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ("/netwerken/utrecht/actiepunten?eigenaar=iemand&casus=geen&status=alle", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ("/netwerken/bestaat-niet/actiepunten", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ("/netwerken/bestaat-niet", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ("/netwerken/utrecht/sociale-kaart", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ("/netwerken/utrecht/sociale-kaart?soort=MentalHealthCare&taal=Turks", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ("/netwerken/utrecht/sociale-kaart.csv", Expect(Login, NotFound, Ok, Ok, NotFound, NotFound)),
            ("/netwerken/utrecht/sociale-kaart/ggz-utrecht", Expect(Login, NotFound, Ok, Forbidden, NotFound, NotFound)),
            ("/netwerken/utrecht/sociale-kaart/bestaat-niet", Expect(Login, NotFound, NotFound, Forbidden, NotFound, NotFound)),
            ("/netwerken/utrecht/leden", Expect(Login, NotFound, Ok, Forbidden, NotFound, NotFound)),
            ("/beheer/netwerken/nieuw", Expect(Login, Ok, Forbidden, Forbidden, Forbidden, Forbidden)),
            ("/beheer/netwerken/utrecht", Expect(Login, Ok, Forbidden, Forbidden, Forbidden, Forbidden)),
            ("/beheer/netwerken/bestaat-niet", Expect(Login, "niet gevonden", Forbidden, Forbidden, Forbidden, Forbidden)),
            ("/netwerken/utrecht/planning", Expect(Login, NotFound, Ok, Forbidden, NotFound, NotFound)),
            ("/netwerken/bestaat-niet/planning", Expect(Login, NotFound, NotFound, NotFound, NotFound, NotFound)),
            ("/mijn-casussen", Expect(Login, Ok, Ok, Ok, Ok, Ok)),
            ("/account/tweestapsverificatie", Expect(Login, Ok, Ok, Ok, Ok, Ok)),

            // The report viewers of elsewhere have two-factor sign-in on already: setup sends them to the page above.
            ("/account/tweestapsverificatie/instellen", ExpectReport(Login, Ok, Ok, Ok, Ok, Ok, "302 /account/tweestapsverificatie", Ok, "302 /account/tweestapsverificatie")),

            // The code steps need a right password first, in this browser; without one they go back to the password.
            ("/account/inloggen/code", Expect(Login, Login, Login, Login, Login, Login)),
            ("/account/inloggen/herstelcode", Expect(Login, Login, Login, Login, Login, Login)),
            ("/fout/404", Expect(NotFound, NotFound, NotFound, NotFound, NotFound, NotFound)),
        };
        return [.. pages, .. ReportRows()];
    }

    [Fact]
    public async Task EveryHubMethod_AgainstEveryRole()
    {
        var meetingId = await _demo.StartMeetingAsync();
        var meeting = await _demo.MeetingAsync();
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        var memberId = await _demo.UserIdAsync(DemoData.Members[0].Account.Email);
        var due = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var coordinatorId = await _demo.UserIdAsync(DemoData.Coordinator.Email);

        // The member's own case, so a round can run on it with the member as presenter and the chair taking the turns.
        var memberCase = meeting.Agenda.ToList().FindIndex(i => i.CaseId.HasValue && i.PresenterId == memberId);
        var roundId = Guid.NewGuid();

        // Close comes last: after it, the meeting no longer runs. Arguments are made per call, so each call brings its own new id, as a browser would.
        var methods = new (string Method, Func<object?[]> Arguments, Dictionary<string, string> Expected)[]
        {
            ("Join", () => [meetingId], Expect(Refused, Refused, Ok, Ok, Refused, Refused)),
            ("Watch", () => [meetingId], Expect(Refused, Refused, Ok, Ok, Refused, Refused)),
            ("PostContribution", () => [meetingId, Guid.NewGuid(), "Question", "Is er familie in de buurt?", null], Expect(Refused, Refused, Ok, Ok, Refused, Refused)),
            ("RaiseHand", () => [meetingId], Expect(Refused, Refused, Ok, Ok, Refused, Refused)),
            ("LowerHand", () => [meetingId], Expect(Refused, Refused, Ok, Ok, Refused, Refused)),
            ("RaiseHand", () => [meetingId], Expect(Refused, Refused, Ok, Ok, Refused, Refused)),
            ("LowerHandOf", () => [meetingId, memberId], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("GoToItem", () => [meetingId, memberCase], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("GiveFloor", () => [meetingId, memberId], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("TakeFloorBack", () => [meetingId], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("StartRound", () => [meetingId, roundId, new[] { coordinatorId }, 5], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("AdvanceRound", () => [meetingId, roundId, "Clarifying", null], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("PostRoundEntry", () => [meetingId, roundId, Guid.NewGuid(), "Woont hij alleen?"], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("AdvanceRound", () => [meetingId, roundId, "Advice", null], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("PassRoundTurn", () => [meetingId, roundId, "Advice", coordinatorId], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("AdvanceRound", () => [meetingId, roundId, "Reaction", null], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("CloseRound", () => [meetingId, roundId, Guid.NewGuid(), Array.Empty<Guid>(), ""], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("RecordAdvice", () => [meetingId, Guid.NewGuid(), caseId, "Samen naar de huisarts gaan.", "Lid neemt contact op."], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("RecordActionPoint", () => [meetingId, Guid.NewGuid(), "Buurthuis bellen", memberId, due, caseId], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("RecordEscalation", () => [meetingId, Guid.NewGuid(), caseId, "ggz-utrecht", "ggz-contact", "Somberheid", "High"], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
            ("Leave", () => [meetingId], Expect(Refused, Ok, Ok, Ok, Ok, Ok)),
            ("Close", () => [meetingId], Expect(Refused, Refused, Ok, Refused, Refused, Refused)),
        };

        var clients = new Dictionary<string, HubClient?>();
        foreach (var role in Roles.All)
        {
            using var http = await SignedInClient.SignInAsync(_factory, Roles.Email(role));
            clients[role] = role == Roles.Anonymous ? null : await HubClient.ConnectAsync(_factory, http.CookieHeader);
        }

        Assert.Equal(
            Refused,
            await Outcome(async () => await (await HubClient.ConnectAsync(_factory, cookieHeader: null)).InvokeAsync("Join", meetingId)));

        var mismatches = new List<string>();
        foreach (var (method, arguments, expected) in methods)
        {
            // The member's hand must be up for LowerHand to mean something, and present to be given the floor.
            foreach (var role in Roles.All.Where(r => r != Roles.Coordinator).Append(Roles.Coordinator))
            {
                var actual = clients[role] is { } hub ? await Outcome(() => hub.InvokeAsync(method, arguments())) : Refused;
                if (actual != expected[role])
                {
                    mismatches.Add($"{role} {method}: expected {expected[role]}, got {actual}");
                }
            }
        }

        foreach (var hub in clients.Values.OfType<HubClient>())
        {
            await hub.DisposeAsync();
        }

        Assert.Empty(mismatches);
        var closed = await _demo.MeetingAsync();
        Assert.Equal(MeetingStatus.Closed, closed.Status);
        Assert.Equal(2, closed.Contributions.Length);
        Assert.Single(closed.Advice);
        Assert.Single(closed.ActionPoints);
        Assert.Single(closed.Escalations);
    }

    [Fact]
    public async Task PostContribution_SentTwiceWithTheSameId_ShowsOneContribution()
    {
        var meetingId = await _demo.StartMeetingAsync();
        using var http = await SignedInClient.SignInAsync(_factory, Roles.Email(Roles.Member));
        await using var hub = await HubClient.ConnectAsync(_factory, http.CookieHeader);
        await hub.InvokeAsync("Join", meetingId);
        var contributionId = Guid.NewGuid();

        // The second call is the browser's retry after it lost the answer to the first.
        await hub.InvokeAsync("PostContribution", meetingId, contributionId, "Question", "Is er familie in de buurt?", null);
        await hub.InvokeAsync("PostContribution", meetingId, contributionId, "Question", "Is er familie in de buurt?", null);

        var room = await hub.RoomAsync(meetingId);
        Assert.Equal(contributionId, Assert.Single(room.State.Contributions).Id);
        Assert.Equal(contributionId, Assert.Single((await _demo.MeetingAsync()).Contributions).Id);
    }

    /// <summary>
    /// The report pages and downloads: the municipality sees Utrecht and its network, the other municipality Amersfoort
    /// and its network, the province Utrecht and its municipalities (not their networks, nor their per-network table),
    /// the other province only Noord-Holland; a coordinator their own network. Everything else is not found.
    /// </summary>
    private static IEnumerable<(string Path, Dictionary<string, string> Expected)> ReportRows()
    {
        var quarter = $"jaar={DateTime.UtcNow.Year - 1}&kwartaal=4";
        var network = ExpectReport(Login, NotFound, Ok, NotFound, NotFound, Ok, NotFound, NotFound, NotFound);
        var otherNetwork = ExpectReport(Login, NotFound, NotFound, NotFound, Ok, NotFound, Ok, NotFound, NotFound);
        var municipality = ExpectReport(Login, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, Ok, NotFound);
        var province = ExpectReport(Login, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, NotFound);
        var nobody = ExpectReport(Login, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound);
        return
        [
            ("/rapportage", ExpectReport(Login, Ok, "302 /rapportage/netwerk/utrecht", Ok, "302 /rapportage/netwerk/amersfoort", Ok, Ok, Ok, "302 /rapportage/provincie/Noord-Holland")),
            ("/rapportage/uitleg", ExpectReport(Login, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok)),
            ("/rapportage/netwerk/utrecht", network),
            ("/rapportage/netwerk/utrecht?periode=eigen&van=2025-01&tot=2025-12", network),
            ("/rapportage/netwerk/utrecht?periode=kwartaal&jaar=2025&kwartaal=9", network),
            ("/rapportage/netwerk/amersfoort", otherNetwork),
            ("/rapportage/gemeente/Utrecht", municipality),
            ("/rapportage/gemeente/Utrecht?periode=maand&jaar=2025&maand=6", municipality),
            ("/rapportage/gemeente/Amersfoort", ExpectReport(Login, NotFound, NotFound, NotFound, NotFound, NotFound, Ok, Ok, NotFound)),
            ("/rapportage/provincie/Utrecht", province),
            ("/rapportage/provincie/Noord-Holland", ExpectReport(Login, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, NotFound, Ok)),
            ("/rapportage/gemeente/Bestaat-niet", nobody),
            ("/rapportage/netwerk/bestaat-niet", nobody),
            ("/rapportage/land/Nederland", nobody),
            ($"/rapportage/netwerk/utrecht/kwartaal.pdf?{quarter}", network),
            ("/rapportage/netwerk/utrecht/tabel/themas.csv", network),
            ("/rapportage/netwerk/utrecht/cijfers.csv", network),
            ("/rapportage/netwerk/utrecht/tabellen.zip", network),
            ("/rapportage/netwerk/amersfoort/tabel/themas.csv", otherNetwork),
            ($"/rapportage/gemeente/Utrecht/kwartaal.pdf?{quarter}", municipality),
            ("/rapportage/gemeente/Utrecht/kwartaal.pdf?jaar=2025&kwartaal=5", ExpectReport(Login, NotFound, NotFound, NotFound, NotFound, BadRequest, NotFound, BadRequest, NotFound)),
            ("/rapportage/gemeente/Utrecht/cijfers.csv?periode=jaar&jaar=2025", municipality),
            ("/rapportage/gemeente/Utrecht/tabellen.zip", municipality),
            ("/rapportage/gemeente/Utrecht/tabel/themas.csv", municipality),
            ("/rapportage/gemeente/Utrecht/tabel/onderdelen.csv", ExpectReport(Login, NotFound, NotFound, NotFound, NotFound, Ok, NotFound, NotFound, NotFound)),
            ("/rapportage/gemeente/Utrecht/tabel/bestaat-niet.csv", nobody),
            ("/rapportage/gemeente/Utrecht/verslag.pdf", nobody),
            ($"/rapportage/provincie/Utrecht/kwartaal.pdf?{quarter}", province),
            ("/rapportage/provincie/Utrecht/tabellen.zip", province),
            ("/rapportage/provincie/Utrecht/tabel/onderdelen.csv", province),
        ];
    }

    /// <summary>A meeting of its own, closed, with its minutes approved; the demo meeting stays as it is for the other rows.</summary>
    private static async Task<Guid> ClosedMeetingWithApprovedMinutesAsync(DemoWorld demo)
    {
        var coordinator = await demo.ActorAsync(DemoData.Coordinator);
        var view = await demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var meeting = demo.Grains.GetGrain<IMeetingGrain>(view.Id);
        await meeting.CloseAsync(coordinator);
        await meeting.ApproveMinutesAsync(coordinator);
        return view.Id;
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        await ReportViewers.AddAsync(_factory);
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>A municipality or province account of elsewhere is, outside the reports, one more account in no network.</summary>
    private static Dictionary<string, string> Expect(string anonymous, string administrator, string coordinator, string member, string otherNetwork, string municipality) =>
        ExpectReport(anonymous, administrator, coordinator, member, otherNetwork, municipality, municipality, municipality, municipality);

    private static Dictionary<string, string> ExpectReport(
        string anonymous, string administrator, string coordinator, string member, string otherNetwork,
        string municipality, string otherMunicipality, string province, string otherProvince) =>
        new()
        {
            [Roles.Anonymous] = anonymous,
            [Roles.Administrator] = administrator,
            [Roles.Coordinator] = coordinator,
            [Roles.Member] = member,
            [Roles.OtherNetwork] = otherNetwork,
            [Roles.Municipality] = municipality,
            [Roles.OtherMunicipality] = otherMunicipality,
            [Roles.Province] = province,
            [Roles.OtherProvince] = otherProvince,
        };

    private static string Describe(HttpResponseMessage response) => response.StatusCode switch
    {
        HttpStatusCode.OK => Ok,
        HttpStatusCode.NotFound => NotFound,
        HttpStatusCode.BadRequest => BadRequest,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/inloggen", StringComparison.Ordinal) => Login,
        HttpStatusCode.Redirect when response.Headers.Location!.OriginalString.Contains("/account/geen-toegang", StringComparison.Ordinal) => Forbidden,
        var other => $"{(int)other} {response.Headers.Location}",
    };

    private static async Task<string> Outcome(Func<Task> call)
    {
        try
        {
            await call();
            return Ok;
        }
        catch (HubErrorException)
        {
            return Refused;
        }
        catch (InvalidOperationException)
        {
            // The WebSocket upgrade itself was refused (no sign-in).
            return Refused;
        }
    }
}
