using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Cases;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests;

/// <summary>The bringer and the coordinators log time spent on a case in quarter hours; the case shows only the total.</summary>
[Collection(SharedGrains.Name)]
public sealed class CaseHoursTests(GrainsFixture silo)
{
    private DateOnly Today => AmsterdamTime.Today(silo.Clock);

    [Fact]
    public async Task LogHours_ByTheBringerAndACoordinator_AddsUpToTheCaseTotal()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.OpenCaseAsync(network.Member);
        var grain = network.Case(id);

        await grain.LogHoursAsync(network.Member, Guid.NewGuid(), 5, Today);
        await grain.LogHoursAsync(network.Coordinator, Guid.NewGuid(), CaseGrain.MaxQuarterHoursPerEntry, Today);
        await grain.LogHoursAsync(network.Member, Guid.NewGuid(), 1, Today);

        Assert.Equal(38, (await grain.GetAsync(network.OtherMember)).QuarterHoursSpent);
        Assert.Equal(3, silo.Database.EventCount(id.Stream("case"), nameof(CaseHoursLogged)));
    }

    [Fact]
    public async Task LogHours_RepeatedWithTheSameEntryId_IsIgnored()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.OpenCaseAsync(network.Member);
        var grain = network.Case(id);
        var entry = Guid.NewGuid();
        await grain.LogHoursAsync(network.Member, entry, 4, Today);

        // Even a repeat with other values: the first answer with this id counts, as after a double submit of a changed form.
        await silo.Database.AssertIgnoredAsync([id.Stream("case")], () => grain.LogHoursAsync(network.Member, entry, 4, Today));
        await silo.Database.AssertIgnoredAsync([id.Stream("case")], () => grain.LogHoursAsync(network.Coordinator, entry, 8, Today));

        Assert.Equal(4, (await grain.GetAsync(network.Member)).QuarterHoursSpent);
    }

    [Fact]
    public async Task LogHours_ByAnotherMemberAnOutsiderOrAnInactiveBringer_IsRefused()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.OpenCaseAsync(network.Member);
        var grain = network.Case(id);
        var stream = id.Stream("case");

        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "case.bringer-or-coordinator-only", () => grain.LogHoursAsync(network.OtherMember, Guid.NewGuid(), 4, Today));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => grain.LogHoursAsync(network.Outsider, Guid.NewGuid(), 4, Today));
        await network.Network.DeactivateMemberAsync(network.Coordinator, network.Member.UserId);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.members-only", () => grain.LogHoursAsync(network.Member, Guid.NewGuid(), 4, Today));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(33)]
    public async Task LogHours_OutsideAQuarterHourToEightHours_IsRefused(int quarterHours)
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.OpenCaseAsync(network.Member);

        var refused = await silo.Database.AssertRefusedAsync<InvalidInputException>(id.Stream("case"), "case.hours-out-of-range",
            () => network.Case(id).LogHoursAsync(network.Member, Guid.NewGuid(), quarterHours, Today));
        Assert.Equal("quarterHours", refused.Field);
    }

    [Fact]
    public async Task LogHours_OnADayInTheFutureOrBeforeTheCaseWasOpened_IsRefused()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.OpenCaseAsync(network.Member);
        var grain = network.Case(id);
        var stream = id.Stream("case");

        var future = await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "case.hours-in-future", () => grain.LogHoursAsync(network.Member, Guid.NewGuid(), 4, Today.AddDays(1)));
        var early = await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "case.hours-before-opened", () => grain.LogHoursAsync(network.Coordinator, Guid.NewGuid(), 4, Today.AddDays(-1)));

        Assert.Equal(("day", "day"), (future.Field, early.Field));
        Assert.Contains("vóór de dag waarop de casus is aangemaakt", early.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LogHours_OnAMissingCase_IsRefused()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        await Assert.ThrowsAsync<NotFoundException>(() => network.Case(Guid.NewGuid()).LogHoursAsync(network.Coordinator, Guid.NewGuid(), 4, Today));
    }
}
