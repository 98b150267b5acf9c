using Microsoft.AspNetCore.StaticAssets;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>
/// Keeps an account that must set up two-factor sign-in (<see cref="TwoFactorClaims.SetupNeeded"/>) on the setup page:
/// every other page, download, form post and hub request is sent there or refused; only signing out and the static
/// scripts and styles are let through.
/// </summary>
public sealed class TwoFactorSetupGate(RequestDelegate next)
{
    public const string SetupPath = "/account/tweestapsverificatie/instellen";
    public const string LogoutPath = "/account/uitloggen";

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.User.HasClaim(c => c.Type == TwoFactorClaims.SetupNeeded)
            || context.Request.Path.Equals(SetupPath, StringComparison.OrdinalIgnoreCase)
            || context.Request.Path.Equals(LogoutPath, StringComparison.OrdinalIgnoreCase)
            // wwwroot's scripts and styles (MapStaticAssets' endpoints): the setup page needs them, and they are the same for everyone.
            || context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
        {
            return next(context);
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Redirect(SetupPath);
            return Task.CompletedTask;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync("Stel eerst tweestapsverificatie in: " + SetupPath);
    }
}
