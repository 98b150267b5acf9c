using System.Text.Json.Serialization;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>The SignalR hub of the live meeting room and the subscribers that feed browsers and page lists from committed events.</summary>
internal static class MeetingRoomWebExtensions
{
    public const string HubPath = "/hubs/meeting";

    public static WebApplicationBuilder AddMeetingRoom(this WebApplicationBuilder builder)
    {
        builder.Services.AddSignalR().AddJsonProtocol(json => json.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        builder.Services.AddSingleton<IEventSubscriber, ListingsProjection>();
        builder.Services.AddSingleton<IEventSubscriber, Audit.ErasureAuditor>();
        builder.Services.AddSingleton<RoomPresence>();
        builder.Services.AddSingleton<MeetingEventForwarder>();
        builder.Services.AddSingleton<IEventSubscriber>(sp => sp.GetRequiredService<MeetingEventForwarder>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<MeetingEventForwarder>());
        return builder;
    }

    public static WebApplication MapMeetingRoom(this WebApplication app)
    {
        app.MapHub<MeetingHub>(HubPath);
        return app;
    }
}
