using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>Keeps <see cref="HubConnections"/> up to date for every hub, so no hub has to remember to.</summary>
internal sealed class HubConnectionsFilter(HubConnections connections, IOptions<IdentityOptions> identity) : IHubFilter
{
    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var user = context.Context.User;
        if (user?.FindFirstValue(identity.Value.ClaimsIdentity.UserIdClaimType) is { } userId)
        {
            connections.Opened(context.Context, userId, user.FindFirstValue(identity.Value.ClaimsIdentity.SecurityStampClaimType) ?? "");
        }

        return next(context);
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        connections.Closed(context.Context.ConnectionId);
        return next(context, exception);
    }
}
