using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Sessions;

/// <summary>
/// Ends an account's other sessions: a new security stamp refuses every cookie issued before it (on every web node, at
/// the next request), and the account's live connections on this node close now; other nodes close theirs at their sweep.
/// </summary>
public sealed partial class SessionEnd(UserManager<AppUser> users, HubConnections connections, ILogger<SessionEnd> logger)
{
    /// <summary>For sign-out: a new stamp, then the connections.</summary>
    public async Task EndAllAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await users.UpdateSecurityStampAsync(user);
        if (!result.Succeeded)
        {
            StampNotChanged(logger, string.Join(",", result.Errors.Select(e => e.Code)));
        }

        CloseConnections(user.Id);
    }

    /// <summary>After something that changed the stamp itself (a new password) or removed the account: the connections on this node.</summary>
    public void CloseConnections(string userId)
    {
        var closed = connections.Close(userId);
        if (closed > 0)
        {
            ConnectionsClosed(logger, closed);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The security stamp could not be changed at sign-out ({Errors}).")]
    private static partial void StampNotChanged(ILogger logger, string errors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Closed {Count} live connection(s) of an account whose sessions ended on this node.")]
    private static partial void ConnectionsClosed(ILogger logger, int count);
}
