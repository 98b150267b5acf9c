using Netwerkbijeenkomst.Web.LiveEvents;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>Escalations to care: the contact persons' link mails, and live updates of the case pages.</summary>
internal static class EscalationsWebExtensions
{
    public const string HubPath = "/hubs/case";

    public static WebApplicationBuilder AddEscalations(this WebApplicationBuilder builder)
    {
        builder.Services.AddEventProjection<ContactLinksProjection, AppDbContext>();
        builder.Services.AddSingleton<ContactLinkMailer>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ContactLinkMailer>());
        builder.Services.AddLiveEventHandler<CaseEventForwarder>();
        return builder;
    }

    public static WebApplication MapEscalations(this WebApplication app)
    {
        app.MapHub<CaseHub>(HubPath);
        return app;
    }
}
