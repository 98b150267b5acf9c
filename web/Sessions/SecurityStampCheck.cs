using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>
/// Whether a signed-in cookie still belongs to its account as it is now: the account exists and its security stamp is
/// the one the cookie was issued with. One read of one column by primary key, on every request, so a cookie copied
/// before a sign-out, a password change or reset, or the account's deletion is refused at once on every web node.
/// Scoped: it reads through the request's own <see cref="AppDbContext"/>, the one Identity and the pages use.
/// </summary>
internal sealed class SecurityStampCheck(AppDbContext db, IOptions<IdentityOptions> identity)
{
    // Null: no such account; "": an account without a stamp, which Identity never makes.
    private static readonly Func<AppDbContext, string, Task<string?>> StampOf =
        EF.CompileAsyncQuery((AppDbContext db, string id) => db.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp ?? "").FirstOrDefault());

    public async Task<bool> IsCurrentAsync(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var userId = principal.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType);
        var stamp = principal.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType);
        if (string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(stamp))
        {
            return false;
        }

        return await StampOf(db, userId) == stamp;
    }
}
