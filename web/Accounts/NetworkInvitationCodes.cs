using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// The code in the link that invites someone who already has an account to one more network: the network, the account
/// and when it stops working, encrypted and signed by Data Protection (the keys are in the database, shared by the web
/// nodes). Nothing is stored: a coordinator who invites again sends a fresh code.
/// </summary>
public sealed class NetworkInvitationCodes(IDataProtectionProvider protection, TimeProvider time, IOptions<AccountSessionOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Netwerkbijeenkomst.NetworkInvitation.v1");

    public string Create(string networkId, string userId)
    {
        var until = (time.GetUtcNow() + options.Value.LinkLifetime).ToUnixTimeSeconds();
        return _protector.Protect(string.Join('\n', networkId, userId, until.ToString(CultureInfo.InvariantCulture)));
    }

    /// <summary>Whether <paramref name="code"/> invites <paramref name="userId"/> to <paramref name="networkId"/>, and still works.</summary>
    public InvitationCodeState Check(string? code, string networkId, string userId)
    {
        string plain;
        try
        {
            plain = string.IsNullOrEmpty(code) ? "" : _protector.Unprotect(code);
        }
        catch (Exception error) when (error is CryptographicException or FormatException)
        {
            return InvitationCodeState.Invalid;
        }

        if (plain.Split('\n') is not [var network, var user, var until] || network != networkId || user != userId
            || !long.TryParse(until, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return InvitationCodeState.Invalid;
        }

        return time.GetUtcNow() < DateTimeOffset.FromUnixTimeSeconds(seconds) ? InvitationCodeState.Valid : InvitationCodeState.Expired;
    }
}
