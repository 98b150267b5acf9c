using Microsoft.AspNetCore.SignalR;

namespace Netwerkbijeenkomst.Web.Refusals;

/// <summary>Refusals are logged once, at Information, with their code; only unexpected failures are errors (docs/security.md, "Clean logs").</summary>
internal static class RefusalsWebExtensions
{
    /// <summary>SignalR's dispatcher: its only entries above Debug are the hub-method failures <see cref="HubFailureLogging"/> logs instead.</summary>
    public const string HubDispatcherCategory = "Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher";

    public static WebApplicationBuilder AddRefusalLogging(this WebApplicationBuilder builder)
    {
        // Orleans' service-collection registration is internal; its client and silo builders add a filter the same way.
        builder.Services.AddSingleton<IOutgoingGrainCallFilter, GrainRefusalLogging>();
        builder.Services.Configure<HubOptions>(hubs => hubs.AddFilter<HubFailureLogging>());
        builder.Logging.AddFilter(HubDispatcherCategory, LogLevel.None);
        return builder;
    }
}
