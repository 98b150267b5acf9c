using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Pages.Account;

/// <summary>The step after a right password, with an authenticator code or a recovery code; the pages share this.</summary>
public abstract class CodeStepModel(TwoFactorSignInGuard guard) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The "aangemeld blijven" choice of the password step, carried along to the sign-in this step makes.</summary>
    [BindProperty(SupportsGet = true, Name = "aangemeldBlijven")]
    public bool Persistent { get; set; }

    protected TwoFactorSignInGuard Guard => guard;

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        return await guard.PendingAccountAsync() is null ? StartOver() : Page();
    }

    /// <summary>No right password in the last five minutes (or this browser did not give it): back to the password.</summary>
    protected IActionResult StartOver() => RedirectToPage("/Account/Login", new { ReturnUrl });

    protected IActionResult Outcome(SignInAttempt? attempt, string wrong)
    {
        if (attempt is null)
        {
            return StartOver();
        }

        if (attempt.Result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        Response.Headers.CacheControl = "no-store";
        ModelState.AddModelError(string.Empty, (attempt.Throttled, attempt.Wait > TimeSpan.Zero) switch
        {
            (true, _) => $"Te veel mislukte pogingen. Probeer het over {DutchDuration.Wait(attempt.Wait)} opnieuw.",
            (false, true) => $"{wrong} Probeer het over {DutchDuration.Wait(attempt.Wait)} opnieuw.",
            _ => wrong,
        });
        return Page();
    }
}
