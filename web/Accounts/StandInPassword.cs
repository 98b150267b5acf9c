using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// A password hash of no account, made once with the same settings as real ones. <see cref="SignInGuard"/> checks it when
/// the e-mail address typed has no account or no password yet, so such an attempt costs the same hashing as a wrong
/// password of a real account and its answer time reveals nothing.
/// </summary>
public sealed class StandInPassword(IOptions<PasswordHasherOptions> options)
{
    public AppUser Nobody { get; } = new();

    public string Hash { get; } = new PasswordHasher<AppUser>(options).HashPassword(new AppUser(), Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)));
}
