using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

public sealed class ReportOptionsTests
{
    [Theory]
    [InlineData("Reports:HourlyRate", "0", "Instelling 'Reports:HourlyRate' moet tussen 0.01 en 1000 liggen / Setting 'Reports:HourlyRate' must be between 0.01 and 1000")]
    [InlineData("Reports:HourlyRate", "-5", "Instelling 'Reports:HourlyRate' moet tussen 0.01 en 1000 liggen")]
    [InlineData("Reports:HourlyRate", "", "Instelling 'Reports:HourlyRate' ontbreekt / Setting 'Reports:HourlyRate' is missing")]
    [InlineData("Reports:SmallNumberThreshold", "1", "Instelling 'Reports:SmallNumberThreshold' moet tussen 2 en 20 liggen")]
    [InlineData("Reports:SmallNumberThreshold", "21", "Instelling 'Reports:SmallNumberThreshold' moet tussen 2 en 20 liggen")]
    [InlineData("Reports:SmallNumberThreshold", "vijf", "Instelling 'Reports:SmallNumberThreshold' moet een geheel getal zijn / Setting 'Reports:SmallNumberThreshold' must be a whole number")]
    public async Task ABadReportSetting_StopsTheHost_AndSaysWhich(string key, string value, string message)
    {
        await using var factory = new WebAppFactory();
        var bad = factory.WithWebHostBuilder(b => b.UseSetting(key, value));

        var refused = Assert.ThrowsAny<OptionsValidationException>(() => bad.Services.GetRequiredService<IReportBuilder>());

        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
    }
}
