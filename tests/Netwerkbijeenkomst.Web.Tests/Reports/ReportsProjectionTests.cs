using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Testing;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

public sealed class ReportsProjectionTests : IAsyncLifetime
{
    private const string Network = "rapportstad";
    private const string Coordinator = "coordinator-1";
    private static readonly DateTimeOffset March = new(2026, 3, 10, 19, 30, 0, TimeSpan.FromHours(1));
    private readonly ReportDatabase _database = new();

    [Fact]
    public async Task Case_IsCountedOnce_ByEachThemeAgeBandAndCommunity_WhenSubmittedAndAdvisedTwice()
    {
        var caseId = Guid.NewGuid();
        var log = World()
            .Case(caseId, Opened(caseId, "Turkse gemeenschap", CaseTheme.Health, CaseTheme.Loneliness))
            .Case(caseId, new CaseSubmitted(null, "lid-1", March))
            .Case(caseId, new CaseSubmitted(null, "lid-1", March.AddDays(1)))
            .Case(caseId, new CaseAdviceRecorded(Guid.NewGuid(), Guid.NewGuid(), "advies", "stappen", Coordinator, March.AddDays(2)))
            .Case(caseId, new CaseAdviceRecorded(Guid.NewGuid(), Guid.NewGuid(), "advies", "stappen", Coordinator, March.AddDays(40)));

        await _database.ApplyAsync(log.Events);

        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesSubmittedByAgeBand, (int)AgeBand.From65To74));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesDiscussedByAgeBand));
        Assert.Equal(2, await _database.CountAsync(Network, ReportMeasure.CasesDiscussedByTheme));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesDiscussedByTheme, (int)CaseTheme.Loneliness));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesSubmittedByCommunity, ReportCommunities.List.Classify("Turks")));
        Assert.Equal(2, await _database.CountAsync(Network, ReportMeasure.AdviceGiven));
    }

    [Fact]
    public async Task Counts_LandInTheAmsterdamMonth_OfTheEvent()
    {
        var caseId = Guid.NewGuid();

        // 31 March 23:30 in Amsterdam is still March there, though April has begun nowhere and it is 21:30 UTC.
        var lateMarch = new DateTimeOffset(2026, 3, 31, 21, 30, 0, TimeSpan.Zero);
        await _database.ApplyAsync(World().Case(caseId, Opened(caseId, "Chinees")).Case(caseId, new CaseSubmitted(null, "lid-1", lateMarch)).Events);

        await using var db = _database.Context();
        var row = await db.ReportCounts.SingleAsync(c => c.Measure == ReportMeasure.CasesSubmittedByAgeBand);
        Assert.Equal(new DateOnly(2026, 3, 1), row.Month);
    }

    [Fact]
    public async Task Attendance_CountsEachMemberOncePerMeeting_AndLeavesOutWhoIsNoMember()
    {
        var meeting = Guid.NewGuid();
        var log = World()
            .Meeting(meeting, new MeetingPlanned(Network, "Bijeenkomst", March, March.AddMinutes(90), Coordinator, March.AddDays(-20)))
            .Meeting(meeting, new MeetingStarted(Coordinator, March))
            .Meeting(meeting, new AttendeeJoined("lid-1", March))
            .Meeting(meeting, new AttendeeLeft("lid-1", March.AddMinutes(5)))
            .Meeting(meeting, new AttendeeJoined("lid-1", March.AddMinutes(6)))
            .Meeting(meeting, new AttendeeJoined("lid-2", March))
            .Meeting(meeting, new AttendeeJoined(Coordinator, March))
            .Meeting(meeting, new MeetingClosed(Coordinator, March.AddMinutes(95)));

        await _database.ApplyAsync(log.Events);

        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.MeetingsHeld));
        Assert.Equal(2, await _database.CountAsync(Network, ReportMeasure.Attendance));
        Assert.Equal(180, await _database.CountAsync(Network, ReportMeasure.MeetingPersonMinutes));
        await using var db = _database.Context();
        Assert.Empty(await db.ReportAttendance.ToListAsync());
    }

    [Fact]
    public async Task Escalation_IsCountedByKind_AndSettledOnce_WithItsDayInCare()
    {
        var caseId = Guid.NewGuid();
        var escalation = Guid.NewGuid();
        var log = World()
            .Case(caseId, Opened(caseId, "Marokkaans"))
            .Case(caseId, new CaseEscalated(escalation, "ggz", "contact-1", "reden", Urgency.Normal, Coordinator, March))
            .Case(caseId, new EscalationStatusChanged(escalation, EscalationStatus.ContactMade, null, "contactpersoon:contact-1", March.AddDays(3)))
            .Case(caseId, new EscalationStatusChanged(escalation, EscalationStatus.InCare, null, "contactpersoon:contact-1", March.AddDays(12)))
            .Case(caseId, new CaseClosed(CaseOutcome.ReferredToCare, null, Coordinator, March.AddDays(30)));

        await _database.ApplyAsync(log.Events);

        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.EscalationsByKind, (int)InstitutionKind.MentalHealthCare));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.EscalationsSettled));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.EscalationsSettled, ReportEscalationOutcomes.InCare));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesClosedByOutcome, (int)CaseOutcome.ReferredToCare));
        await using var db = _database.Context();
        var fact = await db.ReportEscalations.SingleAsync();
        Assert.Equal(12, fact.InCareOn!.Value.DayNumber - fact.EscalatedOn.DayNumber);
    }

    [Fact]
    public async Task ErasedCase_KeepsItsFigures_AndNoReportTableHoldsItsText()
    {
        const string Marker = "Zeldzaamwoord";
        var caseId = Guid.NewGuid();
        var details = new CaseDetails(AgeBand.From75, $"Turks {Marker}", [CaseTheme.Living], $"{Marker} thema", $"Situatie {Marker}", $"Vraag {Marker}");
        var log = World()
            .Case(caseId, new CaseOpened(Network, "Casus 2026-001", details, "lid-1", March))
            .Case(caseId, new CaseSubmitted(null, "lid-1", March))
            .Case(caseId, new CaseAdviceRecorded(Guid.NewGuid(), Guid.NewGuid(), $"Advies {Marker}", $"Stappen {Marker}", Coordinator, March.AddDays(1)))
            .Case(caseId, new FollowUpNoteAdded($"Notitie {Marker}", Coordinator, March.AddDays(2)))
            .Case(caseId, new CaseClosed(CaseOutcome.Resolved, $"Afloop {Marker}", Coordinator, March.AddDays(3)))
            .Case(caseId, new CaseTextsErased(Network, "systeem", March.AddDays(400)));

        await _database.ApplyAsync(log.Events);

        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesDiscussedByAgeBand, (int)AgeBand.From75));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesDiscussedByCommunity, ReportCommunities.List.Classify("Turks")));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.CasesClosedByOutcome, (int)CaseOutcome.Resolved));
        Assert.Empty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, Marker));
    }

    [Fact]
    public async Task ForgottenMember_StaysCountedInThePast_WithoutTheirIdInAnyReportTable()
    {
        const string Forgotten = "lid-vergeten-7f3a";
        var meeting = Guid.NewGuid();
        var log = World()
            .Network(Network, new MemberInvited(Forgotten, "Naam", ["Turks"], ["Turks", "Koerdisch"], Coordinator, March.AddDays(-60)))
            .Network(Network, new MemberActivated(Forgotten, Forgotten, March.AddDays(-59)))
            .Meeting(meeting, new MeetingPlanned(Network, "Bijeenkomst", March, March.AddMinutes(90), Coordinator, March.AddDays(-20)))
            .Meeting(meeting, new MeetingStarted(Coordinator, March))
            .Meeting(meeting, new AttendeeJoined(Forgotten, March))
            .Network(Network, new MemberForgotten(Forgotten, Forgotten, March.AddMinutes(30)));

        await _database.ApplyAsync(log.Events);

        Assert.Empty(DatabaseSearch.ColumnsContaining(_database.ConnectionString, Forgotten));
        Assert.Equal(1, await _database.CountAsync(Network, ReportMeasure.Attendance));
        await using var db = _database.Context();
        var span = await db.ReportMemberSpans.SingleAsync(s => s.Languages == ((1 << ReportLanguages.List.Classify("Turks")) | (1 << ReportLanguages.List.Classify("Koerdisch"))));
        Assert.Equal(DateOnly.FromDateTime(March.AddDays(-59).Date), span.From);
        Assert.NotNull(span.Until);
    }

    [Fact]
    public async Task Replay_InOtherBatches_GivesTheSameCounts()
    {
        var caseId = Guid.NewGuid();
        var meeting = Guid.NewGuid();
        var log = World()
            .Meeting(meeting, new MeetingPlanned(Network, "Bijeenkomst", March, March.AddMinutes(120), Coordinator, March.AddDays(-20)))
            .Meeting(meeting, new MeetingStarted(Coordinator, March))
            .Meeting(meeting, new AttendeeJoined("lid-1", March))
            .Meeting(meeting, new AttendeeJoined("lid-2", March))
            .Case(caseId, Opened(caseId, "Surinaams", CaseTheme.MoneyAndDebts))
            .Case(caseId, new CaseSubmitted(null, "lid-1", March))
            .Case(caseId, new CaseAdviceRecorded(Guid.NewGuid(), meeting, "advies", "stappen", Coordinator, March))
            .Case(caseId, new CaseHoursLogged(Guid.NewGuid(), 6, new DateOnly(2026, 3, 12), "lid-1", March.AddDays(2)));
        await using var other = new ReportDatabase();
        await other.MigrateAsync();

        await _database.ApplyAsync(log.Events);
        foreach (var one in log.Events)
        {
            await other.ApplyAsync([one]);
        }

        await using var a = _database.Context();
        await using var b = other.Context();
        var expected = await a.ReportCounts.OrderBy(c => c.NetworkId).ThenBy(c => c.Measure).ThenBy(c => c.Category).Select(c => $"{c.NetworkId} {c.Month} {c.Measure} {c.Category} {c.Count}").ToListAsync();
        var actual = await b.ReportCounts.OrderBy(c => c.NetworkId).ThenBy(c => c.Measure).ThenBy(c => c.Category).Select(c => $"{c.NetworkId} {c.Month} {c.Measure} {c.Category} {c.Count}").ToListAsync();
        Assert.Equal(expected, actual);
        Assert.Equal(6, await other.CountAsync(Network, ReportMeasure.CaseQuarterHours));
    }

    public Task InitializeAsync() => _database.MigrateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    /// <summary>A network with two active members and a mental health institution; the coordinator is no member.</summary>
    private static ReportEventLog World() => new ReportEventLog()
        .Network(Network, new NetworkCreated("Netwerk Rapportstad", "Rapportstad", new Coordinator(Coordinator, "Coördinator"), "beheer", March.AddDays(-90)))
        .Network(Network, new InstitutionAdded("ggz", "GGZ", InstitutionKind.MentalHealthCare, PartnerRoles.WeReferToThem, Coordinator, March.AddDays(-80)))
        .Network(Network, new MemberInvited("lid-1", "Lid Een", ["Turks"], ["Turks"], Coordinator, March.AddDays(-70)))
        .Network(Network, new MemberActivated("lid-1", "lid-1", March.AddDays(-69)))
        .Network(Network, new MemberInvited("lid-2", "Lid Twee", ["Marokkaans"], ["Arabisch"], Coordinator, March.AddDays(-70)))
        .Network(Network, new MemberActivated("lid-2", "lid-2", March.AddDays(-69)));

    private static CaseOpened Opened(Guid caseId, string community, params CaseTheme[] themes) =>
        new(Network, $"Casus {caseId:N}", new CaseDetails(AgeBand.From65To74, community, [.. themes], null, "situatie", "vraag"), "lid-1", March.AddDays(-1));
}
