using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>Accounts that are not the demo's (so two-factor sign-in holds for them), and their authenticator keys.</summary>
public static class TwoFactorAccounts
{
    /// <summary>Not the demo password: only the demo's own accounts may have that one.</summary>
    public const string Password = "tweestap-proef-wachtwoord-4";

    /// <summary>An account of its own with a network of its own that it coordinates.</summary>
    public static async Task<string> CreateCoordinatorAsync(WebApplicationFactory<Program> factory, string email)
    {
        var userId = await CreateAsync(factory, email);
        string adminId;
        using (var scope = factory.Services.CreateScope())
        {
            adminId = (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(DemoData.Administrator.Email))!.Id;
        }

        var admin = new Actor(adminId, IsAdministrator: true);
        var networkId = "tweestap-" + Guid.NewGuid().ToString("N")[..8];
        await factory.Services.GetRequiredService<IGrainFactory>().GetGrain<INetworkGrain>(networkId)
            .CreateAsync(admin, "Netwerk " + networkId, "Utrecht", new Coordinator(userId, "Coördinator " + networkId));
        await factory.Services.GetRequiredService<ProjectionRunner<ListingsProjection, AppDbContext>>().CatchUpAsync();
        return userId;
    }

    /// <summary>An account with a claim (municipality, province) or an Identity role (administrator), or neither.</summary>
    public static async Task<string> CreateAsync(WebApplicationFactory<Program> factory, string email, Claim? claim = null, string? role = null)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = email.Split('@')[0] };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        if (claim is not null)
        {
            Assert.True((await users.AddClaimAsync(user, claim)).Succeeded);
        }

        if (role is not null)
        {
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return user.Id;
    }

    /// <summary>Switches two-factor sign-in on as the setup page would, and returns the key the app would hold.</summary>
    public static async Task<string> EnableAsync(WebApplicationFactory<Program> factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync(email))!;
        await users.ResetAuthenticatorKeyAsync(user);
        Assert.True((await users.SetTwoFactorEnabledAsync(user, true)).Succeeded);
        return (await users.GetAuthenticatorKeyAsync(user))!;
    }

    /// <summary>The key the account's app holds, if it has one.</summary>
    public static async Task<string?> KeyAsync(WebApplicationFactory<Program> factory, string email)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync(email);
        return user is null ? null : await users.GetAuthenticatorKeyAsync(user);
    }

    public static async Task<bool> IsEnabledAsync(WebApplicationFactory<Program> factory, string email)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync();
    }
}
