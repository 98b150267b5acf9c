using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Testing;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Contract;

/// <summary>
/// The parity fixture of the browser's reducer: a scripted meeting through the real grains on a fake clock, as the live
/// page first shows it (<c>page</c>), every message the forwarder makes after that (<c>messages</c>), and the room the
/// projection ends with (<c>final</c>). The client's node test reduces page.state with the messages and must reach final.
/// </summary>
public sealed partial class RoomHistoryFixtureTests : IAsyncLifetime
{
    public const string File = "web/client/test/fixtures/room-history.json";

    private static readonly JsonSerializerOptions Written = new(RoomJson.Options)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly FakeTimeProvider _clock = new(TestSilos.Start);
    private readonly WebAppFactory _factory;

    public RoomHistoryFixtureTests() => _factory = new WebAppFactory(_clock);

    [Fact]
    public async Task CommittedRoomHistory_IsWhatTheProjectionMakesOfTheScriptedMeeting()
    {
        var demo = new DemoWorld(_factory);
        var coordinator = await demo.ActorAsync(DemoData.Coordinator);
        var presenter = await demo.ActorAsync(DemoData.Members[0].Account);
        var member = await demo.ActorAsync(DemoData.Members[1].Account);
        var view = await demo.PublishOwnMeetingAsync(DemoData.Members[0].Account);
        var meeting = demo.Grains.GetGrain<IMeetingGrain>(view.Id);
        var caseIndex = view.Agenda.ToList().FindIndex(i => i.CaseId.HasValue && i.PresenterId == presenter.UserId);
        var caseId = view.Agenda[caseIndex].CaseId!.Value;
        var (_, fromGrain) = await _factory.Services.GetRequiredService<RoomPages>().GetAsync(coordinator, view.Id);
        // Presence is numbered on the real clock (a new activation, a new epoch): the fixture holds the room as the events make it.
        var page = fromGrain with { State = fromGrain.State with { Present = Web.MeetingRoom.Contract.RoomPresent.None } };

        await Step(() => meeting.RespondAsync(member, Rsvp.Yes));
        await Step(() => meeting.StartAsync(coordinator, overrideDay: true));
        foreach (var actor in new[] { coordinator, presenter, member })
        {
            await Step(() => meeting.JoinAsync(actor));
        }

        await Step(() => meeting.GoToItemAsync(coordinator, caseIndex));
        await Step(() => meeting.RaiseHandAsync(member));
        await Step(() => meeting.RaiseHandAsync(presenter));
        await Step(() => meeting.GiveFloorAsync(coordinator, member.UserId));
        await Step(() => meeting.PostContributionAsync(member, Guid.NewGuid(), ContributionKind.Question, "Heeft zij familie in de buurt?"));
        await Step(() => meeting.TakeFloorBackAsync(coordinator));
        await Step(() => meeting.LowerHandOfAsync(coordinator, presenter.UserId));
        await Step(() => meeting.RaiseHandAsync(member));
        await Step(() => meeting.LeaveAsync(member));
        await Step(() => meeting.JoinAsync(member));

        var roundId = Guid.NewGuid();
        var advice = Guid.NewGuid();
        await Step(() => meeting.StartRoundAsync(coordinator, roundId, [member.UserId], 5));
        await Step(() => meeting.PostRoundEntryAsync(presenter, roundId, Guid.NewGuid(), "Hoe krijgen we haar weer onder de mensen?"));
        await Step(() => meeting.AdvanceRoundAsync(coordinator, roundId, RoundPhase.Clarifying, 10));
        await Step(() => meeting.PostRoundEntryAsync(member, roundId, Guid.NewGuid(), "Gaat zij nog naar de markt?"));
        await Step(() => meeting.AdvanceRoundAsync(coordinator, roundId, RoundPhase.Advice, null));
        await Step(() => meeting.PostRoundEntryAsync(member, roundId, advice, "Samen op zaterdag naar de markt gaan."));
        await Step(() => meeting.AdvanceRoundAsync(coordinator, roundId, RoundPhase.Reaction, 3));
        await Step(() => meeting.PostRoundEntryAsync(presenter, roundId, Guid.NewGuid(), "Dat wil ik haar voorstellen."));
        await Step(() => meeting.CloseRoundAsync(coordinator, roundId, Guid.NewGuid(), [advice], "Het lid belt haar deze week."));

        await Step(() => meeting.RecordAdviceAsync(coordinator, Guid.NewGuid(), caseId, "Vraag de huisarts om een huisbezoek.", "Lid overlegt met de dochter."));
        await Step(() => meeting.RecordActionPointAsync(coordinator, Guid.NewGuid(), "Inloop van het buurthuis nagaan", member.UserId, new DateOnly(2026, 11, 30), caseId));
        await Step(() => meeting.RecordEscalationAsync(coordinator, Guid.NewGuid(), caseId, "ggz-utrecht", "ggz-contact", "Somberheid sinds de zomer", Grains.Abstractions.Cases.Urgency.High));
        await Step(() => meeting.GoToItemAsync(coordinator, 0));
        await Step(() => meeting.GoToItemAsync(coordinator, caseIndex));
        await Step(() => meeting.CloseAsync(coordinator));
        await Step(() => meeting.WriteMinutesNoteAsync(coordinator, view.Agenda[caseIndex].Id, "Besproken in een intervisieronde."));

        var stored = await _factory.Services.GetRequiredService<IEventStore>().ReadAsync<MeetingEvent>(MeetingStreams.Stream(view.Id), page.State.Sequence);
        var messages = new JsonArray();
        var state = page.State;
        foreach (var committed in stored)
        {
            var update = RoomProjection.Apply(state, committed.Sequence, committed.Event);
            state = update.State;
            messages.Add(new JsonObject
            {
                ["method"] = JsonNamingPolicy.CamelCase.ConvertName(update.Message.GetType().Name),
                ["message"] = JsonSerializer.SerializeToNode(update.Message, update.Message.GetType(), Written),
            });
        }

        var final = await _factory.Services.GetRequiredService<RoomStates>().GetAsync(view.Id);
        Assert.Equal(JsonSerializer.Serialize(state, Written), JsonSerializer.Serialize(final, Written));
        var history = new JsonObject
        {
            ["page"] = JsonSerializer.SerializeToNode(page, Written),
            ["messages"] = messages,
            ["final"] = JsonSerializer.SerializeToNode(final, Written),
        };

        await GeneratedFile.AssertCurrentAsync(File, Stable(history.ToJsonString(Written)) + "\n", nameof(RoomHistoryFixtureTests));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    // Ids made by the demo's accounts and grains differ per run: each becomes a stand-in numbered by first appearance.
    private static string Stable(string json)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        return Guids().Replace(json, match =>
        {
            if (!seen.TryGetValue(match.Value, out var standIn))
            {
                standIn = $"00000000-0000-4000-8000-{seen.Count + 1:D12}";
                seen[match.Value] = standIn;
            }

            return standIn;
        });
    }

    // A minute of the clock between steps, so the agenda's and the rounds' clocks show time passing.
    private async Task Step(Func<Task> call)
    {
        _clock.Advance(TimeSpan.FromMinutes(1));
        await call();
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();
}
