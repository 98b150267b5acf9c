using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>An open action point is edited and reassigned by the coordinator, moved and closed by its owner or the coordinator.</summary>
[Collection(SharedGrains.Name)]
public sealed class ActionPointTests(GrainsFixture silo)
{
    private DateOnly Today => DateOnly.FromDateTime(silo.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task Edit_ByTheCoordinator_RewritesTheDescription_AndTheSameTextAgainStoresNothing()
    {
        var (network, id) = await OpenPointAsync();
        var grain = network.Network;

        // The network's own people may be named in an action point.
        await grain.EditActionPointAsync(network.Coordinator, id, "Lid 1 belt het buurthuis over de folder");

        Assert.Equal("Lid 1 belt het buurthuis over de folder", (await PointAsync(network, id)).Point.Description);
        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], () => grain.EditActionPointAsync(network.Coordinator, id, " Lid 1 belt het buurthuis over de folder "));
        Assert.Equal(1, silo.Database.EventCount(network.NetworkStream(), nameof(ActionPointEdited)));
    }

    [Fact]
    public async Task Edit_Refusals_StoreNothing()
    {
        var (network, id) = await OpenPointAsync();
        var grain = network.Network;
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => grain.EditActionPointAsync(network.Member, id, "Anders"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => grain.EditActionPointAsync(network.Outsider, id, "Anders"));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required", () => grain.EditActionPointAsync(network.Coordinator, id, "  "));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.too-long", () => grain.EditActionPointAsync(network.Coordinator, id, new string('a', 501)));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => grain.EditActionPointAsync(network.Coordinator, id, "Bel haar op 06-12345678"));
        Assert.Equal("description", Assert.Single(refused.Fields).Field);
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.action-point-not-found", () => grain.EditActionPointAsync(network.Coordinator, Guid.NewGuid(), "Anders"));

        await grain.CloseActionPointAsync(network.Member, id, ActionPointOutcome.Done, null);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.action-point-not-open", () => grain.EditActionPointAsync(network.Coordinator, id, "Anders"));
    }

    [Fact]
    public async Task Reassign_ByTheCoordinator_ToAnActiveMemberOrCoordinator_Only()
    {
        var (network, id) = await OpenPointAsync();
        var grain = network.Network;
        var stream = network.NetworkStream();

        await grain.ReassignActionPointAsync(network.Coordinator, id, network.OtherMember.UserId);

        Assert.Equal(network.OtherMember.UserId, (await PointAsync(network, id)).Point.OwnerId);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.ReassignActionPointAsync(network.Coordinator, id, network.OtherMember.UserId));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only", () => grain.ReassignActionPointAsync(network.OtherMember, id, network.Member.UserId));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.owner-not-member", () => grain.ReassignActionPointAsync(network.Coordinator, id, network.Invited.UserId));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.owner-not-member", () => grain.ReassignActionPointAsync(network.Coordinator, id, network.Outsider.UserId));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required", () => grain.ReassignActionPointAsync(network.Coordinator, id, ""));

        // The old owner has no say any more; the new one has.
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.action-point-owner-only", () => grain.CloseActionPointAsync(network.Member, id, ActionPointOutcome.Done, null));
        await grain.ReassignActionPointAsync(network.Coordinator, id, network.Coordinator.UserId);
        Assert.Equal(network.Coordinator.UserId, (await PointAsync(network, id)).Point.OwnerId);
    }

    [Fact]
    public async Task MoveDueDate_ByTheOwnerOrTheCoordinator_KeepsEveryMoveWithItsReason()
    {
        var (network, id) = await OpenPointAsync();
        var grain = network.Network;
        var first = Today.AddDays(7);

        await grain.MoveActionPointDueDateAsync(network.Member, id, Today.AddDays(21), "Het buurthuis is twee weken dicht.");
        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], () => grain.MoveActionPointDueDateAsync(network.Member, id, Today.AddDays(21), "Het buurthuis is twee weken dicht."));
        await grain.MoveActionPointDueDateAsync(network.Coordinator, id, Today.AddDays(10), "Kan toch eerder.");

        var point = await PointAsync(network, id);
        Assert.Equal(Today.AddDays(10), point.Point.Due);
        Assert.Equal(
            [(first, Today.AddDays(21), "Het buurthuis is twee weken dicht.", network.Member.UserId), (Today.AddDays(21), Today.AddDays(10), "Kan toch eerder.", network.Coordinator.UserId)],
            point.Moves.Select(m => (m.From, m.To, m.Reason, m.By)).ToArray());
    }

    [Fact]
    public async Task MoveDueDate_Refusals_StoreNothing()
    {
        var (network, id) = await OpenPointAsync();
        var grain = network.Network;
        var stream = network.NetworkStream();
        var later = Today.AddDays(30);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.action-point-owner-only", () => grain.MoveActionPointDueDateAsync(network.OtherMember, id, later, "Reden"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.action-point-owner-only", () => grain.MoveActionPointDueDateAsync(network.Outsider, id, later, "Reden"));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required", () => grain.MoveActionPointDueDateAsync(network.Member, id, later, " "));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.due-in-past", () => grain.MoveActionPointDueDateAsync(network.Member, id, Today.AddDays(-1), "Vergeten"));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.due-unchanged", () => grain.MoveActionPointDueDateAsync(network.Member, id, Today.AddDays(7), "Zelfde dag"));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => grain.MoveActionPointDueDateAsync(network.Member, id, later, "Mevrouw Bakker is pas terug op 12-03-1948"));
        Assert.Equal("reason", Assert.Single(refused.Fields).Field);

        await grain.CloseActionPointAsync(network.Coordinator, id, ActionPointOutcome.NoLongerNeeded, null);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.action-point-not-open", () => grain.MoveActionPointDueDateAsync(network.Member, id, later, "Reden"));
    }

    [Fact]
    public async Task Close_ByTheOwner_WithAnOutcomeAndANote_LeavesTheOpenList_AndTheSameClosingAgainStoresNothing()
    {
        var (network, id) = await OpenPointAsync();
        var grain = network.Network;
        var stream = network.NetworkStream();

        await grain.CloseActionPointAsync(network.Member, id, ActionPointOutcome.NotDone, "Het buurthuis had geen ruimte.");

        var point = await PointAsync(network, id);
        Assert.Equal(ActionPointStatus.NotDone, point.Point.Status);
        Assert.Equal((ActionPointOutcome.NotDone, "Het buurthuis had geen ruimte.", network.Member.UserId), (point.Closing!.Outcome, point.Closing.Note, point.Closing.By));
        Assert.Empty((await grain.GetOpenItemsAsync(Guid.NewGuid())).ActionPoints);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.CloseActionPointAsync(network.Member, id, ActionPointOutcome.NotDone, "Het buurthuis had geen ruimte."));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.action-point-not-open", () => grain.CloseActionPointAsync(network.Member, id, ActionPointOutcome.Done, null));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.action-point-not-open", () => grain.CompleteActionPointAsync(network.Member, id));
    }

    [Fact]
    public async Task Close_Refusals_StoreNothing()
    {
        var (network, id) = await OpenPointAsync();
        var grain = network.Network;
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.action-point-owner-only", () => grain.CloseActionPointAsync(network.OtherMember, id, ActionPointOutcome.Done, null));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.action-point-owner-only", () => grain.CloseActionPointAsync(network.Outsider, id, ActionPointOutcome.Done, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.invalid-choice", () => grain.CloseActionPointAsync(network.Member, id, (ActionPointOutcome)7, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.too-long", () => grain.CloseActionPointAsync(network.Member, id, ActionPointOutcome.Done, new string('a', 1001)));
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => grain.CloseActionPointAsync(network.Member, id, ActionPointOutcome.Done, "Gemaild naar fam.yilmaz@example.nl"));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.action-point-not-found", () => grain.CloseActionPointAsync(network.Coordinator, Guid.NewGuid(), ActionPointOutcome.Done, null));
        Assert.Equal(ActionPointStatus.Open, (await PointAsync(network, id)).Point.Status);
    }

    [Fact]
    public async Task Close_ByTheCoordinator_MapsEachOutcomeToAStatus()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var outcomes = new[] { ActionPointOutcome.Done, ActionPointOutcome.NotDone, ActionPointOutcome.NoLongerNeeded };
        var ids = new List<Guid>();
        foreach (var outcome in outcomes)
        {
            var id = Guid.NewGuid();
            await grain.AddActionPointAsync(network.Coordinator, id, "Folder vertalen", network.Member.UserId, Today.AddDays(7), null, null);
            await grain.CloseActionPointAsync(network.Coordinator, id, outcome, null);
            ids.Add(id);
        }

        var points = await grain.GetActionPointsAsync(network.Member);
        Assert.Equal(
            [ActionPointStatus.Done, ActionPointStatus.NotDone, ActionPointStatus.Cancelled],
            ids.Select(id => points.Single(p => p.Point.Id == id).Point.Status).ToArray());
    }

    [Fact]
    public async Task CompleteAndCancel_AreShownAsClosingsToo()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var (done, cancelled) = (Guid.NewGuid(), Guid.NewGuid());
        await grain.AddActionPointAsync(network.Coordinator, done, "Folder vertalen", network.Member.UserId, Today.AddDays(7), null, null);
        await grain.AddActionPointAsync(network.Coordinator, cancelled, "Gast uitnodigen", network.Member.UserId, Today.AddDays(7), null, null);

        await grain.CompleteActionPointAsync(network.Member, done);
        await grain.CancelActionPointAsync(network.Coordinator, cancelled);

        var points = await grain.GetActionPointsAsync(network.Member);
        Assert.Equal(ActionPointOutcome.Done, points.Single(p => p.Point.Id == done).Closing!.Outcome);
        Assert.Equal(ActionPointOutcome.NoLongerNeeded, points.Single(p => p.Point.Id == cancelled).Closing!.Outcome);
    }

    [Fact]
    public async Task GetActionPoints_IsForMembers_AndNamesTheCase()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var caseId = await network.OpenCaseAsync(network.Member);
        var id = Guid.NewGuid();
        await network.Network.AddActionPointAsync(network.Coordinator, id, "Huisarts bellen", network.Member.UserId, Today.AddDays(7), null, caseId);

        var point = Assert.Single(await network.Network.GetActionPointsAsync(network.Member));

        Assert.Equal((id, "Casus 2026-001", caseId), (point.Point.Id, point.CaseLabel, point.Point.CaseId));
        Assert.Empty(point.Moves);
        Assert.Null(point.Closing);
        await Assert.ThrowsAsync<NotAllowedException>(() => network.Network.GetActionPointsAsync(network.Outsider));
        await Assert.ThrowsAsync<NotAllowedException>(() => network.Network.GetActionPointsAsync(network.Invited));
    }

    private async Task<(TestNetwork Network, Guid Id)> OpenPointAsync()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = Guid.NewGuid();
        await network.Network.AddActionPointAsync(network.Coordinator, id, "Folder van het buurthuis ophalen", network.Member.UserId, Today.AddDays(7), null, null);
        return (network, id);
    }

    private static async Task<ActionPointRecord> PointAsync(TestNetwork network, Guid id) =>
        (await network.Network.GetActionPointsAsync(network.Coordinator)).Single(p => p.Point.Id == id);
}
