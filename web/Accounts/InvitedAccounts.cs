using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>Finds the account an administrator names by e-mail (a coordinator, a municipality viewer), or makes one that is invited to choose a password.</summary>
public sealed class InvitedAccounts(UserManager<AppUser> users, AccountLinks links)
{
    /// <summary>The account, whether it was made just now, or the Dutch reason it could not be made.</summary>
    public async Task<(AppUser? User, bool Created, string? Error)> FindOrCreateAsync(string email, string name)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return (existing, false, null);
        }

        var user = new AppUser { UserName = email, Email = email, DisplayName = name.Trim() };
        var result = await users.CreateAsync(user);
        return result.Succeeded ? (user, true, null) : (null, false, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    /// <summary>A new account chooses a password through the link; an existing one just signs in and finds the network.</summary>
    public async Task NotifyAsync(AppUser user, string networkName)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await users.HasPasswordAsync(user))
        {
            await links.SendInvitationAsync(user, networkName);
        }
    }

    public Task DeleteAsync(AppUser user) => users.DeleteAsync(user);
}
