using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Grains.Tests;

[Collection(SharedGrains.Name)]
public sealed class NetworkGrainTests(GrainsFixture silo)
{
    private static readonly DateOnly NextWeek = DateOnly.FromDateTime(TestSilos.Start.UtcDateTime).AddDays(7);

    [Fact]
    public async Task Create_ByAnAdministrator_FoundsTheNetworkWithItsCoordinator()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        var view = await network.Network.GetAsync(network.Coordinator);

        Assert.Equal("Netwerk Utrecht", view.Name);
        Assert.Equal("Utrecht", view.Municipality);
        Assert.Equal(network.Coordinator.UserId, Assert.Single(view.Coordinators).UserId);
        Assert.Equal(NetworkRole.Coordinator, await network.Network.GetRoleAsync(network.Coordinator.UserId));
    }

    [Fact]
    public async Task Create_ByAnyoneButAnAdministrator_IsRefused()
    {
        var id = $"net-{Guid.NewGuid():N}";
        var grain = silo.Grains.GetGrain<INetworkGrain>(id);

        await silo.Database.AssertRefusedAsync<NotAllowedException>($"network/{id}", "network.administrator-only",
            () => grain.CreateAsync(new Actor("iemand"), "Netwerk", "Utrecht", new Coordinator("c", "C")));
        Assert.Equal(NetworkRole.None, await grain.GetRoleAsync("c"));
    }

    [Theory]
    [InlineData("", "Utrecht", "name")]
    [InlineData("Netwerk", " ", "municipality")]
    public async Task Create_WithoutNameOrMunicipality_IsRefusedNamingTheField(string name, string municipality, string field)
    {
        var id = $"net-{Guid.NewGuid():N}";

        var error = await silo.Database.AssertRefusedAsync<InvalidInputException>($"network/{id}", "input.required",
            () => silo.Grains.GetGrain<INetworkGrain>(id).CreateAsync(Actor.Administrator("beheer"), name, municipality, new Coordinator("c", "C")));
        Assert.Equal(field, error.Field);
    }

    [Fact]
    public async Task Create_Twice_IsRefused()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(network.NetworkStream(), "network.exists",
            () => network.Network.CreateAsync(network.Admin, "Opnieuw", "Utrecht", new Coordinator("x", "X")));
    }

    [Fact]
    public async Task Member_GoesFromInvitedToActiveToInactiveAndBack()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        Assert.Equal(NetworkRole.None, await grain.GetRoleAsync(network.Invited.UserId));

        await grain.ActivateMemberAsync(network.Invited, network.Invited.UserId);
        Assert.Equal(NetworkRole.Member, await grain.GetRoleAsync(network.Invited.UserId));

        await grain.DeactivateMemberAsync(network.Coordinator, network.Invited.UserId);
        Assert.Equal(NetworkRole.None, await grain.GetRoleAsync(network.Invited.UserId));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.coordinator-only",
            () => grain.ActivateMemberAsync(network.Invited, network.Invited.UserId));

        await grain.ActivateMemberAsync(network.Coordinator, network.Invited.UserId);
        var member = (await grain.GetAsync(network.Coordinator)).Members.Single(m => m.UserId == network.Invited.UserId);
        Assert.Equal(MemberStatus.Active, member.Status);
        Assert.Equal(["Marokkaans"], member.Communities.ToArray());
    }

    [Fact]
    public async Task MemberRules_AreEnforced()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => grain.InviteMemberAsync(network.Member, "nieuw", "Nieuw lid", [], []));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.member-exists",
            () => grain.InviteMemberAsync(network.Coordinator, network.Member.UserId, "Dubbel", [], []));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => grain.ActivateMemberAsync(network.Member, network.Invited.UserId));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.member-not-active",
            () => grain.DeactivateMemberAsync(network.Coordinator, network.Invited.UserId));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => grain.DeactivateMemberAsync(network.Member, network.OtherMember.UserId));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.member-not-found",
            () => grain.ActivateMemberAsync(network.Coordinator, "onbekend"));
    }

    [Fact]
    public async Task Coordinators_AreAddedByAdministratorsAndCoordinators_Only()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;

        await grain.AddCoordinatorAsync(network.Admin, new Coordinator("tweede", "Tweede coördinator"));
        await grain.AddCoordinatorAsync(network.Coordinator, new Coordinator("derde", "Derde coördinator"));

        await silo.Database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.coordinator-only",
            () => grain.AddCoordinatorAsync(network.Member, new Coordinator("vierde", "Vierde")));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(network.NetworkStream(), "network.coordinator-exists",
            () => grain.AddCoordinatorAsync(network.Admin, new Coordinator("derde", "Derde")));
        Assert.Equal(NetworkRole.Coordinator, await grain.GetRoleAsync("derde"));
    }

    [Fact]
    public async Task SocialMap_HoldsInstitutionsWithContactPersonsAndRoles()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();

        await grain.AddInstitutionAsync(network.Coordinator, "huisarts-noord", "Huisartsenpraktijk Noord", InstitutionKind.GeneralPractitioner, PartnerRoles.RefersToUs);

        var map = (await grain.GetAsync(network.Member)).SocialMap;
        Assert.Equal([TestNetwork.Institution, "huisarts-noord"], map.Select(i => i.Id).ToArray());
        Assert.Equal(TestNetwork.Contact, Assert.Single(map[0].Contacts).Id);
        Assert.Equal(PartnerRoles.WeReferToThem | PartnerRoles.Cooperates, map[0].Roles);

        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.institution-exists",
            () => grain.AddInstitutionAsync(network.Coordinator, "huisarts-noord", "Dubbel", InstitutionKind.GeneralPractitioner, PartnerRoles.RefersToUs));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.partner-roles",
            () => grain.AddInstitutionAsync(network.Coordinator, "wijkteam", "Wijkteam", InstitutionKind.NeighbourhoodTeam, PartnerRoles.None));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.invalid-choice",
            () => grain.AddInstitutionAsync(network.Coordinator, "raar", "Raar", (InstitutionKind)99, PartnerRoles.Cooperates));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.institution-not-found",
            () => grain.AddContactPersonAsync(network.Coordinator, "bestaat-niet", new ContactPerson("c", "C", "Functie", null, null)));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.contact-exists",
            () => grain.AddContactPersonAsync(network.Coordinator, TestNetwork.Institution, new ContactPerson(TestNetwork.Contact, "C", "Functie", null, null)));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => grain.AddInstitutionAsync(network.Member, "wijkteam", "Wijkteam", InstitutionKind.NeighbourhoodTeam, PartnerRoles.Cooperates));
    }

    [Fact]
    public async Task MeetingRule_YieldsTheNextDatesInAmsterdamTime()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        var dates = await network.Network.GetNextMeetingDatesAsync(6);

        // Second Tuesday at 19:30 Amsterdam: winter time is UTC+1, summer time (from 28 March 2027) UTC+2.
        Assert.Equal(
            [
                new DateTimeOffset(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2026, 12, 8, 19, 30, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2027, 1, 12, 19, 30, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2027, 2, 9, 19, 30, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2027, 3, 9, 19, 30, 0, TimeSpan.FromHours(1)),
                new DateTimeOffset(2027, 4, 13, 19, 30, 0, TimeSpan.FromHours(2)),
            ],
            dates.ToArray());
    }

    [Fact]
    public async Task MeetingRule_LastWeekOfTheMonth_And_InvalidRulesAreRefused()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;

        await grain.SetMeetingRuleAsync(network.Coordinator, new MeetingRule(5, DayOfWeek.Thursday, new TimeOnly(10, 0), new TimeOnly(12, 0)));
        Assert.Equal(
            [new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.FromHours(1)), new DateTimeOffset(2026, 12, 31, 10, 0, 0, TimeSpan.FromHours(1))],
            (await grain.GetNextMeetingDatesAsync(2)).ToArray());

        await silo.Database.AssertRefusedAsync<InvalidInputException>(network.NetworkStream(), "network.rule-week",
            () => grain.SetMeetingRuleAsync(network.Coordinator, new MeetingRule(0, DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(11, 0))));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(network.NetworkStream(), "network.rule-times",
            () => grain.SetMeetingRuleAsync(network.Coordinator, new MeetingRule(1, DayOfWeek.Monday, new TimeOnly(11, 0), new TimeOnly(10, 0))));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.coordinator-only",
            () => grain.SetMeetingRuleAsync(network.Member, new MeetingRule(1, DayOfWeek.Monday, new TimeOnly(10, 0), new TimeOnly(11, 0))));
    }

    [Fact]
    public async Task ActionPoint_IsOpenUntilItsOwnerOrACoordinatorCompletesIt()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();

        var done = Guid.NewGuid();
        var cancelled = Guid.NewGuid();
        await grain.AddActionPointAsync(network.Coordinator, done, "Folder van het wijkteam vertalen", network.Member.UserId, NextWeek, null, null);
        await grain.AddActionPointAsync(network.Coordinator, cancelled, "Gastspreker GGZ uitnodigen", network.Coordinator.UserId, NextWeek, null, null);

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.action-point-owner-only",
            () => grain.CompleteActionPointAsync(network.OtherMember, done));
        await grain.CompleteActionPointAsync(network.Member, done);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.action-point-not-open",
            () => grain.CompleteActionPointAsync(network.Coordinator, done));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => grain.CancelActionPointAsync(network.Member, cancelled));
        await grain.CancelActionPointAsync(network.Coordinator, cancelled);

        var points = (await grain.GetAsync(network.Coordinator)).ActionPoints;
        Assert.Equal([ActionPointStatus.Done, ActionPointStatus.Cancelled], points.Select(p => p.Status).ToArray());
        Assert.Empty((await grain.GetOpenItemsAsync(Guid.NewGuid())).ActionPoints);
    }

    [Fact]
    public async Task ActionPoint_Rules_AreEnforced()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => grain.AddActionPointAsync(network.Member, Guid.NewGuid(), "Iets doen", network.Member.UserId, NextWeek, null, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.owner-not-member",
            () => grain.AddActionPointAsync(network.Coordinator, Guid.NewGuid(), "Iets doen", network.Invited.UserId, NextWeek, null, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "network.due-in-past",
            () => grain.AddActionPointAsync(network.Coordinator, Guid.NewGuid(), "Iets doen", network.Member.UserId, NextWeek.AddDays(-30), null, null));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required",
            () => grain.AddActionPointAsync(network.Coordinator, Guid.NewGuid(), "  ", network.Member.UserId, NextWeek, null, null));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => grain.AddActionPointAsync(network.Coordinator, Guid.NewGuid(), "Bel haar op 06-12345678", network.Member.UserId, NextWeek, null, null));
        Assert.Equal(new PrivacyFinding(PersonalDataKind.Phone, 12, 11), Assert.Single(Assert.Single(refused.Fields).Findings));
        await silo.Database.AssertRefusedAsync<NotFoundException>(stream, "network.action-point-not-found",
            () => grain.CompleteActionPointAsync(network.Coordinator, Guid.NewGuid()));
    }

    [Fact]
    public async Task AddActionPoint_RepeatedWithTheSameId_IsIgnored()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var grain = network.Network;
        var actionPointId = Guid.NewGuid();
        Task Add() => grain.AddActionPointAsync(network.Coordinator, actionPointId, "Folder van het wijkteam vertalen", network.Member.UserId, NextWeek, null, null);
        await Add();

        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], Add);

        var point = Assert.Single((await grain.GetAsync(network.Coordinator)).ActionPoints);
        Assert.Equal((actionPointId, ActionPointStatus.Open), (point.Id, point.Status));
    }

    [Fact]
    public async Task CaseLabels_CountUpPerYear_ForMembersOnly()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        Assert.Equal("Casus 2026-001", await network.Network.AllocateCaseLabelAsync(network.Member, Guid.NewGuid()));
        Assert.Equal("Casus 2026-002", await network.Network.AllocateCaseLabelAsync(network.Coordinator, Guid.NewGuid()));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(network.NetworkStream(), "network.members-only",
            () => network.Network.AllocateCaseLabelAsync(network.Invited, Guid.NewGuid()));
    }

    [Fact]
    public async Task AllocateCaseLabel_AskedTwiceForOneCase_GivesTheSameLabel_AndStoresOneEvent()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var stream = network.NetworkStream();
        var caseId = Guid.NewGuid();
        var first = await network.Network.AllocateCaseLabelAsync(network.Member, caseId);

        var again = await silo.Database.AssertIgnoredAsync([stream], () => network.Network.AllocateCaseLabelAsync(network.Member, caseId));

        Assert.Equal(("Casus 2026-001", "Casus 2026-001"), (first, again));
        Assert.Equal(1, silo.Database.EventCount(stream, nameof(CaseLabelAllocated)));
        Assert.Equal("Casus 2026-002", await network.Network.AllocateCaseLabelAsync(network.Member, Guid.NewGuid()));
    }

    [Fact]
    public async Task ForgetMember_ErasesTheNameFromTheHistory_AndIsNotForCoordinators()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var name = (await network.Network.GetAsync(network.Member)).Members.Single(m => m.UserId == network.Member.UserId).DisplayName;
        Assert.NotEqual(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s AND Payload LIKE $n", ("$s", network.NetworkStream()), ("$n", $"%{name}%")));

        await network.Network.ForgetMemberAsync(network.Member);

        Assert.Equal(0, silo.Database.Scalar("SELECT COUNT(*) FROM Events WHERE StreamId = $s AND Payload LIKE $n", ("$s", network.NetworkStream()), ("$n", $"%{name}%")));
        var member = (await network.Network.GetAsync(network.Coordinator)).Members.Single(m => m.UserId == network.Member.UserId);
        Assert.Equal((Networks.NetworkGrain.FormerMember, MemberStatus.Inactive), (member.DisplayName, member.Status));
        Assert.Empty(member.Communities);
        Assert.Equal(NetworkRole.None, await network.Network.GetRoleAsync(network.Member.UserId));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(network.NetworkStream(), "network.coordinator-cannot-leave",
            () => network.Network.ForgetMemberAsync(network.Coordinator));
    }

    [Fact]
    public async Task Reading_ANetwork_IsForItsPeople_NotForAdministrators()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        await Assert.ThrowsAsync<NotAllowedException>(() => network.Network.GetAsync(network.Outsider));
        await Assert.ThrowsAsync<NotAllowedException>(() => network.Network.GetAsync(network.Invited));
        Assert.Equal(3, (await network.Network.GetAsync(network.Member)).Members.Length);
        await Assert.ThrowsAsync<NotAllowedException>(() => network.Network.GetAsync(network.Admin));
        await Assert.ThrowsAsync<NotFoundException>(() => silo.Grains.GetGrain<INetworkGrain>("bestaat-niet").GetAsync(network.Admin));
    }
}
