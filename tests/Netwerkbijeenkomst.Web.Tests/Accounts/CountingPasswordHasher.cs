using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Tests.Accounts;

/// <summary>Identity's hasher, counting the password checks: the costly step an answer's time depends on.</summary>
public sealed class CountingPasswordHasher : IPasswordHasher<AppUser>
{
    private readonly PasswordHasher<AppUser> _inner = new();
    private int _checks;

    public int Checks => Volatile.Read(ref _checks);

    public string HashPassword(AppUser user, string password) => _inner.HashPassword(user, password);

    public PasswordVerificationResult VerifyHashedPassword(AppUser user, string hashedPassword, string providedPassword)
    {
        Interlocked.Increment(ref _checks);
        return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
    }
}
