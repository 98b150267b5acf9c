using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>The coordinator manages members and co-coordinators; administrators see and set a network's coordinators.</summary>
[Collection(SharedGrains.Name)]
public sealed class MembersAndRolesTests(GrainsFixture silo)
{
    [Fact]
    public async Task DeactivateAndReactivate_Repeated_AreIgnored()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();

        await grain.DeactivateMemberAsync(network.Coordinator, network.Member.UserId);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.DeactivateMemberAsync(network.Coordinator, network.Member.UserId));
        Assert.Equal(NetworkRole.None, await grain.GetRoleAsync(network.Member.UserId));

        await grain.ActivateMemberAsync(network.Coordinator, network.Member.UserId);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.ActivateMemberAsync(network.Coordinator, network.Member.UserId));
        await silo.Database.AssertIgnoredAsync([stream], () => grain.ActivateMemberAsync(network.Member, network.Member.UserId));
        Assert.Equal(NetworkRole.Member, await grain.GetRoleAsync(network.Member.UserId));
    }

    [Fact]
    public async Task DeactivatedMember_DropsOffKnownPeople_AndComesBackWhenReactivated()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        await network.Network.DeactivateMemberAsync(network.Coordinator, network.Member.UserId);
        Assert.DoesNotContain("Lid 1", (await network.Network.GetKnownPeopleAsync()).Names);

        await network.Network.ActivateMemberAsync(network.Coordinator, network.Member.UserId);
        Assert.Contains("Lid 1", (await network.Network.GetKnownPeopleAsync()).Names);
    }

    [Fact]
    public async Task DeactivatedMember_CanNoLongerPostOrRaiseAHand_InAMeetingTheyArePresentIn()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var (meetingId, _) = await network.StartedMeetingWithCaseAsync(TestSilos.Start.AddDays(2));
        var meeting = network.Meeting(meetingId);
        var stream = meetingId.Stream("meeting");

        await network.Network.DeactivateMemberAsync(network.Coordinator, network.Member.UserId);

        Assert.Contains(network.Member.UserId, (await meeting.GetAsync(network.Coordinator)).Present);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only",
            () => meeting.PostContributionAsync(network.Member, Guid.NewGuid(), ContributionKind.Question, "Is er familie in de buurt?"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only",
            () => meeting.RaiseHandAsync(network.Member));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only",
            () => meeting.JoinAsync(network.Member));
        await meeting.LeaveAsync(network.Member);
        Assert.DoesNotContain(network.Member.UserId, (await meeting.GetAsync(network.Coordinator)).Present);
    }

    [Fact]
    public async Task EditMember_SetsCommunitiesAndLanguages_AndTheSameAgainStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        Task Edit() => network.Network.EditMemberAsync(network.Coordinator, network.Member.UserId, ["Turks", "Koerdisch"], ["Turks", "Koerdisch", "Nederlands"]);
        await Edit();

        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], Edit);

        var member = (await network.Network.GetAsync(network.Coordinator)).Members.Single(m => m.UserId == network.Member.UserId);
        Assert.Equal(["Turks", "Koerdisch"], member.Communities.ToArray());
        Assert.Equal(["Turks", "Koerdisch", "Nederlands"], member.Languages.ToArray());
    }

    [Fact]
    public async Task EditMember_IsForCoordinators_AndRefusesBadInput()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => network.Network.EditMemberAsync(network.Member, network.Member.UserId, ["Turks"], []));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.too-long",
            () => network.Network.EditMemberAsync(network.Coordinator, network.Member.UserId, [new string('x', 61)], []));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.member-not-found",
            () => network.Network.EditMemberAsync(network.Coordinator, "onbekend", ["Turks"], []));
    }

    [Fact]
    public async Task ForgetMember_AlsoErasesEditedCommunitiesAndLanguages()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        await network.Network.EditMemberAsync(network.Coordinator, network.Member.UserId, ["Koerdisch-Alevitisch"], ["Zaza"]);

        await network.Network.ForgetMemberAsync(network.Member);

        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s AND Payload LIKE '%Zaza%'", ("$s", network.NetworkStream())));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(network.NetworkStream(), "network.member-forgotten",
            () => network.Network.EditMemberAsync(network.Coordinator, network.Member.UserId, ["Turks"], []));
    }

    [Fact]
    public async Task PromoteMember_MakesThemCoordinator_AndARepeatIsIgnored()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        Task Promote() => network.Network.PromoteMemberAsync(network.Coordinator, network.Member.UserId);
        await Promote();

        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], Promote);

        Assert.Equal(NetworkRole.Coordinator, await network.Network.GetRoleAsync(network.Member.UserId));
        var coordinators = (await network.Network.GetSettingsAsync(network.Admin)).Coordinators;
        Assert.Equal([network.Coordinator.UserId, network.Member.UserId], coordinators.Select(c => c.UserId).ToArray());
        Assert.Equal("Lid 1", coordinators[1].DisplayName);
    }

    [Fact]
    public async Task PromoteMember_Rules_AreEnforced()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => network.Network.PromoteMemberAsync(network.Member, network.OtherMember.UserId));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.member-not-active",
            () => network.Network.PromoteMemberAsync(network.Coordinator, network.Invited.UserId));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.member-not-found",
            () => network.Network.PromoteMemberAsync(network.Coordinator, "onbekend"));
    }

    [Fact]
    public async Task Coordinator_StepsDown_AndStaysAMember_ButTheLastOneCannot()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.last-coordinator",
            () => grain.RemoveCoordinatorAsync(network.Coordinator, network.Coordinator.UserId));
        await grain.PromoteMemberAsync(network.Coordinator, network.Member.UserId);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.member-is-coordinator",
            () => grain.DeactivateMemberAsync(network.Coordinator, network.Member.UserId));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.step-down-self-only",
            () => grain.RemoveCoordinatorAsync(network.Coordinator, network.Member.UserId));

        await grain.RemoveCoordinatorAsync(network.Member, network.Member.UserId);
        await silo.Database.AssertIgnoredAsync([stream], () => grain.RemoveCoordinatorAsync(network.Member, network.Member.UserId));

        Assert.Equal(NetworkRole.Member, await grain.GetRoleAsync(network.Member.UserId));
    }

    [Fact]
    public async Task Administrator_RemovesACoordinator_WhoWasNeverAMember_AndTheyLoseTheirRole()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        await network.Network.AddCoordinatorAsync(network.Admin, new Coordinator("tweede", "Tweede coördinator"));

        await network.Network.RemoveCoordinatorAsync(network.Admin, network.Coordinator.UserId);

        Assert.Equal(NetworkRole.None, await network.Network.GetRoleAsync(network.Coordinator.UserId));
        Assert.Equal(["tweede"], (await network.Network.GetSettingsAsync(network.Admin)).Coordinators.Select(c => c.UserId).ToArray());
    }

    [Fact]
    public async Task Settings_AreForAdministratorsAndCoordinators()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        var settings = await network.Network.GetSettingsAsync(network.Admin);
        Assert.Equal((network.Id, "Netwerk Utrecht", "Utrecht"), (settings.Id, settings.Name, settings.Municipality));
        Assert.Equal(settings.Name, (await network.Network.GetSettingsAsync(network.Coordinator)).Name);
        await Assert.ThrowsAsync<NotAllowedException>(() => network.Network.GetSettingsAsync(network.Member));
        await Assert.ThrowsAsync<NotAllowedException>(() => network.Network.GetSettingsAsync(network.Outsider));
    }
}
