using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>How meetings and cases ask their network who someone is, and refuse with the network's words.</summary>
internal static class NetworkAccess
{
    /// <summary>Someone outside the network hears "members only" (which the web answers as "not found"), a member "coordinators only".</summary>
    public static async Task RequireCoordinatorAsync(this INetworkGrain network, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        switch (await network.GetRoleAsync(actor.UserId))
        {
            case NetworkRole.Coordinator:
                return;
            case NetworkRole.None:
                throw Refuse.MembersOnly();
            default:
                throw Refuse.CoordinatorOnly();
        }
    }

    /// <summary>Refuses anyone without a role (not an active member or coordinator); returns the role.</summary>
    public static async Task<NetworkRole> RequireMemberAsync(this INetworkGrain network, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var role = await network.GetRoleAsync(actor.UserId);
        return role != NetworkRole.None ? role : throw Refuse.MembersOnly();
    }
}
