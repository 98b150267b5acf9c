using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Escalations;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>An escalation from the meeting to "in zorg" through the contact person's link, seen live on the case page; on phones, axe clean.</summary>
[Collection(SharedBrowser.Name)]
public sealed partial class EscalationTests(BrowserFixture browser)
{
    [Fact]
    public async Task ContactPerson_AnswersInCare_ThroughTheMailedLink_InAFreshBrowser_AndTheCasePageShowsItLive()
    {
        var (caseId, link) = await EscalateAsync(browser);
        var coordinator = await browser.SignInAsync(DemoData.Coordinator);
        await coordinator.GotoAsync($"/casussen/{caseId}");
        await Expect(coordinator.Locator("#escalations[data-live=on]")).ToHaveCountAsync(1);
        await Expect(coordinator.Locator("#escalations .escalation-status")).ToHaveTextAsync("gemeld");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));

        var contact = await browser.AnonymousPhoneAsync();
        await contact.GotoAsync(link);
        await Expect(contact.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Doorverwijzing Casus");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(contact));

        // A refused note is shown marked, with nothing stored; rewritten, it goes through.
        await contact.GetByLabel("In zorg: de persoon krijgt hulp").CheckAsync();
        await contact.GetByLabel("Korte toelichting").FillAsync("Mevrouw is bereikbaar op 06-12345678.");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Expect(contact.Locator("#privacy-note mark[data-kind=phone]")).ToHaveTextAsync("06-12345678");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(contact));
        await contact.GetByLabel("In zorg: de persoon krijgt hulp").CheckAsync();
        await contact.GetByLabel("Korte toelichting").FillAsync("Intake gedaan, begeleiding is gestart.");
        await contact.GetByRole(AriaRole.Button, new() { Name = "Antwoord versturen" }).ClickAsync();
        await Expect(contact.GetByRole(AriaRole.Status)).ToContainTextAsync("Uw antwoord is doorgegeven");
        await Expect(contact.Locator("#escalation-status")).ToHaveTextAsync("in zorg");

        await Expect(coordinator.Locator("#escalations .escalation-status")).ToHaveTextAsync("in zorg");
        await Expect(coordinator.Locator("#escalations .history")).ToContainTextAsync("(Esther de Wit, contactpersoon, via de link): Intake gedaan, begeleiding is gestart.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(coordinator));
        await contact.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    [Fact]
    public async Task Bringer_MovesTheEscalation_OnTheCasePage_WithAShortNote()
    {
        var (caseId, _) = await EscalateAsync(browser);
        var member = await browser.SignInAsync(DemoData.Members[0].Account);
        await member.GotoAsync($"/casussen/{caseId}");

        await member.GetByLabel("Nieuwe stand").SelectOptionAsync(new SelectOptionValue { Label = "opgepakt" });
        await member.GetByLabel("Korte toelichting").FillAsync("Eerste gesprek staat gepland.");
        await member.GetByRole(AriaRole.Button, new() { Name = "Stand opslaan" }).ClickAsync();

        await Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("De doorverwijzing is bijgewerkt.");
        await Expect(member.Locator("#escalations .escalation-status")).ToHaveTextAsync("opgepakt");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(member));
        await member.Context.CloseAsync();
    }

    [Fact]
    public async Task RevokedLink_ShowsAClearPage()
    {
        var (caseId, link) = await EscalateAsync(browser);
        var coordinator = await browser.SignInAsync(DemoData.Coordinator);
        await coordinator.GotoAsync($"/casussen/{caseId}");
        await coordinator.GetByLabel("Ja, de link werkt daarna niet meer").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Link intrekken" }).ClickAsync();
        await Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("De link is ingetrokken");
        await browser.Factory.Services.GetRequiredService<ContactLinkMailer>().SendPendingAsync();

        var contact = await browser.AnonymousPhoneAsync();
        var response = await contact.GotoAsync(link);

        Assert.Equal(410, response!.Status);
        await Expect(contact.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Deze link werkt niet (meer)");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(contact));
        await contact.Context.CloseAsync();
        await coordinator.Context.CloseAsync();
    }

    /// <summary>The coordinator records an escalation in a meeting of its own; returns the case and the link from the mail, on this host.</summary>
    internal static async Task<(Guid Case, string Link)> EscalateAsync(BrowserFixture browser, string institutionId = "ggz-utrecht", string contactId = "ggz-contact")
    {
        var demo = browser.Demo;
        var meeting = await demo.StartOwnMeetingAsync(DemoData.Members[0].Account);
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        await demo.Grains.GetGrain<IMeetingGrain>(meeting.Id)
            .RecordEscalationAsync(await demo.ActorAsync(DemoData.Coordinator), Guid.NewGuid(), caseId, institutionId, contactId, "Somberheid neemt toe", Urgency.High);
        await browser.Factory.Services.GetRequiredService<ContactLinkMailer>().SendPendingAsync();
        await using var db = await browser.Factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var mail = await db.Outbox.OrderByDescending(m => m.Id).FirstAsync(m => m.Subject.Contains("Doorverwijzing"));
        return (caseId, browser.BaseUrl + "/doorverwijzing/" + LinkToken().Match(mail.Body).Groups[1].Value);
    }

    [GeneratedRegex(@"/doorverwijzing/([A-Za-z0-9_-]+)")]
    private static partial Regex LinkToken();
}
