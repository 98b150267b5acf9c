using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Pages.Profile;

/// <summary>A new password for the signed-in account; every other session of the account ends with the old one.</summary>
public sealed class ChangePasswordModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, SignInThrottle throttle, SessionEnd sessions) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul uw huidige wachtwoord in.")]
    public string CurrentPassword { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Kies een nieuw wachtwoord.")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Compare(nameof(Password), ErrorMessage = "De twee wachtwoorden zijn niet gelijk.")]
    public string ConfirmPassword { get; set; } = "";

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        // The current password is guessed no faster here than on the sign-in page: the same counters.
        var keys = SignInThrottle.KeysFor(user.Email ?? user.Id, HttpContext.Connection.RemoteIpAddress);
        if (throttle.WaitFor(keys) is var wait && wait > TimeSpan.Zero)
        {
            ModelState.AddModelError(nameof(CurrentPassword), $"Te veel mislukte pogingen. Probeer het over {DutchDuration.Wait(wait)} opnieuw.");
            return Page();
        }

        // Changing the password changes the security stamp: every cookie issued before is refused from now on.
        var result = await users.ChangePasswordAsync(user, CurrentPassword, Password);
        if (!result.Succeeded)
        {
            if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch)))
            {
                throttle.Failed(keys);
            }

            foreach (var error in result.Errors)
            {
                var (field, text) = error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? (nameof(CurrentPassword), "Uw huidige wachtwoord klopt niet.")
                    : (error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(Password) : string.Empty, error.Description);
                ModelState.AddModelError(field, text);
            }

            return Page();
        }

        throttle.Succeeded(keys);
        sessions.CloseConnections(user.Id);
        await signIn.RefreshSignInAsync(user);
        Message = "Uw wachtwoord is gewijzigd. Op andere apparaten en in andere browsers bent u uitgelogd.";
        return RedirectToPage();
    }
}
