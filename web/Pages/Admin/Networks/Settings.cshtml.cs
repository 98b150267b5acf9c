using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Pages.Admin.Networks;

/// <summary>
/// A network's settings for administrators: its coordinators (add, or take the role away after confirmation) and the
/// accounts of its municipality. A municipality account is bound by the account's <see cref="AppRoles.MunicipalityClaim"/>.
/// </summary>
[Authorize(Roles = AppRoles.Administrator)]
public sealed class SettingsModel(IGrainFactory grains, UserManager<AppUser> users, InvitedAccounts accounts) : PageModel
{
    public NetworkSettings Network { get; private set; } = null!;

    public IReadOnlyList<AppUser> MunicipalityAccounts { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "bevestigen")]
    public string? Confirm { get; set; }

    public Coordinator? ConfirmingCoordinator => Network.Coordinators.FirstOrDefault(c => c.UserId == Confirm);

    public PersonInput Coordinator { get; set; } = new();

    public PersonInput Municipality { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(string id) => LoadAsync(id);

    public async Task<IActionResult> OnPostAddCoordinatorAsync(string id)
    {
        await LoadAsync(id);
        if (!await TryUpdateModelAsync(Coordinator, nameof(Coordinator)))
        {
            return Page();
        }

        var (user, created, error) = await accounts.FindOrCreateAsync(Coordinator.Email, Coordinator.Name);
        if (user is null)
        {
            ModelState.AddModelError("Coordinator.Email", error ?? "Dit account kon niet worden gemaakt.");
            return Page();
        }

        try
        {
            await grains.GetGrain<INetworkGrain>(id).AddCoordinatorAsync(User.ToActor(), new Coordinator(user.Id, created ? Coordinator.Name.Trim() : user.DisplayName));
        }
        catch (DomainException refused) when (refused is not NotAllowedException)
        {
            if (created)
            {
                await accounts.DeleteAsync(user);
            }

            ModelState.Add(refused);
            return Page();
        }

        await accounts.NotifyAsync(user, Network.Name);
        Message = $"{user.DisplayName} is coördinator van {Network.Name}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveCoordinatorAsync(string id, string userId)
    {
        await LoadAsync(id);
        var name = Network.Coordinators.FirstOrDefault(c => c.UserId == userId)?.DisplayName;
        try
        {
            await grains.GetGrain<INetworkGrain>(id).RemoveCoordinatorAsync(User.ToActor(), userId);
        }
        catch (DomainException refused) when (refused is not NotAllowedException)
        {
            ModelState.Add(refused);
            return Page();
        }

        Message = $"{name} is geen coördinator meer van {Network.Name}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostBindMunicipalityAsync(string id)
    {
        await LoadAsync(id);
        if (!await TryUpdateModelAsync(Municipality, nameof(Municipality)))
        {
            return Page();
        }

        var (user, created, error) = await accounts.FindOrCreateAsync(Municipality.Email, Municipality.Name);
        if (user is null)
        {
            ModelState.AddModelError("Municipality.Email", error ?? "Dit account kon niet worden gemaakt.");
            return Page();
        }

        // One municipality per account: a new binding replaces an old one.
        var claims = await users.GetClaimsAsync(user);
        foreach (var old in claims.Where(c => c.Type == AppRoles.MunicipalityClaim))
        {
            await users.RemoveClaimAsync(user, old);
        }

        await users.AddClaimAsync(user, new Claim(AppRoles.MunicipalityClaim, Network.Municipality));
        if (created)
        {
            await accounts.NotifyAsync(user, "de gemeente " + Network.Municipality);
        }

        Message = $"{user.DisplayName} bekijkt nu de voortgang voor de gemeente {Network.Municipality}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnbindMunicipalityAsync(string id, string userId)
    {
        await LoadAsync(id);
        if (await users.FindByIdAsync(userId) is { } user)
        {
            await users.RemoveClaimAsync(user, new Claim(AppRoles.MunicipalityClaim, Network.Municipality));
            Message = $"{user.DisplayName} is niet meer gekoppeld aan de gemeente {Network.Municipality}.";
        }

        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(string id)
    {
        Network = await grains.GetGrain<INetworkGrain>(id).GetSettingsAsync(User.ToActor());
        MunicipalityAccounts = [.. (await users.GetUsersForClaimAsync(new Claim(AppRoles.MunicipalityClaim, Network.Municipality))).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)];
    }

    public sealed class PersonInput
    {
        [Required(ErrorMessage = "Vul het e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul de naam in.")]
        public string Name { get; set; } = "";
    }
}
