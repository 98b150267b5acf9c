using Microsoft.AspNetCore.Identity;
using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// Refuses passwords that are guessed first: common ones (<see cref="CommonPasswords"/>), the demo password (printed in
/// the README and on the Development login page), and the person's own e-mail address. The demo password is allowed
/// only for the demo accounts in Development, which is how the demo seeder makes them.
/// </summary>
public sealed class PasswordPolicyValidator(CommonPasswords common, IWebHostEnvironment environment) : IPasswordValidator<AppUser>
{
    /// <summary>A local part this short ("jan") is too often part of an ordinary word to refuse every password that holds it.</summary>
    private const int ShortestLocalPartRefused = 4;

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var errors = new List<IdentityError>();
        if (password.Contains(DemoData.Password, StringComparison.OrdinalIgnoreCase))
        {
            if (!IsSeededDemoAccount(user))
            {
                errors.Add(new() { Code = "PasswordIsDemoPassword", Description = "Dit is het wachtwoord van de demo-accounts, dat iedereen kan lezen. Kies een ander wachtwoord." });
            }
        }
        else if (common.Contains(password))
        {
            errors.Add(new() { Code = "PasswordIsCommon", Description = "Dit wachtwoord wordt veel gebruikt en is makkelijk te raden. Kies een ander wachtwoord." });
        }

        if (ContainsOwnEmail(password, user.Email ?? user.UserName))
        {
            errors.Add(new() { Code = "PasswordContainsEmail", Description = "Het wachtwoord mag uw e-mailadres niet bevatten." });
        }

        return Task.FromResult(errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]));
    }

    private bool IsSeededDemoAccount(AppUser user) =>
        environment.IsDevelopment() && DemoData.AllAccounts.Any(a => string.Equals(a.Email, user.Email, StringComparison.OrdinalIgnoreCase));

    private static bool ContainsOwnEmail(string password, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return false;
        }

        var localPart = email.Split('@')[0];
        return password.Contains(email, StringComparison.OrdinalIgnoreCase)
            || (localPart.Length >= ShortestLocalPartRefused && password.Contains(localPart, StringComparison.OrdinalIgnoreCase));
    }
}
