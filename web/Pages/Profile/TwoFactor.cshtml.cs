using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Accounts.TwoFactor;

namespace Netwerkbijeenkomst.Web.Pages.Profile;

/// <summary>My two-factor sign-in: whether it is on, new recovery codes, another phone, and switching it off where that is allowed.</summary>
public sealed class TwoFactorModel(UserManager<AppUser> users, SignInManager<AppUser> signIn, TwoFactorRequirement requirement) : PageModel
{
    /// <summary>Below this many unused recovery codes the page suggests new ones.</summary>
    private const int FewRecoveryCodes = 3;

    public bool Enabled { get; private set; }

    public TwoFactorDuty Duty { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public bool FewCodesLeft => Enabled && RecoveryCodesLeft <= FewRecoveryCodes;

    /// <summary>Set only in the answer that makes them.</summary>
    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync() => await LoadAsync(await AccountAsync());

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        Response.Headers.CacheControl = "no-store";
        var user = await AccountAsync();
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            return RedirectToPage();
        }

        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCode.Count) ?? []];
        await LoadAsync(user);
        return Page();
    }

    /// <summary>Another phone: the old app's codes stop working at once and setup starts again (and must be finished if required).</summary>
    public async Task<IActionResult> OnPostNewPhoneAsync()
    {
        await SwitchOffAsync(await AccountAsync());
        return RedirectToPage("/Profile/TwoFactorSetup");
    }

    public async Task<IActionResult> OnPostOffAsync()
    {
        var user = await AccountAsync();
        if (await requirement.DutyAsync(user, User.Claims) == TwoFactorDuty.Required)
        {
            Message = "Voor uw account is tweestapsverificatie verplicht; u kunt het niet uitzetten.";
            return RedirectToPage();
        }

        await SwitchOffAsync(user);
        Message = "Tweestapsverificatie staat uit. U logt weer in met alleen uw wachtwoord.";
        return RedirectToPage();
    }

    private async Task SwitchOffAsync(AppUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);

        // A new key, so the codes of the old app (and the recovery codes) are worth nothing if it is switched on again.
        await users.ResetAuthenticatorKeyAsync(user);
        await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
        await signIn.RefreshSignInAsync(user);
    }

    private async Task<AppUser> AccountAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed in without an account.");

    private async Task LoadAsync(AppUser user)
    {
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        Duty = await requirement.DutyAsync(user, User.Claims);
        RecoveryCodesLeft = Enabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }
}
