using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>A node without the room in memory folds from the newest snapshot in the database, and gets what a whole fold gives.</summary>
public sealed class RoomSnapshotTests(StartedMeeting host) : IClassFixture<StartedMeeting>
{
    [Fact]
    public async Task AColdNode_FoldsOnlyTheEventsAfterTheSnapshot_AndAnswersWhatAWholeFoldGives()
    {
        var meeting = await LongMeetingAsync();
        var snapshots = host.Factory.Services.GetRequiredService<RoomSnapshots>();
        await new RoomStates(Store(), snapshots).GetAsync(meeting.Id);
        var snapshot = await snapshots.LatestAsync(meeting.Id);
        await Meeting(meeting.Id).PostContributionAsync(await host.Demo.ActorAsync(DemoData.Members[1].Account), Guid.NewGuid(), ContributionKind.Remark, "Nog een opmerking.");

        var cold = Store();
        var room = await new RoomStates(cold, snapshots).GetAsync(meeting.Id);

        Assert.NotNull(snapshot);
        Assert.True(snapshot.Sequence >= RoomSnapshots.Interval);
        Assert.Equal([snapshot.Sequence], cold.ReadsAfter);
        var stored = await Store().ReadAsync<MeetingEvent>(MeetingStreams.Stream(meeting.Id));
        Assert.Equal(Json(RoomProjection.Fold(RoomProjection.Empty, stored)), Json(room));
    }

    [Fact]
    public async Task AMeetingThatIsOver_IsFoldedWhole_AndLosesItsSnapshot()
    {
        var meeting = await LongMeetingAsync();
        var snapshots = host.Factory.Services.GetRequiredService<RoomSnapshots>();
        await new RoomStates(Store(), snapshots).GetAsync(meeting.Id);
        await Meeting(meeting.Id).CloseAsync(await host.Demo.ActorAsync(DemoData.Coordinator));

        var cold = Store();
        var room = await new RoomStates(cold, snapshots).GetAsync(meeting.Id);

        Assert.Equal(MeetingStatus.Closed, room.Meeting.Status);
        Assert.Equal(0, cold.ReadsAfter[^1]);
        Assert.Null(await snapshots.LatestAsync(meeting.Id));
    }

    [Fact]
    public async Task RetentionsErasure_DropsEverySnapshot()
    {
        var meeting = await LongMeetingAsync();
        var snapshots = host.Factory.Services.GetRequiredService<RoomSnapshots>();
        await new RoomStates(Store(), snapshots).GetAsync(meeting.Id);
        Assert.NotNull(await snapshots.LatestAsync(meeting.Id));
        var contexts = host.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();

        await using (var db = await contexts.CreateDbContextAsync())
        {
            var erased = new LoggedEvent(1, $"case/{Guid.NewGuid():N}", 9, DateTimeOffset.UnixEpoch, new CaseTextsErased("utrecht", "systeem", DateTimeOffset.UnixEpoch));
            await new ErasureAuditor().ApplyAsync(db, [erased], CancellationToken.None);
            await db.SaveChangesAsync();
        }

        Assert.Null(await snapshots.LatestAsync(meeting.Id));
    }

    // Over a hundred events: more than one snapshot interval.
    private async Task<MeetingView> LongMeetingAsync()
    {
        var meeting = await host.Demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var member = await host.Demo.ActorAsync(DemoData.Members[1].Account);
        await Meeting(meeting.Id).JoinAsync(member, host.Factory.Services.GetRequiredService<RoomPresence>().Node);
        for (var i = 0; i < RoomSnapshots.Interval + 5; i++)
        {
            await Meeting(meeting.Id).PostContributionAsync(member, Guid.NewGuid(), ContributionKind.Remark, "Zij gaat graag naar de markt.");
        }

        return meeting;
    }

    private IMeetingGrain Meeting(Guid meetingId) => host.Demo.Grains.GetGrain<IMeetingGrain>(meetingId);

    private GatedEventStore Store() => new(host.Factory.Services.GetRequiredService<IEventStore>());

    private static string Json(RoomState room) => JsonSerializer.Serialize(room, RoomJson.Options);
}
