using System.Net;
using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// Password sign-in that resists guessing without locking anyone out: a throttled attempt is refused before the
/// password is looked at, every other attempt costs one password check whether or not the account exists, and
/// failures feed the <see cref="SignInThrottle"/> instead of Identity's lockout (which anyone could trigger for another).
/// </summary>
public sealed class SignInGuard(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, IPasswordHasher<AppUser> hasher, SignInThrottle throttle, StandInPassword standIn)
{
    public async Task<SignInAttempt> PasswordSignInAsync(string email, string password, IPAddress? client, bool persistent)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var keys = SignInThrottle.KeysFor(email, client);
        var wait = throttle.WaitFor(keys);
        if (wait > TimeSpan.Zero)
        {
            return new SignInAttempt(SignInResult.Failed, wait) { Throttled = true };
        }

        var user = await users.FindByEmailAsync(email);
        SignInResult result;
        if (user is null || !await users.HasPasswordAsync(user))
        {
            hasher.VerifyHashedPassword(standIn.Nobody, standIn.Hash, password);
            result = SignInResult.Failed;
        }
        else
        {
            result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: false);
        }

        if (result.Succeeded)
        {
            throttle.Succeeded(keys);
            return new SignInAttempt(result, TimeSpan.Zero);
        }

        // Password right, code still needed: the count is not started over, or each right password would wipe the wrong codes.
        if (result.RequiresTwoFactor)
        {
            return new SignInAttempt(result, TimeSpan.Zero);
        }

        return new SignInAttempt(result, throttle.Failed(keys));
    }
}
