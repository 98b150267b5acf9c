using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

public sealed class ReportOptionsTests
{
    [Theory]
    [InlineData("Reports:HourlyRate", "0", "Reports:HourlyRate ontbreekt of is ongeldig")]
    [InlineData("Reports:HourlyRate", "-5", "Reports:HourlyRate ontbreekt of is ongeldig")]
    [InlineData("Reports:SmallNumberThreshold", "1", "Reports:SmallNumberThreshold moet tussen 2 en 20 liggen")]
    [InlineData("Reports:SmallNumberThreshold", "21", "Reports:SmallNumberThreshold moet tussen 2 en 20 liggen")]
    public async Task ABadReportSetting_StopsTheHost_AndSaysWhich(string key, string value, string message)
    {
        await using var factory = new WebAppFactory();
        var bad = factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        var refused = Assert.ThrowsAny<OptionsValidationException>(() => bad.Services.GetRequiredService<IReportBuilder>());

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }
}
