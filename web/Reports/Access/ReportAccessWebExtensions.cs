namespace Netwerkbijeenkomst.Web.Reports.Access;

internal static class ReportAccessWebExtensions
{
    /// <summary>Who may see which report; the pages and the exports ask it before building anything.</summary>
    public static WebApplicationBuilder AddReportAccess(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReportAccess>();
        return builder;
    }
}
