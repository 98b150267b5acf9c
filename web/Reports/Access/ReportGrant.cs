namespace Netwerkbijeenkomst.Web.Reports.Access;

/// <summary>A scope the signed-in account may see, and the role that lets it (the word the access log records).</summary>
public sealed record ReportGrant(ReportScope Scope, string Role);
