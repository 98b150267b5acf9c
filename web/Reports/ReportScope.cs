namespace Netwerkbijeenkomst.Web.Reports;

public enum ReportScopeKind
{
    Network,
    Municipality,
    Province,
}

/// <summary>Whose figures: one network (its id), a municipality (its name) or a province (its name).</summary>
public sealed record ReportScope(ReportScopeKind Kind, string Id, string Name);
