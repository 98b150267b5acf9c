using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>Raised hands and the floor survive a reload; the chair lowers hands and takes the floor back.</summary>
[Collection(SharedGrains.Name)]
public sealed class HandsAndFloorTests(GrainsFixture silo)
{
    private static readonly DateTimeOffset NextTuesday = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task AHandAndTheFloor_StayWhenTheirOwnersLeave_AndAreThereWhenTheyComeBack()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        await meeting.JoinAsync(network.OtherMember);
        await meeting.RaiseHandAsync(network.OtherMember);
        await meeting.RaiseHandAsync(network.Member);
        await meeting.GiveFloorAsync(network.Coordinator, network.Member.UserId);

        await meeting.LeaveAsync(network.OtherMember);
        await meeting.LeaveAsync(network.Member);

        var gone = await meeting.GetAsync(network.Coordinator);
        Assert.DoesNotContain(network.OtherMember.UserId, gone.Present);
        Assert.Equal([network.OtherMember.UserId], gone.Hands.ToArray());
        Assert.Equal(network.Member.UserId, gone.Floor);

        await meeting.JoinAsync(network.OtherMember);
        await meeting.JoinAsync(network.Member);
        var back = await meeting.GetAsync(network.Coordinator);
        Assert.Equal([network.OtherMember.UserId], back.Hands.ToArray());
        Assert.Equal(network.Member.UserId, back.Floor);
    }

    [Fact]
    public async Task LowerHandOf_ByTheChair_LowersSomeonesHand_AndAHandNotRaisedStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");
        await meeting.JoinAsync(network.OtherMember);
        await meeting.RaiseHandAsync(network.Member);
        await meeting.RaiseHandAsync(network.OtherMember);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => meeting.LowerHandOfAsync(network.OtherMember, network.Member.UserId));
        await meeting.LowerHandOfAsync(network.Coordinator, network.Member.UserId);

        Assert.Equal([network.OtherMember.UserId], (await meeting.GetAsync(network.Coordinator)).Hands.ToArray());
        Assert.Equal(1, silo.Database.EventCount(stream, nameof(HandLowered)));
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.LowerHandOfAsync(network.Coordinator, network.Member.UserId));
    }

    [Fact]
    public async Task TakeFloorBack_ByTheChair_LeavesNobodyWithTheFloor_AndWithNobodyHavingItStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");
        await meeting.GiveFloorAsync(network.Coordinator, network.Member.UserId);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => meeting.TakeFloorBackAsync(network.Member));
        await meeting.TakeFloorBackAsync(network.Coordinator);

        Assert.Null((await meeting.GetAsync(network.Member)).Floor);
        Assert.Equal(1, silo.Database.EventCount(stream, nameof(FloorTakenBack)));
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.TakeFloorBackAsync(network.Coordinator));
    }

    [Fact]
    public async Task GoingToAnotherItem_LowersTheHandsAndFreesTheFloor_AndClosingEmptiesTheRoom()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (id, _) = await network.StartedMeetingWithCaseAsync(NextTuesday);
        var meeting = network.Meeting(id);
        await meeting.RaiseHandAsync(network.Member);
        await meeting.GiveFloorAsync(network.Coordinator, network.Coordinator.UserId);

        await meeting.GoToItemAsync(network.Coordinator, 1);
        var moved = await meeting.GetAsync(network.Member);
        Assert.Equal((0, (string?)null), (moved.Hands.Length, moved.Floor));

        await meeting.RaiseHandAsync(network.Member);
        await meeting.GiveFloorAsync(network.Coordinator, network.Coordinator.UserId);
        await meeting.CloseAsync(network.Coordinator);
        var closed = await meeting.GetAsync(network.Member);
        Assert.Equal((0, 0, (string?)null), (closed.Present.Length, closed.Hands.Length, closed.Floor));
    }
}
