using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Projection;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>The builder on the real host, with an hourly rate of € 25 from the settings and events of a network of its own.</summary>
public sealed class ReportBuilderTests : IAsyncLifetime
{
    private const string Network = "rapportdorp";
    private const string Municipality = "Rapportdorp";
    private const string Coordinator = "coordinator-rapportdorp";
    private static readonly DateTimeOffset February2025 = new(2025, 2, 11, 19, 0, 0, TimeSpan.FromHours(1));
    private readonly WebAppFactory _factory = new();
    private IServiceProvider _services = null!;

    private static ReportScope Scope => new(ReportScopeKind.Municipality, Municipality, Municipality);

    [Fact]
    public async Task Figures_StandAgainstThePreviousPeriod()
    {
        var log = World();
        AddDiscussedCases(log, 6, February2025);
        AddDiscussedCases(log, 9, February2025.AddMonths(-3));
        await ApplyAsync(log);

        var report = await BuildAsync(ReportPeriod.Quarter(2025, 1));

        var discussed = Figure(report, "cases-discussed");
        Assert.Equal(ReportPeriod.Quarter(2024, 4), report.Previous);
        Assert.Equal(Shown.Exact(6), discussed.Current);
        Assert.Equal(Shown.Exact(9), discussed.Previous);
    }

    [Fact]
    public async Task ValueOfTheWork_IsTheHours_TimesTheRateFromTheSettings()
    {
        var log = World();
        var meeting = Guid.NewGuid();
        log.Meeting(meeting, new MeetingPlanned(Network, "Bijeenkomst", February2025, February2025.AddMinutes(120), Coordinator, February2025.AddDays(-30)))
            .Meeting(meeting, new MeetingStarted(Coordinator, February2025));
        for (var member = 1; member <= 5; member++)
        {
            log.Meeting(meeting, new AttendeeJoined($"lid-{member}", February2025));
        }

        var caseId = Guid.NewGuid();
        log.Case(caseId, Opened(caseId, February2025));
        for (var entry = 0; entry < 5; entry++)
        {
            log.Case(caseId, new CaseHoursLogged(Guid.NewGuid(), 4, new DateOnly(2025, 2, 12 + entry), "lid-1", February2025.AddDays(entry + 1)));
        }

        await ApplyAsync(log);

        var report = await BuildAsync(ReportPeriod.Month(2025, 2));

        Assert.Equal(Shown.Exact(15), Figure(report, "hours").Current);
        Assert.Equal(Shown.Exact(375), Figure(report, "value-estimate").Current);
        Assert.Equal(Shown.Exact(0), Figure(report, "value-estimate").Previous);
    }

    [Fact]
    public async Task Hours_AreHidden_WhenTheAttendanceTheyRestOnIsSmall()
    {
        var log = World();
        var meeting = Guid.NewGuid();
        log.Meeting(meeting, new MeetingPlanned(Network, "Bijeenkomst", February2025, February2025.AddMinutes(120), Coordinator, February2025.AddDays(-30)))
            .Meeting(meeting, new MeetingStarted(Coordinator, February2025))
            .Meeting(meeting, new AttendeeJoined("lid-1", February2025))
            .Meeting(meeting, new AttendeeJoined("lid-2", February2025));
        await ApplyAsync(log);

        var report = await BuildAsync(ReportPeriod.Month(2025, 2));

        Assert.False(Figure(report, "attendance").Current.IsExact);
        Assert.False(Figure(report, "hours").Current.IsExact);
        Assert.False(Figure(report, "value-estimate").Current.IsExact);
        Assert.Equal(Shown.Exact(1), Figure(report, "meetings-held").Current);
    }

    public async Task InitializeAsync()
    {
        _services = _factory.WithWebHostBuilder(b => b.UseSetting("Reports:HourlyRate", "25")).Services;
        var contexts = _services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        db.Networks.Add(new NetworkListing { NetworkId = Network, Name = "Netwerk Rapportdorp", Municipality = Municipality });
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private static Figure Figure(ReportView report, string key) => report.Sections.SelectMany(s => s.Figures).Single(f => f.Key == key);

    private Task<ReportView> BuildAsync(ReportPeriod period) => _services.GetRequiredService<IReportBuilder>().BuildAsync(Scope, period, CancellationToken.None);

    private async Task ApplyAsync(ReportEventLog log)
    {
        var contexts = _services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using var db = await contexts.CreateDbContextAsync();
        await new ReportsProjection().ApplyAsync(db, log.Events, CancellationToken.None);
        await db.SaveChangesAsync();
    }

    /// <summary>Five members active since 2024.</summary>
    private static ReportEventLog World()
    {
        var log = new ReportEventLog();
        var since = new DateTimeOffset(2024, 1, 15, 10, 0, 0, TimeSpan.FromHours(1));
        for (var member = 1; member <= 5; member++)
        {
            log.Network(Network, new MemberInvited($"lid-{member}", "Lid", ["Turks"], ["Turks"], Coordinator, since))
                .Network(Network, new MemberActivated($"lid-{member}", $"lid-{member}", since));
        }

        return log;
    }

    private static void AddDiscussedCases(ReportEventLog log, int count, DateTimeOffset at)
    {
        for (var i = 0; i < count; i++)
        {
            var caseId = Guid.NewGuid();
            log.Case(caseId, Opened(caseId, at))
                .Case(caseId, new CaseSubmitted(null, "lid-1", at))
                .Case(caseId, new CaseAdviceRecorded(Guid.NewGuid(), Guid.NewGuid(), "advies", "stappen", Coordinator, at));
        }
    }

    private static CaseOpened Opened(Guid caseId, DateTimeOffset at) =>
        new(Network, $"Casus {caseId:N}", new CaseDetails(AgeBand.From65To74, "Turks", [CaseTheme.Health], null, "situatie", "vraag"), "lid-1", at.AddDays(-1));
}
