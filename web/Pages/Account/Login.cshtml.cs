using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Demo;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.LocalDevelopment;

namespace Netwerkbijeenkomst.Web.Pages.Account;

public sealed class LoginModel(SignInGuard signIn, IWebHostEnvironment environment) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    public string Email { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Vul uw wachtwoord in.")]
    public string Password { get; set; } = "";

    /// <summary>"Aangemeld blijven": a cookie that outlives the browser; without it, a session cookie.</summary>
    [BindProperty]
    public bool RememberMe { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Only in Development and only to a browser on this machine: the list hands out working accounts.</summary>
    public IReadOnlyList<DemoAccount> DemoAccounts => environment.IsDevelopment() && LocalRequests.IsFromThisMachine(HttpContext) ? DemoData.Accounts : [];

    public string DemoPassword => DemoData.Password;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var attempt = await signIn.PasswordSignInAsync(Email, Password, HttpContext.Connection.RemoteIpAddress, persistent: RememberMe);
        if (attempt.Result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }

        if (attempt.Result.RequiresTwoFactor)
        {
            // The code step signs in; it carries the remember-me choice of this step along.
            return RedirectToPage("/Account/LoginCode", new { ReturnUrl, aangemeldBlijven = RememberMe });
        }

        // The same words for an unknown address and a wrong password; the wait is the real one, rounded up.
        ModelState.AddModelError(string.Empty, (attempt.Throttled, attempt.Wait > TimeSpan.Zero) switch
        {
            (true, _) => $"Te veel mislukte pogingen. Probeer het over {DutchDuration.Wait(attempt.Wait)} opnieuw.",
            (false, true) => $"Het e-mailadres of het wachtwoord klopt niet. Probeer het over {DutchDuration.Wait(attempt.Wait)} opnieuw.",
            _ => "Het e-mailadres of het wachtwoord klopt niet.",
        });
        return Page();
    }
}
