using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Silo.Settings;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>
/// Sessions end when they should: every request checks the cookie's security stamp against the account, sign-out and a
/// new password change the stamp, and live connections of a stale stamp are closed (see docs/security.md).
/// </summary>
internal static class SessionsWebExtensions
{
    public static WebApplicationBuilder AddSessions(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<AccountSessionOptions>(AccountSessionOptions.Section);
        builder.Services.AddScoped<SecurityStampCheck>();
        builder.Services.AddSingleton<HubConnections>();
        builder.Services.AddSingleton<ConnectionSweeper>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ConnectionSweeper>());
        builder.Services.AddScoped<SessionEnd>();
        builder.Services.Configure<HubOptions>(hubs => hubs.AddFilter<HubConnectionsFilter>());

        // Identity's tokens (invitation for a new account, password reset) live as long as the other invitation link.
        builder.Services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountSessionOptions>>((tokens, sessions) => tokens.TokenLifespan = sessions.Value.LinkLifetime);

        // The full validator (which re-reads roles and claims and renews the cookie) at most once a minute; the stamp on every request.
        builder.Services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<AccountSessionOptions>>((validator, sessions) => validator.ValidationInterval = sessions.Value.ClaimsRefresh);
        builder.Services.ConfigureApplicationCookie(cookie => cookie.Events.OnValidatePrincipal = ValidatePrincipalAsync);
        return builder;
    }

    private static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        // A hub's requests (its negotiation and its WebSocket) carry the claims the page before them refreshed, and a
        // connection keeps its claims for its life anyway; Identity's refresh (the user, its claims, roles and two-factor
        // duty, a grain call per network) would double the cost of every connect, and after a restart every phone
        // reconnects at once with a cookie older than the interval. They get the stamp check only, in a scope of its
        // own: a WebSocket request lasts as long as its connection, and so would the EF context it resolved.
        var endpoint = context.HttpContext.GetEndpoint()?.Metadata;
        if (endpoint?.GetMetadata<HubMetadata>() is not null)
        {
            // The negotiation only hands out a connection id; the request that opens the connection (the WebSocket, or
            // every poll of a fallback transport) is checked, and a stale cookie is refused there.
            if (endpoint.GetMetadata<NegotiateMetadata>() is not null)
            {
                return;
            }

            await using var scope = context.HttpContext.RequestServices.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            if (!await IsCurrentAsync(scope.ServiceProvider, context))
            {
                await RejectAsync(context);
            }

            return;
        }

        // A page's stamp check and, when due, Identity's validator share one open of the request's connection.
        var db = context.HttpContext.RequestServices.GetRequiredService<AppDbContext>().Database;
        await db.OpenConnectionAsync(context.HttpContext.RequestAborted);
        try
        {
            if (!await IsCurrentAsync(context.HttpContext.RequestServices, context))
            {
                await RejectAsync(context);
                return;
            }

            await SecurityStampValidator.ValidatePrincipalAsync(context);
        }
        finally
        {
            await db.CloseConnectionAsync();
        }
    }

    private static async Task<bool> IsCurrentAsync(IServiceProvider services, CookieValidatePrincipalContext context) =>
        context.Principal is not null && await services.GetRequiredService<SecurityStampCheck>().IsCurrentAsync(context.Principal);

    // Signed out here, on another node or by a new password, or the account is gone: the request goes on anonymously and the cookie is removed.
    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
