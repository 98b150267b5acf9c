using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Reports;
using static Microsoft.Playwright.Assertions;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>
/// The report pages on the demo's year of history as the municipality, the coordinator and the province see them: figures,
/// charts drawn above their tables, axe clean on a phone (360 px) and a laptop (1366 px), and the period picker by keyboard.
/// </summary>
[Collection(ReportHistory.Name)]
public sealed class ReportPageTests(ReportHistoryFixture host)
{
    private static readonly ReportPeriod LastQuarter = LastFullQuarter();

    [Fact]
    public async Task Municipality_FindsItsReportFromTheStartPage_WithChartsAboveTheirTables_AndNoViolations()
    {
        var page = await host.Browser.SignInAsync(DemoData.Municipality);

        await page.GetByRole(AriaRole.Link, new() { Name = "Rapportage: de voortgang in cijfers" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Gemeente Utrecht" }).First.ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rapportage Gemeente Utrecht", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".report-period")).ToContainTextAsync(LastQuarter.Label);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "In het kort" })).ToBeVisibleAsync();
        await Expect(page.Locator(".parts").GetByRole(AriaRole.Link, new() { Name = "Netwerk Vertrouwenspersonen Utrecht" })).ToBeVisibleAsync();
        await AssertChartsDrawnAboveTheirTablesAsync(page);
        await AssertNoViolationsAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Coordinator_FindsTheNetworksReportOnTheNetworkPage_AndNoViolations()
    {
        var page = await host.Browser.SignInAsync(DemoData.Coordinator);
        await page.GotoAsync("/netwerken/utrecht");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rapportage: de voortgang van dit netwerk in cijfers" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rapportage Netwerk Vertrouwenspersonen Utrecht", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".parts")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = $"Kwartaalrapportage {LastQuarter.Label} (PDF)" })).ToBeVisibleAsync();
        await AssertChartsDrawnAboveTheirTablesAsync(page);
        await AssertNoViolationsAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task Province_SeesItsMunicipalities_NotTheirNetworks_AndNoViolations()
    {
        var page = await host.Browser.SignInAsync(DemoData.ProvinceAccount);
        await page.GotoAsync("/rapportage");

        await page.GetByRole(AriaRole.Link, new() { Name = "Provincie Utrecht" }).ClickAsync();

        var parts = page.Locator(".parts");
        foreach (var municipality in DemoData.Municipalities)
        {
            await Expect(parts.GetByRole(AriaRole.Link, new() { Name = "Gemeente " + municipality })).ToBeVisibleAsync();
        }

        Assert.Equal(0, await page.Locator("a[href^='/rapportage/netwerk/']").CountAsync());
        await AssertChartsDrawnAboveTheirTablesAsync(page);
        await AssertNoViolationsAtBothWidthsAsync(page);

        await parts.GetByRole(AriaRole.Link, new() { Name = "Gemeente Amersfoort" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Rapportage Gemeente Amersfoort", Level = 1 })).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("a[href^='/rapportage/netwerk/']").CountAsync());
        await AssertNoViolationsAtBothWidthsAsync(page);
    }

    [Fact]
    public async Task PeriodPicker_ChoosesAQuarter_WithTheKeyboardOnly()
    {
        var page = await host.Browser.SignInAsync(DemoData.Municipality);
        await page.GotoAsync("/rapportage/gemeente/Utrecht");
        var year = LastQuarter.First.Year - 1;

        await TabToAsync(page, ".period-picker summary");
        await page.Keyboard.PressAsync("Enter");
        await TabToAsync(page, "#kwartaal-jaar");
        await page.Keyboard.TypeAsync(year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await TabToAsync(page, "#kwartaal-nummer");
        await page.Keyboard.TypeAsync("2");
        await TabToAsync(page, "button:text('Kwartaal tonen')");
        await page.Keyboard.PressAsync("Enter");

        // The address is the form's answer; the period's label below is the page's (it waits for that by itself).
        await page.WaitForURLAsync($"**/rapportage/gemeente/Utrecht?periode=kwartaal&jaar={year}&kwartaal=2", new() { WaitUntil = WaitUntilState.Commit });
        await Expect(page.Locator(".report-period")).ToContainTextAsync(ReportPeriod.Quarter(year, 2).Label);
        Assert.Empty(await BrowserFixture.AccessibilityViolationsAsync(page));
    }

    /// <summary>Presses Tab until <paramref name="selector"/> has the focus, as someone without a mouse would.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 80; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.Locator(selector).First.EvaluateAsync<bool>("e => e === document.activeElement"))
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached {selector}");
    }

    /// <summary>Each chart's canvas is drawn, hidden from screen readers, and followed by the accessible table of the same data.</summary>
    private static async Task AssertChartsDrawnAboveTheirTablesAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => window.reportCharts !== undefined");
        Assert.True(await page.EvaluateAsync<int>("() => window.reportCharts.ready") > 0);
        var charts = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.chart')].map(chart => {
                const canvas = chart.querySelector('canvas');
                let next = chart.nextElementSibling;
                while (next && !next.classList.contains('table-wrap')) next = next.nextElementSibling;
                const hidden = chart.getAttribute('aria-hidden') === 'true' ? 'verborgen' : 'zichtbaar voor schermlezers';
                const drawn = canvas.width > 0 && canvas.height > 0 && canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data.some(v => v !== 0) ? 'getekend' : 'leeg';
                const table = next && next.querySelector('table caption') ? 'met tabel' : 'zonder tabel';
                return `${hidden}, ${drawn}, ${table}`;
            })
            """);
        Assert.NotEmpty(charts);
        Assert.All(charts, c => Assert.Equal("verborgen, getekend, met tabel", c));
    }

    private static async Task AssertNoViolationsAtBothWidthsAsync(IPage page)
    {
        var violations = new List<string>();
        foreach (var width in new[] { 360, 1366 })
        {
            await page.SetViewportSizeAsync(width, 900);
            violations.AddRange(await BrowserFixture.AccessibilityViolationsAsync(page));
            // Nothing wider than the screen: a table scrolls in its own region, the page does not. chart.js redraws a canvas
            // at the new width from a ResizeObserver, after the viewport changed, so the page may be wide until it has.
            try
            {
                await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth", null, new() { Timeout = 15_000 });
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{page.Url} is wider than {width} px");
            }
        }

        Assert.Empty(violations);
    }

    private static ReportPeriod LastFullQuarter()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var quarter = ((today.Month - 1) / 3) + 1;
        return quarter == 1 ? ReportPeriod.Quarter(today.Year - 1, 4) : ReportPeriod.Quarter(today.Year, quarter - 1);
    }
}
