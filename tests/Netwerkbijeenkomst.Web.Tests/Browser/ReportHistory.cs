namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>The tests that read reports built from the demo's history share its one host, one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ReportHistory : ICollectionFixture<ReportHistoryFixture>
{
    public const string Name = "report history";
}
