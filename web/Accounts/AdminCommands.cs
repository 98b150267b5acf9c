using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>Command-line verbs for operators; they run against the database and exit without starting the web server.</summary>
internal static class AdminCommands
{
    public const string CreateAdministrator = "beheerder-aanmaken";

    /// <summary>For someone who lost both the phone with the authenticator app and the recovery codes.</summary>
    public const string SwitchOffTwoFactor = "tweestap-uitzetten";

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        if (args is [SwitchOffTwoFactor, ..])
        {
            await SwitchOffTwoFactorAsync(app, args);
            return true;
        }

        if (args is not [CreateAdministrator, ..])
        {
            return false;
        }

        if (args is not [_, var email, var name])
        {
            await Console.Error.WriteLineAsync($"Gebruik: dotnet run --project web -- {CreateAdministrator} <e-mailadres> \"<naam>\"  (het wachtwoord wordt gevraagd, of gelezen uit NETWERKBIJEENKOMST_WACHTWOORD)");
            Environment.ExitCode = 2;
            return true;
        }

        var password = Environment.GetEnvironmentVariable("NETWERKBIJEENKOMST_WACHTWOORD");
        if (string.IsNullOrEmpty(password))
        {
            await Console.Out.WriteAsync("Wachtwoord: ");
            password = Console.ReadLine() ?? "";
        }

        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.Database.MigrateAsync();
        }

        using var scope = app.Services.CreateScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(AppRoles.Administrator))
        {
            await roles.CreateAsync(new IdentityRole(AppRoles.Administrator));
        }

        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, AppRoles.Administrator);
        }

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Niet aangemaakt: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            Environment.ExitCode = 1;
            return true;
        }

        await Console.Out.WriteLineAsync($"Beheerder {email} is aangemaakt.");
        return true;
    }

    /// <summary>
    /// Switches two-factor sign-in off for one account: a new key (the old app's codes stop working), no recovery codes,
    /// and a new security stamp, so every session of the account ends. An account that must have it is taken to the
    /// setup page at its next sign-in. The operator checks who asks before running it.
    /// </summary>
    private static async Task SwitchOffTwoFactorAsync(WebApplication app, string[] args)
    {
        if (args is not [_, var email])
        {
            await Console.Error.WriteLineAsync($"Gebruik: dotnet run --project web -- {SwitchOffTwoFactor} <e-mailadres>");
            Environment.ExitCode = 2;
            return;
        }

        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not { } user)
        {
            await Console.Error.WriteLineAsync($"Er is geen account met het e-mailadres {email}.");
            Environment.ExitCode = 1;
            return;
        }

        var result = await users.SetTwoFactorEnabledAsync(user, false);
        if (result.Succeeded)
        {
            result = await users.ResetAuthenticatorKeyAsync(user);
        }

        if (result.Succeeded)
        {
            result = await users.RemoveAuthenticationTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes");
        }

        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync("Niet gelukt: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            Environment.ExitCode = 1;
            return;
        }

        await Console.Out.WriteLineAsync($"Tweestapsverificatie van {email} staat uit; het account is overal uitgelogd. Moet het account tweestapsverificatie hebben, dan stelt het die bij de volgende keer inloggen opnieuw in.");
    }
}
