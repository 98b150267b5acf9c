using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>A signed-in browser page that records every Content-Security-Policy violation: the page's own events and chromium's console lines.</summary>
internal sealed class CspViolations
{
    /// <summary>Runs before the page's own scripts; an init script is not bound by the policy.</summary>
    private const string Recorder = """
        window.cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
        """;

    private readonly List<string> _console = [];
    private readonly List<string> _events = [];

    private CspViolations(IPage page) => Page = page;

    public IPage Page { get; }

    public IReadOnlyList<string> Console => _console;

    public static async Task<CspViolations> SignInAsync(BrowserFixture browser, DemoAccount account)
    {
        var page = await browser.SignInAsync(account, phone: false);
        var recorded = new CspViolations(page);
        await page.AddInitScriptAsync(Recorder);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                recorded._console.Add($"{page.Url}: {message.Text}");
            }
        };
        return recorded;
    }

    /// <summary>Opens <paramref name="path"/>; the violations of the page left are kept first.</summary>
    public async Task GoAsync(string path)
    {
        await CollectAsync();
        var response = await Page.GotoAsync(path);
        Assert.True(response!.Ok, $"{path} answered {response.Status}");
    }

    /// <summary>Everything reported so far, by the page's events and on the console.</summary>
    public async Task<IReadOnlyList<string>> AllAsync()
    {
        await CollectAsync();
        return [.. _events, .. _console];
    }

    private async Task CollectAsync()
    {
        if (Page.Url.StartsWith("http", StringComparison.Ordinal))
        {
            _events.AddRange((await Page.EvaluateAsync<string[]?>("() => window.cspViolations ?? []") ?? []).Select(v => $"{Page.Url}: {v}"));
            await Page.EvaluateAsync("() => { window.cspViolations = []; }");
        }
    }
}
