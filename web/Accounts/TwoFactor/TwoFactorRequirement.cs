using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>
/// Who must use two-factor sign-in: administrators (an Identity role), municipality and province accounts (claims) and
/// coordinators (a role in a network grain, found through the membership listing and confirmed by the grain).
/// </summary>
public sealed class TwoFactorRequirement(IDbContextFactory<AppDbContext> contexts, IGrainFactory grains, IWebHostEnvironment environment)
{
    /// <summary>Required, optional, or waived for a demo account in Development.</summary>
    /// <param name="user">The account.</param>
    /// <param name="claims">The account's roles and claims, as the sign-in cookie carries them.</param>
    public async Task<TwoFactorDuty> DutyAsync(AppUser user, IEnumerable<Claim> claims)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(claims);
        if (!await IsRequiredAsync(user.Id, [.. claims]))
        {
            return TwoFactorDuty.Optional;
        }

        return DemoWaiver.Applies(environment.IsDevelopment(), user.Email) ? TwoFactorDuty.WaivedForDemo : TwoFactorDuty.Required;
    }

    private async Task<bool> IsRequiredAsync(string userId, IReadOnlyList<Claim> claims)
    {
        if (claims.Any(c => (c.Type == ClaimTypes.Role && c.Value == AppRoles.Administrator)
            || (c.Type is AppRoles.MunicipalityClaim or AppRoles.ProvinceClaim && !string.IsNullOrWhiteSpace(c.Value))))
        {
            return true;
        }

        await using var db = await contexts.CreateDbContextAsync();
        var networks = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.NetworkId).ToListAsync();
        foreach (var network in networks)
        {
            // The listing says the account was once in the network; the grain says whether it coordinates it now.
            if (await grains.GetGrain<INetworkGrain>(network).GetRoleAsync(userId) == NetworkRole.Coordinator)
            {
                return true;
            }
        }

        return false;
    }
}
