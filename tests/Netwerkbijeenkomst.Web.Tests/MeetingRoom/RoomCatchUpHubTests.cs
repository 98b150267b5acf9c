using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>A browser that comes back with the room up to some number gets only what it missed, ahead of the answer; the whole room only when it must.</summary>
public sealed class RoomCatchUpHubTests(StartedMeeting host) : IClassFixture<StartedMeeting>
{
    [Fact]
    public async Task WatchAfter_SendsExactlyTheMissedMessagesInOrderBeforeItsAnswer_AndNoWholeRoom()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        await using var poster = await ConnectAsync(DemoData.Members[1].Account);
        var seen = (await poster.RoomAsync(meeting.Id)).State.Sequence;
        Guid[] posted = [Guid.NewGuid(), Guid.NewGuid()];
        foreach (var id in posted)
        {
            await poster.InvokeAsync("PostContribution", meeting.Id, id, "Question", "Wie kent de buren?", null);
        }

        await using var back = await ConnectAsync(DemoData.Members[2].Account);
        var answer = await CatchUpAsync(back, "WatchAfter", meeting.Id, RoomContract.Version, seen);

        var stored = await StoredAsync(meeting.Id);
        Assert.Equal(RoomContract.Version, answer.Version);
        Assert.Null(answer.State);
        var missed = new List<PushedMessage>();
        while (missed.Count < stored[^1].Sequence - seen)
        {
            missed.Add(await back.NextMessageAsync());
        }

        Assert.Equal(Enumerable.Range(seen + 1, stored[^1].Sequence - seen), missed.Select(m => m.Sequence));
        Assert.Equal(posted, missed.Where(m => m.Method == nameof(IMeetingClient.ContributionAdded)).Select(m => m.As<ContributionAdded>().Contribution.Id));
    }

    [Fact]
    public async Task JoinAfter_GivesTheMissedMessagesOnly_AndEntersTheAttendance()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var memberId = await host.Demo.UserIdAsync(DemoData.Members[1].Account.Email);
        await using var poster = await ConnectAsync(DemoData.Members[2].Account);
        var seen = (await poster.RoomAsync(meeting.Id)).State.Sequence;
        var post = Guid.NewGuid();
        await poster.InvokeAsync("PostContribution", meeting.Id, post, "Remark", "Zij gaat graag naar de markt.", null);

        await using var back = await ConnectAsync(DemoData.Members[1].Account);
        var answer = await CatchUpAsync(back, "JoinAfter", meeting.Id, RoomContract.Version, seen);

        Assert.Null(answer.State);
        var last = (await StoredAsync(meeting.Id))[^1].Sequence;
        // The live push of the rejoin's own attendance may come before or after the catch-up's copy: numbers, not arrival, count here.
        var messages = new List<PushedMessage>();
        while (!Enumerable.Range(seen + 1, last - seen).All(n => messages.Exists(m => m.Sequence == n)))
        {
            messages.Add(await back.NextMessageAsync());
        }

        Assert.All(messages, m => Assert.True(m.Sequence > seen, $"message {m.Sequence} was not missed"));
        Assert.Equal(Enumerable.Range(seen + 1, last - seen), messages.Select(m => m.Sequence).Distinct().Order());
        Assert.Contains(messages, m => m.Method == nameof(IMeetingClient.ContributionAdded) && m.As<ContributionAdded>().Contribution.Id == post);
        Assert.Contains(memberId, (await host.Demo.Grains.GetGrain<IMeetingGrain>(meeting.Id).GetAsync(await host.Demo.ActorAsync(DemoData.Coordinator))).Present);
    }

    [Fact]
    public async Task JoinAfter_FromAnotherContractVersion_AnswersTheWholeRoom()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        await using var hub = await ConnectAsync(DemoData.Members[1].Account);

        var answer = await CatchUpAsync(hub, "JoinAfter", meeting.Id, RoomContract.Version - 1, 1);

        Assert.NotNull(answer.State);
        Assert.Equal((await StoredAsync(meeting.Id))[^1].Sequence, answer.State.Sequence);
    }

    private static async Task<CatchUpResult> CatchUpAsync(HubClient hub, string method, Guid meetingId, int version, int sequence) =>
        (await hub.InvokeAsync(method, meetingId, version, sequence)).Deserialize<CatchUpResult>(RoomJson.Options)!;

    private async Task<HubClient> ConnectAsync(DemoAccount account)
    {
        using var http = await SignedInClient.SignInAsync(host.Factory, account.Email);
        return await HubClient.ConnectAsync(host.Factory, http.CookieHeader);
    }

    private async Task<IReadOnlyList<CommittedEvent<MeetingEvent>>> StoredAsync(Guid meetingId) =>
        await host.Factory.Services.GetRequiredService<IEventStore>().ReadAsync<MeetingEvent>(MeetingStreams.Stream(meetingId));
}
