using Microsoft.Playwright;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>The coordinator keeps the social map and the members on a phone; a member set inactive loses the live room at once.</summary>
[Collection(SharedBrowser.Name)]
public sealed class SocialMapAndMembersTests(BrowserFixture browser)
{
    [Fact]
    public async Task Coordinator_AddsAndEditsAnInstitutionAndAContactPerson_AndRetiresTheContact()
    {
        var page = await browser.SignInAsync(DemoData.Coordinator);
        var violations = new List<string>();

        await page.GotoAsync("/netwerken/utrecht");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sociale kaart bekijken, filteren en bijhouden" }).ClickAsync();
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

        // Add: the form shows the Dutch message for a bad phone number, keeps the input, and stores nothing.
        await page.Locator("#Add_Name").FillAsync("Stichting Thuiszorg Anadolu");
        await page.Locator("#Add_Kind").SelectOptionAsync(nameof(InstitutionKind.HomeCare));
        await page.GetByLabel("doorverwijzen (wij verwijzen mensen naar hen door)").CheckAsync();
        await page.Locator("#Add_Languages").FillAsync("Turks, Koerdisch");
        await page.Locator("#Add_Phone").FillAsync("bel ons");
        await page.GetByRole(AriaRole.Button, new() { Name = "Instelling toevoegen" }).ClickAsync();
        await Expect(page.Locator("#add-institution")).ToContainTextAsync("Vul een geldig telefoonnummer in");
        await Expect(page.Locator("#Add_Name")).ToHaveValueAsync("Stichting Thuiszorg Anadolu");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Locator("#Add_Phone").FillAsync("030 123 45 67");
        await page.GetByRole(AriaRole.Button, new() { Name = "Instelling toevoegen" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Stichting Thuiszorg Anadolu", Level = 1 })).ToBeVisibleAsync();
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

        // A contact person with work phone and e-mail: a professional, so no privacy refusal.
        await page.Locator("#NewContact_Name").FillAsync("Emine Doğan");
        await page.Locator("#NewContact_Function").FillAsync("Wijkverpleegkundige");
        await page.Locator("#NewContact_Phone").FillAsync("06 24681357");
        await page.Locator("#NewContact_Email").FillAsync("e.dogan@anadolu.example");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon toevoegen" }).ClickAsync();
        await Expect(page.Locator("#contacts")).ToContainTextAsync("Emine Doğan, Wijkverpleegkundige · 06 24681357 · e.dogan@anadolu.example");

        // Edit the institution and the contact person.
        await page.Locator("#Edit_Name").FillAsync("Thuiszorg Anadolu Utrecht");
        await page.GetByRole(AriaRole.Button, new() { Name = "Instelling opslaan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thuiszorg Anadolu Utrecht", Level = 1 })).ToBeVisibleAsync();
        await Contact(page, "Emine Doğan").GetByRole(AriaRole.Link, new() { Name = "Bewerken" }).ClickAsync();
        await page.Locator("#Contact_Function").FillAsync("Wijkverpleegkundige, Turks- en Koerdischtalig");
        await page.GetByRole(AriaRole.Button, new() { Name = "Contactpersoon opslaan" }).ClickAsync();
        await Expect(page.Locator("#contacts")).ToContainTextAsync("Wijkverpleegkundige, Turks- en Koerdischtalig");

        // Retiring asks first; cancelling keeps the contact, confirming marks it.
        await Contact(page, "Emine Doğan").GetByRole(AriaRole.Link, new() { Name = "Niet meer actief maken" }).ClickAsync();
        await Expect(page.Locator("#confirm-retire")).ToContainTextAsync("Emine Doğan niet meer actief maken?");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
        await page.Locator("#confirm-retire").GetByRole(AriaRole.Link, new() { Name = "Annuleren" }).ClickAsync();
        await Expect(page.Locator("#confirm-retire")).ToHaveCountAsync(0);
        await Contact(page, "Emine Doğan").GetByRole(AriaRole.Link, new() { Name = "Niet meer actief maken" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, niet meer actief maken" }).ClickAsync();
        await Expect(page.Locator("#contacts")).ToContainTextAsync("Emine Doğan, Wijkverpleegkundige, Turks- en Koerdischtalig (niet meer actief)");

        // The map filters on language without JavaScript, and members read it without the forms.
        await page.GotoAsync("/netwerken/utrecht/sociale-kaart");
        await page.Locator("#taal").SelectOptionAsync("Koerdisch");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filteren" }).ClickAsync();
        await Expect(page.Locator("#institutions > li")).ToHaveCountAsync(1);
        await Expect(page.Locator("#institutions")).ToContainTextAsync("Thuiszorg Anadolu Utrecht");
        await Expect(page.Locator("#institutions")).ToContainTextAsync("Nog geen contactpersoon.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the phone.");
        violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));

        Assert.Empty(violations);
    }

    [Fact]
    public async Task DeactivatingAMember_ClosesTheirOpenLiveRoom_AndTheirNextPostIsRefused()
    {
        var account = DemoData.Members[3].Account;
        var memberId = await browser.Demo.UserIdAsync(account.Email);
        var coordinatorActor = await browser.Demo.ActorAsync(DemoData.Coordinator);
        var network = browser.Demo.Grains.GetGrain<INetworkGrain>(DemoData.NetworkId);
        var meeting = await browser.Demo.StartOwnMeetingAsync(account);
        var member = await browser.SignInAsync(account);
        var coordinator = await browser.SignInAsync(DemoData.Coordinator);
        try
        {
            await member.GotoAsync($"/bijeenkomsten/{meeting.Id}/live");
            await member.EvaluateAsync("() => window.meetingRoom.ready");
            await Expect(member.Locator("#connection-state")).ToHaveTextAsync("Verbonden");

            await coordinator.GotoAsync("/netwerken/utrecht/leden");
            await coordinator.Locator($"[data-user-id='{memberId}']").GetByRole(AriaRole.Link, new() { Name = "Op inactief zetten" }).ClickAsync();
            await Expect(coordinator.Locator("#confirm-deactivate")).ToContainTextAsync("de verbinding meteen verbroken");
            var violations = await BrowserFixture.AccessibilityViolationsAsync(coordinator);
            await coordinator.GetByRole(AriaRole.Button, new() { Name = "Ja, op inactief zetten" }).ClickAsync();
            await Expect(coordinator.Locator(".notice")).ToContainTextAsync($"{account.Name} is op inactief gezet");
            await Expect(coordinator.Locator($"[data-user-id='{memberId}'] .status")).ToContainTextAsync("Inactief");

            // The room's connection is closed by the server; reconnecting is refused at Join.
            await Expect(member.Locator("#connection-error")).ToContainTextAsync("geen actief lid van het netwerk");

            // And a post from that page is refused and stores nothing.
            await member.GetByLabel("Uw bijdrage").FillAsync("Ik wil nog iets zeggen.");
            await member.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();
            await Expect(member.Locator("#contribution-error")).Not.ToBeEmptyAsync();
            var stored = await browser.Demo.Grains.GetGrain<IMeetingGrain>(meeting.Id).GetAsync(coordinatorActor);
            Assert.DoesNotContain(stored.Contributions, c => c.AuthorId == memberId);

            // The network's pages are closed to them too, answered as a network that does not exist.
            await member.GotoAsync("/netwerken/utrecht");
            await Expect(member.GetByRole(AriaRole.Heading, new() { Name = "Niet gevonden" })).ToBeVisibleAsync();

            violations = [.. violations, .. await BrowserFixture.AccessibilityViolationsAsync(coordinator)];
            Assert.Empty(violations);
        }
        finally
        {
            // The demo host is shared with the other browser tests.
            await network.ActivateMemberAsync(coordinatorActor, memberId);
        }
    }

    // A visually hidden name part counts as a block in Chromium's accessible name, so find the row first.
    private static ILocator Contact(IPage page, string name) => page.Locator("#contacts li", new() { HasText = name });
}
