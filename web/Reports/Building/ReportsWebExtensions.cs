using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Settings;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Reports.Disclosure;
using Netwerkbijeenkomst.Web.Reports.Projection;

namespace Netwerkbijeenkomst.Web.Reports.Building;

/// <summary>The report's figures: the projection that keeps them from the event log, the options, the builder.</summary>
internal static class ReportsWebExtensions
{
    public static WebApplicationBuilder AddReportFigures(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<ReportOptions>(ReportOptions.Section);
        builder.Services.AddEventProjection<ReportsProjection, AppDbContext>();
        builder.Services.AddSingleton<ProtectionCache>();
        builder.Services.AddSingleton<IReportBuilder, ReportBuilder>();
        return builder;
    }
}
