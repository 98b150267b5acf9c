using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>
/// Marks the sign-in of an account that must have two-factor sign-in and has not set it up yet. Identity builds the
/// principal here at every sign-in and at every security-stamp check, so the mark cannot fall off a refreshed cookie,
/// and an account that becomes a coordinator while signed in gets it at the next check.
/// </summary>
public sealed class TwoFactorClaimsFactory(
    UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options, TwoFactorRequirement requirement)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (!await UserManager.GetTwoFactorEnabledAsync(user) && await requirement.DutyAsync(user, identity.Claims) == TwoFactorDuty.Required)
        {
            identity.AddClaim(new Claim(TwoFactorClaims.SetupNeeded, "ja"));
        }

        return identity;
    }
}
