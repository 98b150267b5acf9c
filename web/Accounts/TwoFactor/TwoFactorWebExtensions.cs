using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>Two-factor sign-in with an authenticator app: who must have it, the code step, and the gate to the setup page.</summary>
public static class TwoFactorWebExtensions
{
    public static IdentityBuilder AddTwoFactor(this IdentityBuilder identity)
    {
        ArgumentNullException.ThrowIfNull(identity);
        identity.Services.AddScoped<TwoFactorRequirement>();
        identity.Services.AddScoped<TwoFactorSignInGuard>();
        // Replaces Identity's authenticator provider (added by AddDefaultTokenProviders before this): each code works once.
        identity.AddTokenProvider<OnceOnlyAuthenticatorCodes>(TokenOptions.DefaultAuthenticatorProvider);
        return identity.AddClaimsPrincipalFactory<TwoFactorClaimsFactory>();
    }

    /// <summary>After authentication: a signed-in account that must set up two-factor sign-in reaches only the setup page and sign-out.</summary>
    public static IApplicationBuilder UseTwoFactorSetupGate(this IApplicationBuilder app) => app.UseMiddleware<TwoFactorSetupGate>();
}
