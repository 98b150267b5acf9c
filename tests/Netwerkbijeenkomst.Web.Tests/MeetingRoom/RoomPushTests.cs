using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.MeetingRoom;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.MeetingRoom;

/// <summary>Each meeting's pushes run on their own: one meeting stuck in its fold does not hold up another's, and keeps its own order.</summary>
public sealed class RoomPushTests : IAsyncLifetime
{
    private GatedEventStore? _store;
    private readonly WebAppFactory _factory;

    public RoomPushTests() =>
        _factory = new WebAppFactory(services: services => services.AddSingleton(provider =>
            ActivatorUtilities.CreateInstance<RoomStates>(provider, _store = new GatedEventStore(provider.GetRequiredService<IEventStore>()))));

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
    }

    public async Task DisposeAsync()
    {
        _store?.Open();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task AMeetingStuckInItsFold_DoesNotHoldUpAnotherMeetingsPush_AndItsOwnMessagesKeepTheirOrder()
    {
        var demo = new DemoWorld(_factory);
        var stuck = await demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var other = await demo.StartOwnMeetingAsync(DemoData.Members[1].Account);
        await using var inStuck = await ConnectAsync(DemoData.Members[2].Account);
        await using var inOther = await ConnectAsync(DemoData.Members[3].Account);
        var stuckRoom = await inStuck.RoomAsync(stuck.Id);
        var otherRoom = await inOther.RoomAsync(other.Id);
        var rooms = _factory.Services.GetRequiredService<RoomStates>();
        var store = _store!;

        // The stuck meeting's next push must fold from the store, and its reads wait at the gate.
        store.Block(MeetingStreams.Stream(stuck.Id));
        rooms.Clear();
        Guid[] stuckPosts = [Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()];
        await inStuck.InvokeAsync("PostContribution", stuck.Id, stuckPosts[0], "Question", "Wie kent de buren?", null);
        await store.Entered.WaitAsync(TimeSpan.FromSeconds(30));
        foreach (var id in stuckPosts[1..])
        {
            await inStuck.InvokeAsync("PostContribution", stuck.Id, id, "Remark", "Zij gaat graag naar de markt.", null);
        }

        var otherPost = Guid.NewGuid();
        await inOther.InvokeAsync("PostContribution", other.Id, otherPost, "Remark", "Het buurthuis helpt.", null);
        var otherPushed = await NextAfterAsync(inOther, otherRoom.State.Sequence, "ContributionAdded");

        Assert.Equal(otherPost, otherPushed.As<ContributionAdded>().Contribution.Id);
        Assert.False(store.IsOpen);
        store.Open();
        var stuckPushed = new List<PushedMessage>();
        while (stuckPushed.Count < stuckPosts.Length)
        {
            stuckPushed.Add(await NextAfterAsync(inStuck, stuckPushed.Count == 0 ? stuckRoom.State.Sequence : stuckPushed[^1].Sequence, "ContributionAdded"));
        }

        Assert.Equal(stuckPosts, stuckPushed.Select(m => m.As<ContributionAdded>().Contribution.Id));
        Assert.Equal(Enumerable.Range(stuckPushed[0].Sequence, stuckPosts.Length), stuckPushed.Select(m => m.Sequence));
    }

    // Skips what Join itself caused (the attendance) and anything up to the sequence already seen.
    private static async Task<PushedMessage> NextAfterAsync(HubClient hub, int after, string method)
    {
        while (true)
        {
            var message = await hub.NextMessageAsync();
            if (message.Sequence > after && message.Method == method)
            {
                return message;
            }
        }
    }

    private async Task<HubClient> ConnectAsync(DemoAccount account)
    {
        using var http = await SignedInClient.SignInAsync(_factory, account.Email);
        return await HubClient.ConnectAsync(_factory, http.CookieHeader);
    }
}
