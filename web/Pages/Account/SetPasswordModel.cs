using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Pages.Account;

/// <summary>Choosing a password from a mailed link: the invitation and the password reset share it.</summary>
public abstract class SetPasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SessionEnd sessions) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "gebruiker")]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Kies een wachtwoord.")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    public string ConfirmPassword { get; set; } = "";

    public bool LinkIsValid { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        LinkIsValid = await FindUserAsync() is { } user && await users.VerifyUserTokenAsync(
            user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, AccountLinks.DecodeToken(Code) ?? "");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindUserAsync();
        LinkIsValid = user is not null;
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, AccountLinks.DecodeToken(Code) ?? "", Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : string.Empty, error.Description);
            }

            return Page();
        }

        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await OnPasswordSetAsync(user);

        // The reset changed the security stamp, so every earlier cookie is refused; this node's live connections close now.
        sessions.CloseConnections(user.Id);
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            // A mailed link proves the mailbox, not the second factor: sign in with the new password and a code.
            return LocalRedirect("/account/inloggen");
        }

        await signIn.SignInAsync(user, isPersistent: false);
        return LocalRedirect("/");
    }

    /// <summary>What else happens once the password is set.</summary>
    protected virtual Task OnPasswordSetAsync(AppUser user) => Task.CompletedTask;

    private async Task<AppUser?> FindUserAsync() => UserId is null ? null : await users.FindByIdAsync(UserId);
}
