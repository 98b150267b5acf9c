using System.Net;
using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts.TwoFactor;

/// <summary>
/// The code step after a right password. Wrong codes (authenticator or recovery) count against the account and the
/// address in the same <see cref="SignInThrottle"/> as wrong passwords, with the same growing waits; only a right code
/// starts the account's count over. During a wait the code is not even checked.
/// </summary>
public sealed class TwoFactorSignInGuard(SignInManager<AppUser> signIn, SignInThrottle throttle)
{
    /// <summary>The account whose password was right, or null when there is none (or its five minutes are over).</summary>
    public Task<AppUser?> PendingAccountAsync() => signIn.GetTwoFactorAuthenticationUserAsync();

    public Task<SignInAttempt?> AuthenticatorSignInAsync(string code, IPAddress? client, bool persistent) =>
        GuardAsync(client, () => signIn.TwoFactorAuthenticatorSignInAsync(RecoveryCode.NormalizeAuthenticatorCode(code), persistent, rememberClient: false));

    /// <summary>Identity redeems the code, so it works once; its sign-in is never persistent.</summary>
    public Task<SignInAttempt?> RecoveryCodeSignInAsync(string code, IPAddress? client) =>
        GuardAsync(client, () => signIn.TwoFactorRecoveryCodeSignInAsync(RecoveryCode.Normalize(code)));

    private async Task<SignInAttempt?> GuardAsync(IPAddress? client, Func<Task<SignInResult>> check)
    {
        var user = await PendingAccountAsync();
        if (user is null)
        {
            return null;
        }

        var keys = SignInThrottle.KeysFor(user.Email ?? user.Id, client);
        var wait = throttle.WaitFor(keys);
        if (wait > TimeSpan.Zero)
        {
            return new SignInAttempt(SignInResult.Failed, wait) { Throttled = true };
        }

        var result = await check();
        if (result.Succeeded)
        {
            throttle.Succeeded(keys);
            return new SignInAttempt(result, TimeSpan.Zero);
        }

        return new SignInAttempt(result, throttle.Failed(keys));
    }
}
