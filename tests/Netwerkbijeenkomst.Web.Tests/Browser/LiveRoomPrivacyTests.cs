using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>In the live room a refused text comes back marked in place, on a phone, and a contribution can name its case.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LiveRoomPrivacyTests(BrowserFixture browser)
{
    [Fact]
    public async Task MemberOnAPhone_SeesTheRefusedWordsMarked_KeepsTheText_FixesIt_AndPostsAboutThePickedCase()
    {
        var member = DemoData.Members[4].Account;
        var meeting = await browser.Demo.StartOwnMeetingAsync(member);
        var caseItem = meeting.Agenda.Single(i => i.CaseId.HasValue);
        var page = await browser.SignInAsync(member);
        await page.GotoAsync($"/bijeenkomsten/{meeting.Id}/live");
        await page.EvaluateAsync("() => window.meetingRoom.ready");
        var text = page.GetByLabel("Uw bijdrage");
        const string refused = "Mevrouw Yılmaz woont op de Kanaalstraat 12, haar BSN is 123456782, mail fatma.yilmaz.kanaalstraat.utrecht@example.nl";

        // The opening has no case of its own, so the form asks which case, if any, the contribution is about.
        await Expect(page.GetByLabel("Over casus (optioneel)")).ToBeVisibleAsync();
        await page.GetByLabel("Over casus (optioneel)").SelectOptionAsync(new SelectOptionValue { Label = caseItem.Title });
        await text.FillAsync(refused);
        await page.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();

        var feedback = page.Locator("#contribution-text-privacy");
        await Expect(feedback.Locator("mark[data-kind=address]")).ToHaveTextAsync("Kanaalstraat 12");
        await Expect(feedback.Locator("mark[data-kind=bsn]")).ToHaveTextAsync("123456782");
        await Expect(feedback.Locator("mark[data-kind=bsn]")).ToHaveAttributeAsync("title", "een BSN");
        await Expect(feedback.Locator(".privacy-explanation")).ToContainTextAsync("een adres");
        await Expect(feedback.Locator(".privacy-explanation")).ToContainTextAsync("een BSN");
        await Expect(feedback.Locator(".privacy-explanation")).ToContainTextAsync("Haal het gemarkeerde weg of beschrijf het in algemene woorden.");
        await Expect(page.Locator("#contribution-error")).ToHaveTextAsync("Er staan gegevens in die een persoon herkenbaar maken. Er is niets opgeslagen.");
        await Expect(text).ToHaveValueAsync(refused);
        await Expect(text).ToBeFocusedAsync();
        await Expect(text).ToHaveAttributeAsync("aria-invalid", "true");
        // The counter describes the field too ("123 van 2000 tekens"), the refusal after it.
        await Expect(text).ToHaveAttributeAsync("aria-describedby", "contribution-text-counter contribution-text-privacy");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "The page is wider than the phone.");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        // Rewritten in general words, the marks go away and the contribution is posted about the picked case.
        await text.FillAsync("Een buurvrouw kijkt af en toe naar haar om.");
        await Expect(feedback.Locator("mark")).ToHaveCountAsync(0);
        await Expect(text).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#contribution-error")).ToBeEmptyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Plaatsen" }).ClickAsync();

        await Expect(page.Locator("#contributions-list")).ToContainTextAsync("Een buurvrouw kijkt af en toe naar haar om.");
        await Expect(page.Locator("#contributions-list")).ToContainTextAsync($"over {caseItem.Title}");
        await Expect(text).ToHaveValueAsync("");
        var posted = Assert.Single((await browser.Demo.Grains.GetGrain<Grains.Abstractions.Meetings.IMeetingGrain>(meeting.Id).GetAsync(await browser.Demo.ActorAsync(member))).Contributions);
        Assert.Equal(caseItem.CaseId, posted.CaseId);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
    }

    [Fact]
    public async Task CoordinatorAdvice_RefusedInBothTexts_IsMarkedUnderEach_AndClearsFieldByFieldWhileFixing()
    {
        var meeting = await browser.Demo.StartOwnMeetingAsync(DemoData.Members[5].Account);
        var page = await browser.SignInAsync(DemoData.Coordinator);
        await page.GotoAsync($"/bijeenkomsten/{meeting.Id}/live");
        await page.EvaluateAsync("() => window.meetingRoom.ready");
        var advice = page.GetByRole(AriaRole.Textbox, new() { Name = "Advies", Exact = true });
        var nextSteps = page.GetByLabel("Vervolgstappen (optioneel)");

        await page.Locator("#advice-case").SelectOptionAsync(new SelectOptionValue { Label = meeting.Agenda.Single(i => i.CaseId.HasValue).Title });
        await advice.FillAsync("Bel haar dochter op 06-12345678.");
        await nextSteps.FillAsync("Verslag naar dochter@example.nl sturen.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Advies vastleggen" }).ClickAsync();

        await Expect(page.Locator("#advice-text-privacy mark[data-kind=phone]")).ToHaveTextAsync("06-12345678");
        await Expect(page.Locator("#advice-next-steps-privacy mark[data-kind=email]")).ToHaveTextAsync("dochter@example.nl");
        await Expect(advice).ToBeFocusedAsync();
        await Expect(nextSteps).ToHaveAttributeAsync("aria-invalid", "true");
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));

        // Each text loses its marks when edited; the message goes with the last of them.
        await nextSteps.FillAsync("Verslag naar de dochter sturen.");
        await Expect(page.Locator("#advice-next-steps-privacy mark")).ToHaveCountAsync(0);
        await Expect(page.Locator("#advice-text-privacy mark")).ToHaveCountAsync(1);
        await Expect(page.Locator("#advice-error")).Not.ToBeEmptyAsync();
        await advice.FillAsync("Samen met haar dochter een bezoek plannen.");
        await Expect(page.Locator("#advice-error")).ToBeEmptyAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Advies vastleggen" }).ClickAsync();

        await Expect(page.Locator("#advice-list")).ToContainTextAsync("Samen met haar dochter een bezoek plannen.");
    }
}
