using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.Listings;

/// <summary>The display names of everyone in a network, coordinators first, for pages that show who did what.</summary>
public static class NetworkPeople
{
    public static Dictionary<string, string> Names(this NetworkView network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var names = new Dictionary<string, string>();
        foreach (var (userId, name) in network.Coordinators.Select(c => (c.UserId, c.DisplayName)).Concat(network.Members.Select(m => (m.UserId, m.DisplayName))))
        {
            names.TryAdd(userId, name);
        }

        return names;
    }
}
