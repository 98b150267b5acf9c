using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>One figure a page could ask the protection for: a scope, a period and a category (null: the total).</summary>
internal sealed record ProtectionQuery(ReportScope Scope, ReportPeriod Period, int? Category);
