using System.Security.Claims;
using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>Turns the signed-in account into the <see cref="Actor"/> the grains authorise.</summary>
public static class ActorExtensions
{
    public static Actor ToActor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var id = user.FindFirstValue(ClaimTypes.NameIdentifier)
            ?? throw new InvalidOperationException("The user is not signed in.");
        return new Actor(id, user.IsInRole(AppRoles.Administrator));
    }
}
