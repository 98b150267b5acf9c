using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>
/// The demo's own accounts need no authenticator app, only in Development: the same pair (Development, demo address)
/// that allows them the demo password. Every other account, and every account outside Development, is held to the rule.
/// </summary>
public static class DemoWaiver
{
    public static bool Applies(bool isDevelopment, string? email) =>
        isDevelopment && email is not null && DemoData.AllAccounts.Any(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase));
}
