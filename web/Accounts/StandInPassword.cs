using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// A password hash of no account, checked when the e-mail address typed has no account or no password yet, so such an
/// attempt costs the same hashing as a wrong password of a real account and its answer time reveals nothing.
/// </summary>
public sealed class StandInPassword
{
    private static readonly AppUser Nobody = new();

    private readonly IPasswordHasher<AppUser> _hasher;
    private readonly string _hash;

    public StandInPassword(IPasswordHasher<AppUser> hasher)
    {
        _hasher = hasher;
        _hash = hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
    }

    /// <summary>Spends the time of one password check; never succeeds.</summary>
    public void Check(string password) => _hasher.VerifyHashedPassword(Nobody, _hash, password);
}
