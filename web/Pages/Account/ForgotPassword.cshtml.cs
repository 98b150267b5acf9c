using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Pages.Account;

public sealed class ForgotPasswordModel(PasswordResetMailer resets) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul uw e-mailadres in.")]
    [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
    public string Email { get; set; } = "";

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnPost()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        // Queued, known or not: the same answer in the same time, so the form does not reveal who has an account.
        resets.Request(Email);
        Sent = true;
        return Page();
    }
}
