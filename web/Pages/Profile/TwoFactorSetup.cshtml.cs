using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;

namespace Netwerkbijeenkomst.Web.Pages.Profile;

/// <summary>
/// Linking an authenticator app: a QR code and the key as text, then a first code before it is switched on, then the
/// recovery codes, shown once in the answer to that post and never again.
/// </summary>
public sealed class TwoFactorSetupModel(UserManager<AppUser> users, SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Vul de code uit uw app in.")]
    [RegularExpression(@"^\s*\d{3}[\s-]?\d{3}\s*$", ErrorMessage = "De code bestaat uit 6 cijfers.")]
    public string Code { get; set; } = "";

    /// <summary>The account may not go elsewhere before this is done.</summary>
    public bool Required => User.HasClaim(c => c.Type == TwoFactorClaims.SetupNeeded);

    public string GroupedKey { get; private set; } = "";

    public QrCodeDrawing Qr { get; private set; } = null!;

    /// <summary>Set only in the answer that switches it on.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("/Profile/TwoFactor");
        }

        await ShowKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage("/Profile/TwoFactor");
        }

        if (ModelState.IsValid && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, RecoveryCode.NormalizeAuthenticatorCode(Code)))
        {
            ModelState.AddModelError(nameof(Code), "Deze code klopt niet. Kijk of de tijd op uw telefoon goed staat en vul de code in die de app nu toont.");
        }

        if (!ModelState.IsValid)
        {
            await ShowKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCode.Count) ?? []];

        // Switching on changes the security stamp; a fresh cookie keeps this session, without the setup mark.
        await signIn.RefreshSignInAsync(user);
        return Page();
    }

    private async Task ShowKeyAsync(AppUser user)
    {
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("No authenticator key after a reset.");
        }

        GroupedKey = AuthenticatorKey.Grouped(key);
        Qr = QrCodeDrawing.Of(AuthenticatorKey.Uri(key, user.Email ?? user.UserName ?? user.Id));
    }
}
