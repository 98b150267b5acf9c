using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.EventSourcing;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The access log records every read, creation and change of a case and every reading of minutes, and cannot be altered.</summary>
public sealed class AccessLogTests : IAsyncLifetime
{
    private readonly WebAppFactory _factory = new();
    private DemoWorld _demo = null!;

    [Fact]
    public async Task CaseReadsCreationsAndChanges_AreLogged_WithoutCaseText()
    {
        var caseId = await CaseOnAgendaAsync();
        var member = DemoData.Members[0].Account;
        using var bringer = await SignedInClient.SignInAsync(_factory, member.Email);
        using var outsider = await SignedInClient.SignInAsync(_factory, DemoData.OtherCoordinator.Email);

        await bringer.GetPageAsync($"/casussen/{caseId}");
        var created = await bringer.PostFormAsync("/casussen/nieuw?netwerk=utrecht", "/casussen/nieuw?netwerk=utrecht", new()
        {
            ["netwerk"] = "utrecht",
            ["Input.AgeBand"] = "From75",
            ["Input.Community"] = "Marokkaans",
            ["Input.Themes"] = "Living",
            ["Input.Situation"] = "Het huis is te groot geworden en de trap is een probleem.",
            ["Input.Question"] = "Wie helpt bij een aanvraag voor een traplift?",
        });
        var newCase = created.Headers.Location!.OriginalString.Split('/')[^1];
        var edited = await bringer.PostFormAsync($"/casussen/{newCase}", $"/casussen/{newCase}?handler=Edit", new()
        {
            ["Input.AgeBand"] = "From75",
            ["Input.Community"] = "Marokkaans",
            ["Input.Themes"] = "Living",
            ["Input.Situation"] = "Het huis is te groot geworden en de trap is een groot probleem.",
            ["Input.Question"] = "Wie helpt bij een aanvraag voor een traplift?",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/casussen/{caseId}")).StatusCode);

        var memberId = await _demo.UserIdAsync(member.Email);
        var outsiderId = await _demo.UserIdAsync(DemoData.OtherCoordinator.Email);
        var lines = Lines();
        Assert.Contains($"{memberId}|vertrouwenspersoon|utrecht|casus|{caseId}|ingezien|toegestaan", lines);
        Assert.Contains($"{memberId}|vertrouwenspersoon|utrecht|casus|{newCase}|aangemaakt|toegestaan", lines);
        Assert.Contains($"{memberId}|vertrouwenspersoon|utrecht|casus|{newCase}|gewijzigd|toegestaan", lines);
        Assert.Contains(lines, l => l.StartsWith($"{outsiderId}|geen|", StringComparison.Ordinal) && l.EndsWith($"|casus|{caseId}|ingezien|geweigerd", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("trap", StringComparison.OrdinalIgnoreCase) || l.Contains("Marokkaans", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadingMinutes_IsLogged()
    {
        var meetingId = await _demo.StartMeetingAsync();
        var coordinator = await _demo.ActorAsync(DemoData.Coordinator);
        await _demo.Grains.GetGrain<IMeetingGrain>(meetingId).CloseAsync(coordinator);
        await _demo.Grains.GetGrain<IMeetingGrain>(meetingId).ApproveMinutesAsync(coordinator);
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[1].Account.Email);

        var page = await member.GetPageAsync($"/bijeenkomsten/{meetingId}/verslag");

        Assert.Contains("Verslag", page, StringComparison.Ordinal);
        Assert.Contains($"{await _demo.UserIdAsync(DemoData.Members[1].Account.Email)}|vertrouwenspersoon|utrecht|verslag|{meetingId}|ingezien|toegestaan", Lines());
    }

    [Fact]
    public async Task TheLog_IsForCoordinatorsPerCase_AndAdministratorsInFull()
    {
        var caseId = await CaseOnAgendaAsync();
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        using var administrator = await SignedInClient.SignInAsync(_factory, DemoData.Administrator.Email);
        await member.GetPageAsync($"/casussen/{caseId}");

        var perCase = WebUtility.HtmlDecode(await coordinator.GetPageAsync($"/casussen/{caseId}/toegang"));
        Assert.Contains(DemoData.Members[0].Account.Name, perCase, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\"", perCase[perCase.IndexOf("<main", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await member.GetAsync($"/casussen/{caseId}/toegang")).StatusCode);
        Assert.Contains("Toegangslog", await administrator.GetPageAsync("/beheer/toegangslog"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.GetAsync("/beheer/toegangslog")).StatusCode);
    }

    [Fact]
    public async Task ErasureAfterTheRetentionPeriod_IsLoggedOnceAsADeletionByTheSystem()
    {
        var caseId = Guid.NewGuid();
        var erased = new CaseTextsErased("utrecht", "systeem", DateTimeOffset.UtcNow);
        await _factory.Services.GetRequiredService<IEventStore>().AppendAsync<CaseEvent>($"case/{caseId:N}", 0, [erased]);
        var auditor = _factory.Services.GetRequiredService<ProjectionRunner<ErasureAuditor, AppDbContext>>();

        // Caught up twice (as by a page and by its own loop): the checkpoint keeps the line from being written again.
        await auditor.CatchUpAsync();
        await auditor.CatchUpAsync();

        Assert.Single(Lines(), line => line == $"systeem|systeem|utrecht|casus|{caseId}|verwijderd|toegestaan");
    }

    [Fact]
    public async Task TheDatabase_RefusesToChangeOrDeleteALine()
    {
        using var member = await SignedInClient.SignInAsync(_factory, DemoData.Members[0].Account.Email);
        await member.GetPageAsync($"/casussen/{await CaseOnAgendaAsync()}");
        var before = Lines();

        using var connection = new SqliteConnection($"Data Source={_factory.DatabaseFile}");
        connection.Open();
        foreach (var sql in new[] { "UPDATE AccessLog SET Result = 'geweigerd'", "DELETE FROM AccessLog" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            var error = Assert.Throws<SqliteException>(() => command.ExecuteNonQuery());
            Assert.Contains("kan niet worden gewijzigd", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, Lines());
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private async Task<Guid> CaseOnAgendaAsync() => (await _demo.MeetingAsync()).Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;

    private List<string> Lines() => AccessLogLines.Read(_factory);
}
