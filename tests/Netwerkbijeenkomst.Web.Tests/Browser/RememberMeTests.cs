using Microsoft.Playwright;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>"Aangemeld blijven" on a phone, by keyboard: ticked, the cookie outlives the browser; not ticked, it ends with it.</summary>
[Collection(SharedBrowser.Name)]
public sealed class RememberMeTests(BrowserFixture browser)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task SignIn_ByKeyboardAt360Pixels_KeepsTheCookieOnlyWhenAangemeldBlijvenIsTicked(bool remember)
    {
        var account = DemoData.Members[remember ? 2 : 3].Account;
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = browser.BaseUrl, Locale = "nl-NL", ViewportSize = new() { Width = 360, Height = 740 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/inloggen");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 360"));

        await page.GetByLabel("E-mailadres").FocusAsync();
        await page.Keyboard.TypeAsync(account.Email);
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(ReportViewers.PasswordOf(account.Email));
        await page.Keyboard.PressAsync("Tab");
        var checkbox = page.GetByRole(AriaRole.Checkbox, new() { Name = "Aangemeld blijven" });
        Assert.True(await checkbox.EvaluateAsync<bool>("e => e === document.activeElement"));
        if (remember)
        {
            await page.Keyboard.PressAsync("Space");
        }

        Assert.Equal(remember, await checkbox.IsCheckedAsync());
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByRole(AriaRole.Heading, new() { Name = "Mijn netwerken", Level = 1 }).WaitForAsync();

        var cookie = (await context.CookiesAsync()).Single(c => c.Name == "netwerkbijeenkomst");
        if (remember)
        {
            Assert.True(DateTimeOffset.FromUnixTimeSeconds((long)cookie.Expires) > DateTimeOffset.UtcNow.AddDays(1));
        }
        else
        {
            Assert.Equal(-1, cookie.Expires);
        }

        await context.CloseAsync();
    }
}
