using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Escalations;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests;

/// <summary>The contact person's link: mailed once after the escalation, answered without an account, refused clearly when it no longer works; every use is in the access log.</summary>
public sealed partial class EscalationLinkTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly WebAppFactory _factory;
    private DemoWorld _demo = null!;

    public EscalationLinkTests() => _factory = new WebAppFactory(_clock);

    [Fact]
    public async Task Escalating_MailsTheContactPerson_ALinkWithNoPersonalData_ThatAnswersWithoutAnAccount()
    {
        var (caseId, escalationId, token, mail) = await EscalateAsync("ggz-utrecht", "ggz-contact");

        Assert.Equal("contact@ggz.example", mail.To);
        Assert.Contains("Wie kan haar af en toe bezoeken?", mail.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Somberheid neemt toe", mail.Body, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://localhost:5080/doorverwijzing/", mail.Html, StringComparison.Ordinal);
        using var anonymous = await SignedInClient.SignInAsync(_factory, null);
        var page = await anonymous.GetPageAsync($"/doorverwijzing/{token}");
        Assert.Contains("GGZ Centraal Utrecht", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Somberheid neemt toe", page, StringComparison.Ordinal);

        var answered = await anonymous.PostFormAsync($"/doorverwijzing/{token}", $"/doorverwijzing/{token}?handler=Answer",
            new() { ["Status"] = "InCare", ["Note"] = "Intake gedaan, begeleiding loopt.", ["ChangeId"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var escalation = (await _demo.Grains.GetGrain<ICaseGrain>(caseId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).Escalations.Single(e => e.Id == escalationId);
        Assert.Equal((EscalationStatus.InCare, "contactpersoon:ggz-contact"), (escalation.Status, escalation.History[^1].By));
        var lines = await AccessLinesAsync(caseId);
        Assert.Contains("contactpersoon:ggz-contact|contactpersoon|ingezien|toegestaan", lines);
        Assert.Contains("contactpersoon:ggz-contact|contactpersoon|gewijzigd|toegestaan", lines);
    }

    [Fact]
    public async Task Answer_WithPersonalData_IsRefused_Marked_AndStoresNothing()
    {
        var (caseId, escalationId, token, _) = await EscalateAsync("ggz-utrecht", "ggz-contact");
        using var anonymous = await SignedInClient.SignInAsync(_factory, null);

        var refused = await anonymous.PostFormAsync($"/doorverwijzing/{token}", $"/doorverwijzing/{token}?handler=Answer",
            new() { ["Status"] = "InCare", ["Note"] = "Bel zijn zoon op 06-12345678.", ["ChangeId"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("<mark data-kind=\"phone\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var escalation = (await _demo.Grains.GetGrain<ICaseGrain>(caseId).GetAsync(await _demo.ActorAsync(DemoData.Coordinator))).Escalations.Single(e => e.Id == escalationId);
        Assert.Equal(EscalationStatus.Reported, escalation.Status);
        Assert.Contains("contactpersoon:ggz-contact|contactpersoon|gewijzigd|geweigerd", await AccessLinesAsync(caseId));
    }

    [Fact]
    public async Task Link_Unknown_Revoked_OrExpired_GetsAClearPage_NotAnError()
    {
        var (caseId, escalationId, token, _) = await EscalateAsync("ggz-utrecht", "ggz-contact");
        var (_, _, other, _) = await EscalateAsync("wmo-utrecht", "wmo-contact");
        using var anonymous = await SignedInClient.SignInAsync(_factory, null);

        var unknown = await anonymous.GetAsync("/doorverwijzing/" + new string('x', 43));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("Deze link kennen we niet", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await _demo.Grains.GetGrain<ICaseGrain>(caseId).RevokeContactLinkAsync(await _demo.ActorAsync(DemoData.Coordinator), escalationId);
        await Mailer.SendPendingAsync();
        var revoked = await anonymous.GetAsync($"/doorverwijzing/{token}");
        Assert.Equal(HttpStatusCode.Gone, revoked.StatusCode);
        Assert.Contains("ingetrokken", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var answer = await anonymous.PostFormAsync($"/doorverwijzing/{other}", $"/doorverwijzing/{token}?handler=Answer",
            new() { ["Status"] = "InCare", ["ChangeId"] = Guid.NewGuid().ToString() });
        Assert.Equal(HttpStatusCode.Gone, answer.StatusCode);

        _clock.Advance(TimeSpan.FromDays(30));
        var expired = await anonymous.GetAsync($"/doorverwijzing/{other}");
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Contains("verlopen", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var lines = await AccessLinesAsync(caseId);
        Assert.Contains("contactpersoon:ggz-contact|contactpersoon|ingezien|geweigerd", lines);
        Assert.Contains("contactpersoon:ggz-contact|contactpersoon|gewijzigd|geweigerd", lines);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetAsync($"/doorverwijzing/{token}")).StatusCode);
    }

    [Fact]
    public async Task CallRequest_ThroughTheLink_IsShownToTheCoordinator()
    {
        var (caseId, _, token, _) = await EscalateAsync("ggz-utrecht", "ggz-contact");
        using var anonymous = await SignedInClient.SignInAsync(_factory, null);

        var asked = await anonymous.PostFormAsync($"/doorverwijzing/{token}", $"/doorverwijzing/{token}?handler=Call", new() { ["ChangeId"] = Guid.NewGuid().ToString() });

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        Assert.Contains("vraagt om teruggebeld te worden", await coordinator.GetPageAsync($"/casussen/{caseId}"), StringComparison.Ordinal);
        Assert.Contains("vraagt om teruggebeld te worden", await coordinator.GetPageAsync("/netwerken/utrecht/opvolging"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUpPage_ListsStalledEscalationsFirst_WithTheirAge()
    {
        using var coordinator = await SignedInClient.SignInAsync(_factory, DemoData.Coordinator.Email);
        Assert.Contains("Er lopen geen doorverwijzingen.", await coordinator.GetPageAsync("/netwerken/utrecht/opvolging"), StringComparison.Ordinal);
        await EscalateAsync("wmo-utrecht", "wmo-contact");
        await EscalateAsync("ggz-utrecht", "ggz-contact");
        var set = await coordinator.PostFormAsync("/netwerken/utrecht/opvolging", "/netwerken/utrecht/opvolging?handler=ResponseTime",
            new() { ["Kind"] = nameof(InstitutionKind.MentalHealthCare), ["WorkingDays"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        // Seven days hold at least three working days, and at most five: past the GGZ's one day, within the Wmo's ten.
        _clock.Advance(TimeSpan.FromDays(7));
        var page = await coordinator.GetPageAsync("/netwerken/utrecht/opvolging");

        var items = ListItem().Matches(page).Select(m => m.Value).ToList();
        Assert.Equal(2, items.Count);
        Assert.Contains("GGZ Centraal Utrecht", items[0], StringComparison.Ordinal);
        Assert.Contains("stagneert", items[0], StringComparison.Ordinal);
        Assert.DoesNotContain("stagneert", items[1], StringComparison.Ordinal);
        Assert.Contains("werkdagen zonder nieuwe stap (termijn 1)", items[0], StringComparison.Ordinal);
        Assert.Contains("stagneert", await coordinator.GetPageAsync("/netwerken/utrecht"), StringComparison.Ordinal);

        var refused = await coordinator.PostFormAsync("/netwerken/utrecht/opvolging", "/netwerken/utrecht/opvolging?handler=ResponseTime",
            new() { ["Kind"] = nameof(InstitutionKind.MentalHealthCare), ["WorkingDays"] = "0" });
        Assert.Contains("Kies een reactietermijn van 1 tot 60 werkdagen.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        using var warmUp = _factory.CreateClient();
        await warmUp.GetAsync(new Uri("/health", UriKind.Relative));
        _demo = new DemoWorld(_factory);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    private ContactLinkMailer Mailer => _factory.Services.GetRequiredService<ContactLinkMailer>();

    /// <summary>Escalates a new case of the demo in a meeting of its own; returns the link's secret from the mail that went out.</summary>
    private async Task<(Guid Case, Guid Escalation, string Token, Web.Mail.OutboxMessage Mail)> EscalateAsync(string institutionId, string contactId)
    {
        var meeting = await _demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        var escalationId = Guid.NewGuid();
        await _demo.Grains.GetGrain<Grains.Abstractions.Meetings.IMeetingGrain>(meeting.Id)
            .RecordEscalationAsync(await _demo.ActorAsync(DemoData.Coordinator), escalationId, caseId, institutionId, contactId, "Somberheid neemt toe", Urgency.High);

        await Mailer.SendPendingAsync();

        await using var db = await _factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var mail = await db.Outbox.OrderByDescending(m => m.Id).FirstAsync(m => m.Subject.Contains("Doorverwijzing"));
        return (caseId, escalationId, LinkToken().Match(mail.Body).Groups[1].Value, mail);
    }

    private async Task<List<string>> AccessLinesAsync(Guid caseId) =>
        [.. (await _factory.Services.GetRequiredService<AccessLog>().ForObjectAsync(AccessLog.Case, caseId.ToString())).Select(e => $"{e.UserId}|{e.Role}|{e.Action}|{e.Result}")];

    [GeneratedRegex(@"/doorverwijzing/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkToken();

    [GeneratedRegex(@"<li class=""[^""]*"">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex ListItem();
}
