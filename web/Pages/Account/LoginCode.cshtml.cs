using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;

namespace Netwerkbijeenkomst.Web.Pages.Account;

public sealed class LoginCodeModel(TwoFactorSignInGuard guard) : CodeStepModel(guard)
{
    [BindProperty]
    [Required(ErrorMessage = "Vul de code uit uw app in.")]
    [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return await Guard.PendingAccountAsync() is null ? StartOver() : Page();
        }

        return Outcome(
            await Guard.AuthenticatorSignInAsync(Code, HttpContext.Connection.RemoteIpAddress, Persistent),
            "De code klopt niet. Gebruik de code die uw app nu toont.");
    }
}
