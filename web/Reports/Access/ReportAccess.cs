using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Reports.Access;

/// <summary>
/// Who may see which report (docs/report-pages.md): a municipality account its municipality and each of its networks, a
/// province account its province and each municipality placed in it (not their networks), a coordinator their own
/// networks; nobody else anything. Pages answer a scope that is not in this list as not found, whether it exists or not.
/// </summary>
public sealed class ReportAccess(IDbContextFactory<AppDbContext> contexts, IGrainFactory grains)
{
    public const string CoordinatorRole = "coördinator";
    public const string MunicipalityRole = "gemeente";
    public const string ProvinceRole = "provincie";

    /// <summary>Every scope the account may see: provinces first, then municipalities, then networks, each by name.</summary>
    public async Task<IReadOnlyList<ReportGrant>> VisibleAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }

        var grants = new List<ReportGrant>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        foreach (var province in Claimed(user, AppRoles.ProvinceClaim).Where(Provinces.IsKnown))
        {
            grants.Add(new(new(ReportScopeKind.Province, province, province), ProvinceRole));
            var municipalities = await db.MunicipalityProvinces.AsNoTracking()
                .Where(m => m.Province == province).Select(m => m.Municipality).ToListAsync(cancellationToken);
            grants.AddRange(municipalities.Select(m => new ReportGrant(new(ReportScopeKind.Municipality, m, m), ProvinceRole)));
        }

        foreach (var municipality in Claimed(user, AppRoles.MunicipalityClaim))
        {
            grants.Add(new(new(ReportScopeKind.Municipality, municipality, municipality), MunicipalityRole));
            var networks = await db.Networks.AsNoTracking().Where(n => n.Municipality == municipality).ToListAsync(cancellationToken);
            grants.AddRange(networks.Select(n => new ReportGrant(new(ReportScopeKind.Network, n.NetworkId, n.Name), MunicipalityRole)));
        }

        var userId = user.ToActor().UserId;
        var listed = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Networks, m => m.NetworkId, n => n.NetworkId, (_, n) => n).ToListAsync(cancellationToken);
        foreach (var network in listed)
        {
            // The listing says the account was once in the network; the grain says whether it coordinates it now.
            if (await grains.GetGrain<INetworkGrain>(network.NetworkId).GetRoleAsync(userId) == NetworkRole.Coordinator)
            {
                grants.Add(new(new(ReportScopeKind.Network, network.NetworkId, network.Name), CoordinatorRole));
            }
        }

        return [.. grants
            .DistinctBy(g => (g.Scope.Kind, g.Scope.Id))
            .OrderByDescending(g => g.Scope.Kind)
            .ThenBy(g => g.Scope.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>The grant for one scope, or null when the account may not see it or it does not exist (the same answer).</summary>
    public async Task<ReportGrant?> FindAsync(ClaimsPrincipal user, ReportScopeKind kind, string id, CancellationToken cancellationToken) =>
        (await VisibleAsync(user, cancellationToken)).FirstOrDefault(g => g.Scope.Kind == kind && string.Equals(g.Scope.Id, id, StringComparison.Ordinal));

    private static IEnumerable<string> Claimed(ClaimsPrincipal user, string type) =>
        user.FindAll(type).Select(c => c.Value).Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal);
}
