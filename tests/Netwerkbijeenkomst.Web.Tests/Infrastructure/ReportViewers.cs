using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>
/// The report viewers the demo does not have, made by the test on its own host: the Amersfoort municipality and a
/// province account of Noord-Holland (no municipality placed in it). The demo's own province account sees Utrecht, where
/// the demo places its three municipalities. They have a password of their own and two-factor sign-in.
/// </summary>
public static class ReportViewers
{
    public const string OtherMunicipality = "gemeente.amersfoort@rapport.test";
    public static readonly string Province = DemoData.ProvinceAccount.Email;
    public const string OtherProvince = "provincie.noord-holland@rapport.test";

    /// <summary>Not the demo password: only the demo's own accounts may have that one.</summary>
    public const string Password = "rapport-lezer-proef-7";

    /// <summary>The password a test signs in with: these viewers' own, or the demo's.</summary>
    public static string PasswordOf(string email) => email.EndsWith("@rapport.test", StringComparison.Ordinal) ? Password : DemoData.Password;

    public static async Task AddAsync(WebAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await CreateAsync(users, OtherMunicipality, "Gemeente Amersfoort", AppRoles.MunicipalityClaim, "Amersfoort");
        await CreateAsync(users, OtherProvince, "Provincie Noord-Holland", AppRoles.ProvinceClaim, "Noord-Holland");

        // Municipality and province accounts must sign in with a code; SignedInClient computes it.
        await TwoFactorAccounts.EnableAsync(factory, OtherMunicipality);
        await TwoFactorAccounts.EnableAsync(factory, OtherProvince);
    }

    private static async Task CreateAsync(UserManager<AppUser> users, string email, string name, string claim, string value)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        Assert.True((await users.AddClaimAsync(user, new Claim(claim, value))).Succeeded);
    }
}
