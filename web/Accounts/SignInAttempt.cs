using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>The outcome of a password sign-in, and how long before the next attempt is allowed (zero: now).</summary>
public sealed record SignInAttempt(SignInResult Result, TimeSpan Wait)
{
    /// <summary>Refused without checking the password, because the wait has not passed.</summary>
    public bool Throttled { get; init; }
}
