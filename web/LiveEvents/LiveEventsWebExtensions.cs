using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Netwerkbijeenkomst.Web.LiveEvents;

internal static class LiveEventsWebExtensions
{
    /// <summary>Registers a handler of committed events on this node; the one <see cref="LiveEventFollower"/> feeds them all.</summary>
    public static IServiceCollection AddLiveEventHandler<THandler>(this IServiceCollection services)
        where THandler : class, ILiveEventHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILiveEventHandler, THandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LiveEventFollower>());
        return services;
    }
}
