using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>
/// The report viewers the demo does not have, made by the test on its own host: the Amersfoort municipality, a
/// province account of Utrecht (with Utrecht and Amersfoort placed in it) and one of Noord-Holland. All use the demo password.
/// </summary>
public static class ReportViewers
{
    public const string OtherMunicipality = "gemeente.amersfoort@rapport.test";
    public const string Province = "provincie.utrecht@rapport.test";
    public const string OtherProvince = "provincie.noord-holland@rapport.test";

    public static async Task AddAsync(WebAppFactory factory)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        await CreateAsync(users, OtherMunicipality, "Gemeente Amersfoort", AppRoles.MunicipalityClaim, "Amersfoort");
        await CreateAsync(users, Province, "Provincie Utrecht", AppRoles.ProvinceClaim, "Utrecht");
        await CreateAsync(users, OtherProvince, "Provincie Noord-Holland", AppRoles.ProvinceClaim, "Noord-Holland");
        await using var db = await scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        db.MunicipalityProvinces.AddRange(
            new MunicipalityProvince { Municipality = "Utrecht", Province = "Utrecht" },
            new MunicipalityProvince { Municipality = "Amersfoort", Province = "Utrecht" });
        await db.SaveChangesAsync();
    }

    private static async Task CreateAsync(UserManager<AppUser> users, string email, string name, string claim, string value)
    {
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        Assert.True((await users.AddClaimAsync(user, new Claim(claim, value))).Succeeded);
    }
}
