using Netwerkbijeenkomst.Silo.Settings;
using Netwerkbijeenkomst.Web.Notifications;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>Invitations with an iCalendar attachment, and each member's private calendar feed.</summary>
internal static class InvitationsWebExtensions
{
    public static WebApplicationBuilder AddInvitations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<CalendarOptions>(CalendarOptions.Section);
        builder.Services.AddNoticeSource<InvitationNotices>();
        builder.Services.AddSingleton<CalendarFeeds>();
        return builder;
    }

    public static WebApplication MapInvitations(this WebApplication app)
    {
        app.MapGet(CalendarFeeds.PathPrefix + "{token}.ics", CalendarFeedEndpoint.GetAsync).AllowAnonymous();
        return app;
    }
}
