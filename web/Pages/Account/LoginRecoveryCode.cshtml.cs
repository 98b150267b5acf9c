using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;

namespace Netwerkbijeenkomst.Web.Pages.Account;

public sealed class LoginRecoveryCodeModel(TwoFactorSignInGuard guard) : CodeStepModel(guard)
{
    [BindProperty]
    [Required(ErrorMessage = "Vul een herstelcode in.")]
    public string Code { get; set; } = "";

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return await Guard.PendingAccountAsync() is null ? StartOver() : Page();
        }

        return Outcome(
            await Guard.RecoveryCodeSignInAsync(Code, HttpContext.Connection.RemoteIpAddress),
            "Deze herstelcode klopt niet of is al gebruikt.");
    }
}
