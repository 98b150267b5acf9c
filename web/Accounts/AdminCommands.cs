using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>Command-line verbs for operators; they run against the database and exit without starting the web server.</summary>
internal static class AdminCommands
{
    public const string CreateAdministrator = "beheerder-aanmaken";

    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
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
}
