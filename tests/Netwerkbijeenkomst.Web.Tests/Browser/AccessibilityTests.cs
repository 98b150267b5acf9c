using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>axe finds no WCAG 2.1 A/AA violation on any page, on a phone-sized screen, for a member and a coordinator.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AccessibilityTests
{
    private readonly BrowserFixture _browser;

    public AccessibilityTests(BrowserFixture browser) => _browser = browser;

    [Fact]
    public async Task EveryPage_HasNoWcagViolations()
    {
        var meeting = await _browser.Demo.MeetingAsync();
        var caseId = meeting.Agenda.First(i => i.CaseId.HasValue).CaseId!.Value;
        var anonymous = await (await _browser.Browser.NewContextAsync(new() { BaseURL = _browser.BaseUrl, ViewportSize = new() { Width = 360, Height = 740 } })).NewPageAsync();
        var member = await _browser.SignInAsync(DemoData.Members[0].Account);
        var coordinator = await _browser.SignInAsync(DemoData.Coordinator);
        var pages = new (IPage Page, string Path)[]
        {
            (anonymous, "/"),
            (anonymous, "/account/inloggen"),
            (anonymous, "/account/wachtwoord-vergeten"),
            (anonymous, "/account/uitnodiging?gebruiker=onbekend&code=onbekend"),
            (member, "/"),
            (member, "/netwerken/utrecht"),
            (member, $"/bijeenkomsten/{meeting.Id}"),
            (member, $"/casussen/{caseId}"),
            (member, "/casussen/nieuw?netwerk=utrecht"),
            (member, $"/bijeenkomsten/{meeting.Id}/live"),
            (coordinator, "/"),
            (coordinator, "/netwerken/utrecht"),
            (coordinator, $"/bijeenkomsten/{meeting.Id}"),
            (coordinator, $"/casussen/{caseId}"),
            (coordinator, $"/bijeenkomsten/{meeting.Id}/live"),
            (coordinator, $"/casussen/{caseId}/toegang"),
            (member, "/netwerken/utrecht/actiepunten"),
            (coordinator, "/netwerken/utrecht/actiepunten?status=alle"),
            (member, "/account/geen-toegang"),
            (member, "/account/mijn-gegevens"),
            (member, "/account/wachtwoord-wijzigen"),
            (member, "/mijn-casussen"),
            (coordinator, "/netwerken/utrecht/planning"),
        };

        var violations = new List<string>();
        foreach (var (page, path) in pages)
        {
            var response = await page.GotoAsync(path);
            Assert.True(response!.Ok, $"{path} answered {response.Status}");
            if (path.EndsWith("/live", StringComparison.Ordinal))
            {
                await page.EvaluateAsync("() => window.meetingRoom.ready");
            }

            violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
        }

        Assert.Empty(violations);
    }

    [Fact]
    public async Task AxeCheck_ReportsAViolation_WhenThereIsOne()
    {
        var page = await (await _browser.Browser.NewContextAsync()).NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>Controle</title></head><body><main><img src=\"x.png\"><input type=\"text\"></main></body></html>");

        var violations = await BrowserFixture.AccessibilityViolationsAsync(page);

        Assert.Contains(violations, v => v.Contains("image-alt", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Contains("label", StringComparison.Ordinal));
    }
}
