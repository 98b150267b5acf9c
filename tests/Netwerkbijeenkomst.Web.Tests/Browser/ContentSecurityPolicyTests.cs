using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// The main pages run their scripts in chromium under the Content-Security-Policy with no violation: the start page, the
/// meeting page, the live room over its WebSocket, a case, the case form's check while typing and the account deletion's
/// question (the report's charts: <see cref="ReportContentSecurityPolicyTests"/>).
/// </summary>
[Collection(SharedBrowser.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture browser)
{
    [Fact]
    public async Task MainPages_RunTheirScripts_WithoutAPolicyViolation()
    {
        // A meeting of its own, published and not started: the browser tests share one host, and others start the demo's.
        var meeting = await browser.Demo.PublishOwnMeetingAsync(DemoData.Members[0].Account);
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        var member = await CspViolations.SignInAsync(browser, DemoData.Members[0].Account);
        var coordinator = await CspViolations.SignInAsync(browser, DemoData.Coordinator);

        await member.GoAsync("/");
        await Expect(member.Page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 })).ToBeVisibleAsync();

        // A member waits on the published meeting's page for the start: its script watches the room over SignalR.
        await member.GoAsync($"/bijeenkomsten/{meeting.Id}");
        await Expect(member.Page.Locator("#meeting-wait")).Not.ToBeEmptyAsync();

        await coordinator.GoAsync($"/bijeenkomsten/{meeting.Id}/live");
        await coordinator.Page.EvaluateAsync("() => window.meetingRoom.ready");
        await Expect(coordinator.Page.Locator("#connection-state")).ToHaveTextAsync("Verbonden");

        await coordinator.GoAsync($"/casussen/{caseId}");

        await member.GoAsync("/casussen/nieuw?netwerk=utrecht");
        await member.Page.GetByLabel("Situatie").FillAsync("Haar zoon is bereikbaar op 06-12345678.");
        await Expect(member.Page.Locator("#privacy-situation mark[data-kind=phone]")).ToHaveTextAsync("06-12345678");

        // Not ticked, so even a form sent without the question is refused by the server and deletes nothing.
        await member.GoAsync("/account/mijn-gegevens");
        var question = new TaskCompletionSource<string>();
        member.Page.Dialog += async (_, dialog) =>
        {
            question.TrySetResult(dialog.Message);
            await dialog.DismissAsync();
        };
        await member.Page.GetByRole(AriaRole.Button, new() { Name = "Account verwijderen" }).ClickAsync();
        Assert.StartsWith("Weet u zeker dat u uw account wilt verwijderen?", await question.Task, StringComparison.Ordinal);

        var violations = (await member.AllAsync()).Concat(await coordinator.AllAsync()).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task OrleansDashboard_ShowsTheCluster_WithoutAPolicyViolation()
    {
        var administrator = await CspViolations.SignInAsync(browser, DemoData.Administrator);

        await administrator.GoAsync("/beheer/orleans/");

        await Expect(administrator.Page.GetByText("Active silos", new() { Exact = false })).ToBeVisibleAsync();
        var violations = await administrator.AllAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    [Fact]
    public async Task InjectedInlineScriptAndHandler_AreBlockedAndReported_ADataIslandIsNot()
    {
        var member = await CspViolations.SignInAsync(browser, DemoData.Members[1].Account);
        await member.GoAsync("/");

        await member.Page.EvaluateAsync("""
            () => {
                // First, so a violation it caused would be reported before the two awaited below.
                const island = document.createElement('script');
                island.type = 'application/json';
                island.textContent = '{"injected": "data"}';
                document.body.append(island);
                const script = document.createElement('script');
                script.textContent = 'window.injected = "script"';
                document.body.append(script);
                const button = document.createElement('button');
                button.setAttribute('onclick', 'window.injected = "handler"');
                document.body.append(button);
                button.click();
            }
            """);
        await member.Page.WaitForFunctionAsync("() => window.cspViolations.length >= 2");

        Assert.Null(await member.Page.EvaluateAsync<string?>("() => window.injected ?? null"));
        var violations = await member.AllAsync();

        // The script and the handler, not the data island: a JSON block is never run, so the policy does not look at it.
        Assert.Equal(2, violations.Count(v => !v.Contains("Content Security Policy", StringComparison.Ordinal)));
        Assert.Contains(violations, v => v.Contains(": script-src-elem inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains(": script-src-attr inline", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("Content Security Policy directive", StringComparison.Ordinal));
    }
}
