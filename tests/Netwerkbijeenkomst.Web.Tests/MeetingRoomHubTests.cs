using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>
/// The room contract on the wire: Join and Watch answer the room as the projection folds the stream, and every event
/// reaches the room as exactly one message of its kind, with its own sequence number. Each test runs its own meeting.
/// </summary>
public sealed class MeetingRoomHubTests(StartedMeeting host) : IClassFixture<StartedMeeting>
{
    [Fact]
    public async Task Join_AnswersTheRoomAtTheStreamsLastEvent_AsTheProjectionFoldsIt()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var hub = await ConnectAsync(DemoData.Members[1].Account);

        var joined = await hub.RoomAsync(meeting.Id);

        var stored = await StoredAsync(meeting.Id);
        Assert.Equal(RoomContract.Version, joined.Version);
        Assert.Equal(stored[^1].Sequence, joined.State.Sequence);
        Assert.Equal(Json(RoomProjection.Fold(RoomProjection.Empty, stored)), Json(joined.State with { Present = RoomPresent.None }));
        Assert.Contains(memberId, joined.State.Present.UserIds);
    }

    [Fact]
    public async Task Reconnect_AfterMissedMessages_FindsThemInJoinsRoom()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var away = await ConnectAsync(DemoData.Members[1].Account);
        var before = await away.RoomAsync(meeting.Id);
        await away.DisposeAsync();

        await using var other = await ConnectAsync(DemoData.Members[2].Account);
        await other.RoomAsync(meeting.Id);
        Guid[] posted = [Guid.NewGuid(), Guid.NewGuid()];
        foreach (var id in posted)
        {
            await other.InvokeAsync("PostContribution", meeting.Id, id, "Question", "Wie kent de buren?", null);
        }

        await using var back = await ConnectAsync(DemoData.Members[1].Account);
        var after = await back.RoomAsync(meeting.Id);

        Assert.Equal(posted, after.State.Contributions.Select(c => c.Id).Where(posted.Contains));
        Assert.True(after.State.Sequence > before.State.Sequence);
        Assert.Equal((await StoredAsync(meeting.Id))[^1].Sequence, after.State.Sequence);
    }

    [Fact]
    public async Task RaisedHand_SurvivesLeaveAndJoin()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var hub = await ConnectAsync(DemoData.Members[1].Account);
        await hub.RoomAsync(meeting.Id);
        await hub.InvokeAsync("RaiseHand", meeting.Id);

        await hub.InvokeAsync("Leave", meeting.Id);
        var away = await MeetingAsync(meeting.Id);
        var back = await hub.RoomAsync(meeting.Id);

        Assert.DoesNotContain(memberId, away.Present);
        Assert.Equal(memberId, Assert.Single(away.Hands));
        Assert.Equal(memberId, Assert.Single(back.State.Attendance.Hands));
        Assert.Contains(memberId, back.State.Present.UserIds);
    }

    [Fact]
    public async Task Watch_SeesTheMeetingStart_WithoutJoiningTheAttendance()
    {
        var meeting = await host.Demo.PublishOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var hub = await ConnectAsync(DemoData.Members[1].Account);
        var watched = await hub.RoomAsync(meeting.Id, "Watch");

        await host.Demo.Grains.GetGrain<IMeetingGrain>(meeting.Id).StartAsync(await host.Demo.ActorAsync(DemoData.Coordinator), overrideDay: true);

        var pushed = await hub.NextMessageAsync();
        Assert.Equal(MeetingStatus.Published, watched.State.Meeting.Status);
        Assert.Equal(nameof(IMeetingClient.MeetingChanged), pushed.Method);
        Assert.Equal(watched.State.Sequence + 1, pushed.Sequence);
        Assert.Equal(MeetingStatus.Started, pushed.As<MeetingChanged>().Meeting.Status);
        Assert.DoesNotContain(memberId, (await MeetingAsync(meeting.Id)).Present);
    }

    [Fact]
    public async Task EveryEvent_IsPushedAsTheOneMessageOfItsKind_WithItsSequence_AsTheProjectionMakesIt()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var coordinator = await host.Demo.ActorAsync(DemoData.Coordinator);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[0].Account.Email);
        var caseItem = meeting.Agenda.ToList().FindIndex(i => i.CaseId.HasValue);
        var caseId = meeting.Agenda[caseItem].CaseId!.Value;
        await using var chair = await ConnectAsync(DemoData.Coordinator);
        await using var member = await ConnectAsync(DemoData.Members[0].Account);
        var room = await chair.RoomAsync(meeting.Id);

        await member.RoomAsync(meeting.Id);
        await chair.InvokeAsync("GoToItem", meeting.Id, caseItem);
        await member.InvokeAsync("RaiseHand", meeting.Id);
        await chair.InvokeAsync("GiveFloor", meeting.Id, memberId);
        await chair.InvokeAsync("TakeFloorBack", meeting.Id);
        await member.InvokeAsync("PostContribution", meeting.Id, Guid.NewGuid(), "Remark", "Zij gaat graag naar de markt.", null);
        await chair.InvokeAsync("RecordAdvice", meeting.Id, Guid.NewGuid(), caseId, "Samen naar de markt gaan.", "Lid vraagt het volgende week.");
        await chair.InvokeAsync("RecordActionPoint", meeting.Id, Guid.NewGuid(), "Buurthuis bellen", memberId, "2030-01-15", caseId);
        await chair.InvokeAsync("RecordEscalation", meeting.Id, Guid.NewGuid(), caseId, "ggz-utrecht", "ggz-contact", "Somberheid", "Normal");
        await chair.InvokeAsync("StartRound", meeting.Id, Guid.NewGuid(), new[] { coordinator.UserId }, 10);
        await chair.InvokeAsync("Close", meeting.Id);
        await host.Demo.Grains.GetGrain<IMeetingGrain>(meeting.Id).WriteMinutesNoteAsync(coordinator, meeting.Agenda[caseItem].Id, "Besproken.");

        var stored = await StoredAsync(meeting.Id);
        var pushed = (await chair.MessagesUntilAsync(stored[^1].Sequence)).Where(m => m.Sequence > room.State.Sequence).ToList();
        Assert.Equal(
            [
                "SequenceAdvanced", "AgendaChanged", "AttendanceChanged", "AttendanceChanged", "AttendanceChanged", "ContributionAdded",
                "AdviceAdded", "ActionPointAdded", "EscalationAdded", "RoundChanged", "MeetingChanged", "SequenceAdvanced",
            ],
            pushed.Select(m => m.Method));
        Assert.Equal(Enumerable.Range(room.State.Sequence + 1, pushed.Count), pushed.Select(m => m.Sequence));
        var expected = new List<string>();
        var state = RoomProjection.Empty;
        foreach (var committed in stored)
        {
            var update = RoomProjection.Apply(state, committed.Sequence, committed.Event);
            state = update.State;
            if (committed.Sequence > room.State.Sequence)
            {
                expected.Add(Json(update.Message, update.Message.GetType()));
            }
        }

        Assert.Equal(expected.Count, pushed.Count);
        foreach (var (want, got) in expected.Zip(pushed))
        {
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(want), got.Message), $"{got.Method} {got.Sequence}: pushed {got.Message.ToJsonString()}, the projection makes {want}");
        }
    }

    private async Task<HubClient> ConnectAsync(DemoAccount account)
    {
        using var http = await SignedInClient.SignInAsync(host.Factory, account.Email);
        return await HubClient.ConnectAsync(host.Factory, http.CookieHeader);
    }

    private async Task<MeetingView> MeetingAsync(Guid meetingId) =>
        await host.Demo.Grains.GetGrain<IMeetingGrain>(meetingId).GetAsync(await host.Demo.ActorAsync(DemoData.Coordinator));

    private async Task<IReadOnlyList<CommittedEvent<MeetingEvent>>> StoredAsync(Guid meetingId) =>
        await host.Factory.Services.GetRequiredService<IEventStore>().ReadAsync<MeetingEvent>(MeetingStreams.Stream(meetingId));

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, RoomJson.Options);

    private static string Json(object value, Type type) => JsonSerializer.Serialize(value, type, RoomJson.Options);
}
