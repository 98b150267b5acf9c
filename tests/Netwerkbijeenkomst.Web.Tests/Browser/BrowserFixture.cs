using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// The real web host on Kestrel with the demo data, and Debian's chromium driven by Playwright (never
/// `playwright install`). Each browser context is one person; phones are 360 pixels wide.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public BrowserFixture()
        : this(new WebAppFactory())
    {
    }

    /// <summary>For a fixture of its own, e.g. on a fake clock (<see cref="ClockedBrowserFixture"/>).</summary>
    internal BrowserFixture(WebAppFactory factory) => Factory = factory;

    public WebAppFactory Factory { get; }

    public IBrowser Browser { get; private set; } = null!;

    public string BaseUrl { get; private set; } = "";

    public DemoWorld Demo => new(Factory);

    public async Task InitializeAsync()
    {
        Factory.UseKestrel(0);
        Factory.StartServer();
        BaseUrl = Factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        Factory.KestrelAddress = new Uri(BaseUrl);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium",
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>
    /// How long one browser step (a navigation, a click) may take before the test fails. Playwright's 30 s was once
    /// exceeded by a sign-in on this 2-core machine while other test collections ran their silos beside the browser;
    /// a step that works is over in well under a second, so this only moves where a real hang is reported.
    /// </summary>
    private const float StepTimeoutMs = 90_000;

    /// <summary>A laptop's screen, the size the chair's desk of the live room must fit without scrolling.</summary>
    public static ViewportSize Desk => new() { Width = 1366, Height = 768 };

    /// <summary>A new browser context signed in through the login form: a phone, a desktop, or the <paramref name="viewport"/> given.</summary>
    public async Task<IPage> SignInAsync(DemoAccount account, bool phone = true, ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = BaseUrl,
            Locale = "nl-NL",
            ViewportSize = viewport ?? (phone ? new() { Width = 360, Height = 740 } : new() { Width = 1280, Height = 900 }),
        });
        context.SetDefaultTimeout(StepTimeoutMs);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/inloggen");
        await page.GetByLabel("E-mailadres").FillAsync(account.Email);
        await page.GetByLabel("Wachtwoord").FillAsync(ReportViewers.PasswordOf(account.Email));
        await page.GetByRole(AriaRole.Button, new() { Name = "Inloggen" }).ClickAsync();

        // Signed in is the start page with its heading. No WaitForURL: when the redirect has already arrived it waits
        // for a load state instead, and it hung for 90 s in CI twice (with "load", then with "commit", which is never
        // reported for a page that has finished) although the page was there and the network idle.
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 }).WaitForAsync();
        Assert.Equal(BaseUrl + "/", page.Url);
        return page;
    }

    /// <summary>A fresh browser context with no account and no cookies, on a phone: someone who only has a link.</summary>
    public async Task<IPage> AnonymousPhoneAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = BaseUrl, Locale = "nl-NL", ViewportSize = new() { Width = 360, Height = 740 } });
        context.SetDefaultTimeout(StepTimeoutMs);
        return await context.NewPageAsync();
    }

    /// <summary>Runs axe on the page and returns each WCAG 2.1 A/AA violation as a line.</summary>
    public static async Task<IReadOnlyList<string>> AccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
        });
        return [.. result.Violations.Select(v => $"{page.Url}: {v.Id} ({v.Impact}) {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")];
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        await Factory.DisposeAsync();
    }
}

/// <summary>One web host and one chromium for all browser tests, run one after another: two cores do not carry more.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
