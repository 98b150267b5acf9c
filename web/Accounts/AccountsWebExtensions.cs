using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;
using Netwerkbijeenkomst.Silo.Settings;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>ASP.NET Core Identity with cookie sign-in, accounts in the application database, Dutch messages; sign-in throttled, not locked.</summary>
internal static class AccountsWebExtensions
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services
            .AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;

                // No lockout: anyone who knows an address could lock its owner out; SignInThrottle makes guessing slow instead.
                options.Lockout.AllowedForNewUsers = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<DutchIdentityErrors>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddDefaultTokenProviders()
            .AddTwoFactor();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/inloggen";
            cookie.LogoutPath = "/account/uitloggen";
            cookie.AccessDeniedPath = "/account/geen-toegang";
            cookie.Cookie.Name = "netwerkbijeenkomst";
        });
        builder.Services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("Netwerkbijeenkomst");
        builder.Services.AddSettings<SignInProtectionOptions>(SignInProtectionOptions.Section);
        builder.Services.AddSingleton<SignInThrottle>();
        builder.Services.AddSingleton<StandInPassword>();
        builder.Services.AddSingleton<CommonPasswords>();
        builder.Services.AddScoped<SignInGuard>();
        builder.Services.AddSingleton<PasswordResetMailer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PasswordResetMailer>());
        builder.Services.AddScoped<AccountLinks>();
        builder.Services.AddSingleton<NetworkInvitationCodes>();
        builder.Services.AddScoped<InvitedAccounts>();
        builder.Services.AddSingleton<Audit.AccessLog>();
        return builder;
    }
}
