using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Browser;

/// <summary>A report's chart.js charts draw under the Content-Security-Policy (no eval, no injected style) with no violation.</summary>
[Collection(ReportHistory.Name)]
public sealed class ReportContentSecurityPolicyTests(ReportHistoryFixture host)
{
    [Fact]
    public async Task ReportCharts_AreDrawn_WithoutAPolicyViolation()
    {
        var coordinator = await CspViolations.SignInAsync(host.Browser, DemoData.Coordinator);

        await coordinator.GoAsync("/rapportage/netwerk/utrecht");

        Assert.True(await coordinator.Page.EvaluateAsync<int>("() => window.reportCharts.ready") > 0);
        Assert.True(await coordinator.Page.EvaluateAsync<bool>(
            "() => [...document.querySelectorAll('.chart canvas')].every(c => c.width > 0 && c.getContext('2d').getImageData(0, 0, c.width, c.height).data.some(v => v !== 0))"));
        var violations = await coordinator.AllAsync();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }
}
