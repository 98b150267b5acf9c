using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Pages.Account;

/// <summary>Accepting an invitation: choose a password, and become an active member of every network that invited you.</summary>
public sealed class InvitationModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, SessionEnd sessions, IDbContextFactory<AppDbContext> contexts, IGrainFactory grains)
    : SetPasswordModel(users, signIn, sessions)
{
    protected override async Task OnPasswordSetAsync(AppUser user)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var networkIds = await db.Memberships.Where(m => m.UserId == user.Id).Select(m => m.NetworkId).ToListAsync();
        foreach (var networkId in networkIds)
        {
            try
            {
                await grains.GetGrain<INetworkGrain>(networkId).ActivateMemberAsync(new Actor(user.Id), user.Id);
            }
            catch (DomainException)
            {
                // Already active, or made inactive since: only a coordinator brings an inactive member back.
            }
        }
    }
}
