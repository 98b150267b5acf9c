using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Reports.Disclosure;

namespace Netwerkbijeenkomst.Web.Reports.Building;

/// <summary>
/// The protection tree a scope belongs to (its province, or its municipality when that has no province), the networks
/// the scope itself covers, their names, and the scope's parts (a municipality's networks, a province's municipalities).
/// </summary>
internal sealed record ReportScopes(ScopeTree Tree, IReadOnlyList<string> ScopeNetworks, IReadOnlyList<string> TreeNetworks, IReadOnlyList<ReportScope> Parts)
{
    public static async Task<ReportScopes> LoadAsync(AppDbContext db, ReportScope scope, CancellationToken cancellationToken)
    {
        var municipality = scope.Kind switch
        {
            ReportScopeKind.Network => (await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.NetworkId == scope.Id, cancellationToken))?.Municipality ?? "",
            ReportScopeKind.Municipality => scope.Id,
            _ => null,
        };
        var province = scope.Kind == ReportScopeKind.Province
            ? scope.Id
            : (await db.MunicipalityProvinces.AsNoTracking().SingleOrDefaultAsync(m => m.Municipality == municipality, cancellationToken))?.Province;

        var municipalities = province is null
            ? [municipality!]
            : await db.MunicipalityProvinces.AsNoTracking().Where(m => m.Province == province).Select(m => m.Municipality).ToListAsync(cancellationToken);
        var networks = await db.Networks.AsNoTracking()
            .Where(n => municipalities.Contains(n.Municipality))
            .Select(n => new { n.NetworkId, n.Name, n.Municipality })
            .ToListAsync(cancellationToken);
        var tree = new ScopeTree(province ?? municipality!, networks.Select(n => (n.NetworkId, n.Municipality)));

        var inScope = scope.Kind switch
        {
            ReportScopeKind.Network => networks.Where(n => n.NetworkId == scope.Id),
            ReportScopeKind.Municipality => networks.Where(n => n.Municipality == scope.Id),
            _ => networks,
        };
        IReadOnlyList<ReportScope> parts = scope.Kind switch
        {
            ReportScopeKind.Municipality => [.. inScope.OrderBy(n => n.Name, StringComparer.CurrentCulture).Select(n => new ReportScope(ReportScopeKind.Network, n.NetworkId, n.Name))],
            ReportScopeKind.Province => [.. tree.Networks.Keys.Select(m => new ReportScope(ReportScopeKind.Municipality, m, m))],
            _ => [],
        };
        return new ReportScopes(tree, [.. inScope.Select(n => n.NetworkId)], [.. networks.Select(n => n.NetworkId)], parts);
    }
}
