using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Pages.Account;

/// <summary>Signing out ends every session of the account, not only this browser's: a copied cookie is refused too.</summary>
public sealed class LogoutModel(SignInManager<AppUser> signIn, UserManager<AppUser> users, SessionEnd sessions) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await sessions.EndAllAsync(user);
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
