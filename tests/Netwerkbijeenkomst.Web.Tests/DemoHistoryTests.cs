using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>Development's demo with its year of history: enough per quarter to show figures, today's demo as before, three municipalities in one province.</summary>
public sealed class DemoHistoryTests(DemoHistoryHost host) : IClassFixture<DemoHistoryHost>
{
    private readonly WebAppFactory _factory = host.Factory;
    private readonly DemoWorld _demo = host.Demo;

    [Fact]
    public async Task History_GivesTheNetworksAYearOfMeetings_AndKeepsTodaysUpcomingMeeting()
    {
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        var calendar = await _demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId).GetCalendarAsync(coordinator);

        var held = calendar.Where(m => m.Status == MeetingStatus.Closed).ToList();
        Assert.InRange(held.Count, 11, 13);
        Assert.All(held, m => Assert.True(m.StartsAt < DateTimeOffset.UtcNow && m.StartsAt > DateTimeOffset.UtcNow.AddMonths(-13)));
        var upcoming = Assert.Single(calendar, m => m.Status == MeetingStatus.Published);
        var agenda = (await _demo.Grains.GetGrain<IMeetingGrain>(upcoming.MeetingId).GetAsync(coordinator)).Agenda;
        Assert.Equal(3, agenda.Count(i => i.CaseId.HasValue));
        Assert.Contains(agenda, i => i.Title == "Thema-avond: het buurtteam Noordoost stelt zich voor");
        foreach (var other in new[] { (DemoData.OtherNetworkId, DemoData.OtherCoordinator), (DemoData.ThirdNetworkId, DemoData.ThirdCoordinator) })
        {
            var meetings = await _demo.Grains.GetGrain<INetworkGrain>(other.Item1).GetCalendarAsync(await _demo.ActorAsync(other.Item2));
            Assert.InRange(meetings.Count(m => m.Status == MeetingStatus.Closed), 4, 8);
        }
    }

    [Fact]
    public void History_ShowsFiguresPerQuarterInUtrecht_AndSmallNumbersInAmersfoort()
    {
        // The last full quarter before this one: Utrecht brings in and discusses at least five cases, Amersfoort fewer.
        var (from, to) = LastFullQuarter();
        Assert.InRange(Count("CaseOpened", "utrecht", from, to), 5, 20);
        Assert.InRange(Count("CaseOpened", "amersfoort", from, to), 0, 4);
        Assert.InRange(Count("CaseAdviceRecorded", "case/", from, to), 5, 40);
        Assert.InRange(Count("AttendeeJoined", "meeting/", from, to), 15, 200);
        Assert.True(Count("CaseHoursLogged", "case/", from, to) > 0);
        Assert.True(Count("EscalationStatusChanged", "case/", from, to) > 0);
    }

    [Fact]
    public async Task Demo_PutsTheThreeMunicipalitiesInTheProvince_AndGivesTheProvinceAnAccount()
    {
        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var provinces = await db.MunicipalityProvinces.ToDictionaryAsync(m => m.Municipality, m => m.Province);
        using var scope = _factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var province = await users.FindByEmailAsync(DemoData.ProvinceAccount.Email);

        Assert.Equal(new Dictionary<string, string> { ["Utrecht"] = "Utrecht", ["Amersfoort"] = "Utrecht", ["Nieuwegein"] = "Utrecht" }, provinces);
        Assert.Contains(await users.GetClaimsAsync(province!), c => c.Type == AppRoles.ProvinceClaim && c.Value == "Utrecht");
    }

    private static (DateTimeOffset From, DateTimeOffset To) LastFullQuarter()
    {
        var today = DateTime.UtcNow;
        var thisQuarter = new DateTime(today.Year, (today.Month - 1) / 3 * 3 + 1, 1, 0, 0, 0, DateTimeKind.Utc);
        return (thisQuarter.AddMonths(-3), thisQuarter);
    }

    /// <summary>Events of a type whose payload names the network (or whose stream starts with the prefix), by their own moment.</summary>
    private long Count(string type, string networkOrStream, DateTimeOffset from, DateTimeOffset to)
    {
        using var connection = new SqliteConnection($"Data Source={_factory.DatabaseFile}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT Payload FROM Events WHERE Type = $type
              AND (StreamId LIKE $stream || '%' OR json_extract(Payload, '$.networkId') = $stream)
            """;
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$stream", networkOrStream);
        using var reader = command.ExecuteReader();
        var count = 0L;
        while (reader.Read())
        {
            var at = DateTimeOffset.Parse(System.Text.Json.JsonDocument.Parse(reader.GetString(0)).RootElement.GetProperty("at").GetString()!, CultureInfo.InvariantCulture);
            count += at >= from && at < to ? 1 : 0;
        }

        return count;
    }
}
