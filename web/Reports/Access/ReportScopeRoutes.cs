namespace Netwerkbijeenkomst.Web.Reports.Access;

/// <summary>The Dutch word for a scope kind in the report's address: /rapportage/netwerk/…, /gemeente/…, /provincie/….</summary>
public static class ReportScopeRoutes
{
    public static string Word(ReportScopeKind kind) => kind switch
    {
        ReportScopeKind.Network => "netwerk",
        ReportScopeKind.Municipality => "gemeente",
        _ => "provincie",
    };

    public static ReportScopeKind? Kind(string? word) => word switch
    {
        "netwerk" => ReportScopeKind.Network,
        "gemeente" => ReportScopeKind.Municipality,
        "provincie" => ReportScopeKind.Province,
        _ => null,
    };

    /// <summary>The report page of <paramref name="scope"/>, e.g. /rapportage/gemeente/Den%20Haag.</summary>
    public static string Path(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return $"/rapportage/{Word(scope.Kind)}/{Uri.EscapeDataString(scope.Id)}";
    }

    /// <summary>How a page names the scope: "Gemeente Utrecht", "Provincie Utrecht", or the network's own name.</summary>
    public static string Title(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            ReportScopeKind.Municipality => "Gemeente " + scope.Name,
            ReportScopeKind.Province => "Provincie " + scope.Name,
            _ => scope.Name,
        };
    }
}
