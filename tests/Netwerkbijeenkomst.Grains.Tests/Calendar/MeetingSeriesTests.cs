using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Grains.Tests.Calendar;

[Collection(SharedGrains.Name)]
public sealed class MeetingSeriesTests(GrainsFixture silo)
{
    private const string Place = "Buurtcentrum De Leeuw, Kanaalstraat 12, 3531 AB Utrecht";
    private const string Link = "https://meet.example.nl/netwerk-utrecht";

    // The second Tuesday of November 2026 and of December 2026, 19:30 in Amsterdam (the test clock stands on 2 November).
    private static readonly DateTimeOffset November = new(2026, 11, 10, 19, 30, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset December = new(2026, 12, 8, 19, 30, 0, TimeSpan.FromHours(1));

    private static MeetingRule Rule(string? place = Place, string? link = Link) =>
        new(2, DayOfWeek.Tuesday, new TimeOnly(19, 30), new TimeOnly(21, 30)) { Place = place, OnlineLink = link };

    [Fact]
    public async Task SetMeetingRule_KeepsThePlaceAndLink_AndTheSameRuleAgainStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);

        await network.Network.SetMeetingRuleAsync(network.Coordinator, Rule());

        Assert.Equal(Rule(), (await network.Network.GetAsync(network.Member)).Rule);
        await silo.Database.AssertIgnoredAsync([network.NetworkStream()], () => network.Network.SetMeetingRuleAsync(network.Coordinator, Rule($"  {Place} ")));
    }

    [Fact]
    public async Task SetMeetingRule_RefusesALinkThatIsNotHttps_PersonalDataInThePlace_AndMembers()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var stream = network.NetworkStream();

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.online-link",
            () => network.Network.SetMeetingRuleAsync(network.Coordinator, Rule(link: "http://meet.example.nl/netwerk")));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.online-link",
            () => network.Network.SetMeetingRuleAsync(network.Coordinator, Rule(link: "meet.example.nl")));
        var refused = await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => network.Network.SetMeetingRuleAsync(network.Coordinator, Rule(place: "Bij Fatma thuis, bel 06-12345678")));
        Assert.Equal("place", Assert.Single(refused.Fields).Field);
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => network.Network.SetMeetingRuleAsync(network.Member, Rule()));
    }

    [Fact]
    public async Task Plan_CopiesThePlaceOfTheRule_AndTheNextDatesLeaveOutDatesThatHaveAMeeting()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        await network.Network.SetMeetingRuleAsync(network.Coordinator, Rule());
        Assert.Equal(November, (await network.Network.GetNextMeetingDatesAsync(2))[0]);

        var id = await network.PlanMeetingAsync(November);

        var meeting = await network.Meeting(id).GetAsync(network.Member);
        Assert.Equal((Place, Link, 0), (meeting.Place, meeting.OnlineLink, meeting.CalendarSequence));
        Assert.Equal([December, December.AddDays(35)], (await network.Network.GetNextMeetingDatesAsync(2)).ToArray());
        Assert.Equal(new ScheduledMeeting(id, November, November.AddMinutes(90), MeetingStatus.Concept), Assert.Single(await network.Network.GetCalendarAsync(network.Member)));
    }

    [Fact]
    public async Task Plan_ASecondMeetingOnADateThatHasOne_IsRefusedNamingTheDate_UntilThatOneIsCancelled()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var first = await network.PlanMeetingAsync(November);
        var second = Guid.NewGuid();

        var refused = await silo.Database.AssertRefusedAsync<InvalidStateException>(second.Stream("meeting"), "network.date-taken",
            () => network.Meeting(second).PlanAsync(network.Coordinator, network.Id, "Middagbijeenkomst", November.AddHours(-6), November.AddHours(-4)));
        Assert.Contains("dinsdag 10 november 2026", refused.Message, StringComparison.Ordinal);
        Assert.Equal(1, silo.Database.EventCount(network.NetworkStream(), nameof(MeetingCalendarUpdated)));

        await network.Meeting(first).CancelAsync(network.Coordinator, "Zaal niet beschikbaar");
        await network.Meeting(second).PlanAsync(network.Coordinator, network.Id, "Middagbijeenkomst", November.AddHours(-6), November.AddHours(-4));
        Assert.Equal(MeetingStatus.Concept, (await network.Meeting(second).GetAsync(network.Member)).Status);
    }

    [Fact]
    public async Task Move_ChangesTheTimeWithAReason_RaisesTheSequence_AndTheSameMoveAgainStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(November);
        var meeting = network.Meeting(id);
        var later = November.AddDays(2);

        await meeting.MoveAsync(network.Coordinator, later, later.AddHours(2), "De zaal is dinsdag bezet");

        var moved = await meeting.GetAsync(network.Member);
        Assert.Equal((later, later.AddHours(2), 1), (moved.StartsAt, moved.EndsAt, moved.CalendarSequence));
        Assert.Equal(later, Assert.Single(await network.Network.GetCalendarAsync(network.Member)).StartsAt);
        Assert.Equal(1, silo.Database.EventCount(id.Stream("meeting"), nameof(MeetingMoved)));
        await silo.Database.AssertIgnoredAsync([id.Stream("meeting"), network.NetworkStream()],
            () => meeting.MoveAsync(network.Coordinator, later, later.AddHours(2), "De zaal is dinsdag bezet"));
        Assert.Equal(November, (await network.Network.GetNextMeetingDatesAsync(1))[0]);
    }

    [Fact]
    public async Task Move_IsRefusedWithoutAReason_ToTheSameTime_ToADateThatHasAMeeting_IntoThePast_AndOnceStarted()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(November);
        var other = await network.PlanMeetingAsync(December);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required", () => meeting.MoveAsync(network.Coordinator, December, December.AddHours(2), " "));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.time-unchanged", () => meeting.MoveAsync(network.Coordinator, November, November.AddMinutes(90), "Reden"));
        var taken = await silo.Database.AssertRefusedAsync<InvalidStateException>(stream, "network.date-taken",
            () => meeting.MoveAsync(network.Coordinator, December.AddHours(-2), December, "Eerder in december"));
        Assert.Contains("dinsdag 8 december 2026", taken.Message, StringComparison.Ordinal);
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "meeting.starts-in-past",
            () => meeting.MoveAsync(network.Coordinator, November.AddDays(-30), November.AddDays(-30).AddHours(2), "Eerder"));
        await silo.Database.AssertRefusedAsync<NotAllowedException>(stream, "network.coordinator-only",
            () => meeting.MoveAsync(network.Member, November.AddDays(1), November.AddDays(1).AddHours(2), "Reden"));

        var started = network.Meeting(other);
        await started.AssembleDraftAgendaAsync(network.Coordinator);
        await started.PublishAsync(network.Coordinator);
        await started.StartAsync(network.Coordinator, overrideDay: true);
        await silo.Database.AssertRefusedAsync<InvalidStateException>(other.Stream("meeting"), "meeting.cannot-move",
            () => started.MoveAsync(network.Coordinator, December.AddDays(1), December.AddDays(1).AddHours(2), "Reden"));
    }

    [Fact]
    public async Task ChangePlace_RaisesTheSequence_RefusesABadLink_AndTheSamePlaceAgainStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(November);
        var meeting = network.Meeting(id);
        var stream = id.Stream("meeting");

        await meeting.ChangePlaceAsync(network.Coordinator, "Bibliotheek Overvecht, Zamenhofdreef 8", null);

        var changed = await meeting.GetAsync(network.Member);
        Assert.Equal(("Bibliotheek Overvecht, Zamenhofdreef 8", (string?)null, 1), (changed.Place, changed.OnlineLink, changed.CalendarSequence));
        await silo.Database.AssertIgnoredAsync([stream], () => meeting.ChangePlaceAsync(network.Coordinator, "Bibliotheek Overvecht, Zamenhofdreef 8", " "));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.online-link", () => meeting.ChangePlaceAsync(network.Coordinator, null, "ftp://meet.example.nl"));
        await silo.Database.AssertRefusedAsync<InvalidInputException>(stream, "input.required", () => meeting.ChangePlaceAsync(network.Coordinator, null, null));
        await silo.Database.AssertRefusedAsync<PersonalDataRefusedException>(stream, PersonalDataRefusedException.ErrorCode,
            () => meeting.ChangePlaceAsync(network.Coordinator, "Bij mevrouw thuis, BSN 111222333", null));
    }

    [Fact]
    public async Task Cancel_RaisesTheSequence_FreesTheDate_AndTheSameCancellationAgainStoresNothing()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(November);
        var meeting = network.Meeting(id);

        await meeting.CancelAsync(network.Coordinator, "Te weinig aanmeldingen");

        Assert.Equal(1, (await meeting.GetAsync(network.Member)).CalendarSequence);
        Assert.Equal(MeetingStatus.Cancelled, Assert.Single(await network.Network.GetCalendarAsync(network.Member)).Status);
        Assert.Equal(November, (await network.Network.GetNextMeetingDatesAsync(1))[0]);
        await silo.Database.AssertIgnoredAsync([id.Stream("meeting"), network.NetworkStream()], () => meeting.CancelAsync(network.Coordinator, "Te weinig aanmeldingen"));
        await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("meeting"), "meeting.cannot-cancel", () => meeting.CancelAsync(network.Coordinator, "Andere reden"));
    }

    [Fact]
    public async Task Start_BeforeTheMeetingsDay_IsRefused_UnlessTheCoordinatorOverrides()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var inThreeDays = silo.Clock.GetUtcNow().AddDays(3);
        var id = await network.PlanMeetingAsync(inThreeDays);
        var meeting = network.Meeting(id);
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);

        var refused = await silo.Database.AssertRefusedAsync<InvalidStateException>(id.Stream("meeting"), "meeting.not-today", () => meeting.StartAsync(network.Coordinator));
        Assert.Contains("bevestig", refused.Message, StringComparison.Ordinal);
        Assert.Equal(MeetingStatus.Published, Assert.Single(await network.Network.GetCalendarAsync(network.Member)).Status);

        await meeting.StartAsync(network.Coordinator, overrideDay: true);

        Assert.Equal(MeetingStatus.Started, (await meeting.GetAsync(network.Member)).Status);
        Assert.Equal(MeetingStatus.Started, Assert.Single(await network.Network.GetCalendarAsync(network.Member)).Status);
    }

    [Fact]
    public async Task Start_OnTheMeetingsDay_NeedsNoOverride()
    {
        var network = await TestNetwork.CreateAsync(silo.Grains);
        var id = await network.PlanMeetingAsync(silo.Clock.GetUtcNow().AddMinutes(5));
        var meeting = network.Meeting(id);
        await meeting.AssembleDraftAgendaAsync(network.Coordinator);
        await meeting.PublishAsync(network.Coordinator);

        await meeting.StartAsync(network.Coordinator);

        Assert.Equal(MeetingStatus.Started, (await meeting.GetAsync(network.Member)).Status);
    }
}
