using Netwerkbijeenkomst.Silo.Settings;
using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Web.LiveEvents;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>The SignalR hub of the live meeting room and the event-log consumers that feed browsers, page lists and the access log.</summary>
internal static class MeetingRoomWebExtensions
{
    public const string HubPath = "/hubs/meeting";

    public static WebApplicationBuilder AddMeetingRoom(this WebApplicationBuilder builder)
    {
        // Posts, hand raises and joins are limited per member before they reach a grain.
        builder.Services.AddSettings<RoomLimitOptions>(RoomLimitOptions.Section);
        builder.Services.AddSingleton<RoomLimits>();
        builder.Services.AddSignalR(hub => hub.AddFilter<RoomLimits>()).AddJsonProtocol(json => RoomJson.Configure(json.PayloadSerializerOptions));
        builder.Services.AddSingleton<RoomSnapshots>();
        builder.Services.AddSingleton<RoomStates>();
        builder.Services.AddSingleton<RoomPages>();
        builder.Services.AddEventProjection<ListingsProjection, AppDbContext>();
        builder.Services.AddEventProjection<ErasureAuditor, AppDbContext>();
        builder.Services.AddSingleton<RoomPresence>();
        builder.Services.AddSingleton<MeetingNetworks>();
        builder.Services.AddSingleton<PresenceRelay>();
        builder.Services.AddHostedService<PresenceRenewer>();
        builder.Services.AddLiveEventHandler<MeetingEventForwarder>();
        builder.Services.AddLiveEventHandler<MembershipWatcher>();
        builder.Services.AddLiveEventHandler<RoomErasureWatcher>();
        return builder;
    }

    public static WebApplication MapMeetingRoom(this WebApplication app)
    {
        // Before the hub's endpoints run: a page of another site may not use a visitor's cookie here.
        app.UseWhen(context => context.Request.Path.StartsWithSegments(HubPath), hub => hub.UseMiddleware<HubOriginCheck>());
        app.MapHub<MeetingHub>(HubPath);
        return app;
    }
}
