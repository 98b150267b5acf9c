using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Admin.Networks;

/// <summary>
/// A network's settings for administrators: its coordinators (add, or take the role away after confirmation) and the
/// accounts of its municipality, the municipality's province and that province's accounts. A municipality account is
/// bound by the account's <see cref="AppRoles.MunicipalityClaim"/>, a province account by its <see cref="AppRoles.ProvinceClaim"/>.
/// </summary>
[Authorize(Roles = AppRoles.Administrator)]
public sealed class SettingsModel(IGrainFactory grains, UserManager<AppUser> users, InvitedAccounts accounts, IDbContextFactory<AppDbContext> contexts) : PageModel
{
    public NetworkSettings Network { get; private set; } = null!;

    public IReadOnlyList<AppUser> MunicipalityAccounts { get; private set; } = [];

    /// <summary>The province the network's municipality lies in, if an administrator has set it.</summary>
    public string? Province { get; private set; }

    public IReadOnlyList<AppUser> ProvinceAccounts { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "ontkoppelen")]
    public string? ConfirmUnbind { get; set; }

    public AppUser? ConfirmingProvinceAccount => ProvinceAccounts.FirstOrDefault(a => a.Id == ConfirmUnbind);

    public PersonInput ProvinceAccount { get; set; } = new();

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

    public async Task<IActionResult> OnPostSetProvinceAsync(string id, [FromForm(Name = "provincie")] string? province)
    {
        await LoadAsync(id);
        if (!string.IsNullOrEmpty(province) && !Provinces.IsKnown(province))
        {
            ModelState.AddModelError("provincie", "Kies een van de twaalf provincies, of ‘geen provincie’.");
            return Page();
        }

        await using var db = await contexts.CreateDbContextAsync();
        var row = await db.MunicipalityProvinces.FirstOrDefaultAsync(m => m.Municipality == Network.Municipality);
        if (string.IsNullOrEmpty(province))
        {
            if (row is not null)
            {
                db.MunicipalityProvinces.Remove(row);
            }

            Message = $"De gemeente {Network.Municipality} hoort nu bij geen provincie; geen provincie-account ziet haar cijfers.";
        }
        else
        {
            if (row is null)
            {
                db.MunicipalityProvinces.Add(new MunicipalityProvince { Municipality = Network.Municipality, Province = province });
            }
            else
            {
                row.Province = province;
            }

            Message = $"De gemeente {Network.Municipality} ligt in de provincie {province}; de accounts van die provincie zien nu haar totalen.";
        }

        await db.SaveChangesAsync();
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostBindProvinceAsync(string id)
    {
        await LoadAsync(id);
        if (Province is null)
        {
            ModelState.AddModelError(string.Empty, "Kies eerst de provincie van de gemeente.");
            return Page();
        }

        if (!await TryUpdateModelAsync(ProvinceAccount, nameof(ProvinceAccount)))
        {
            return Page();
        }

        var (user, created, error) = await accounts.FindOrCreateAsync(ProvinceAccount.Email, ProvinceAccount.Name);
        if (user is null)
        {
            ModelState.AddModelError("ProvinceAccount.Email", error ?? "Dit account kon niet worden gemaakt.");
            return Page();
        }

        // One province per account, as with municipalities: a new binding replaces an old one.
        foreach (var old in (await users.GetClaimsAsync(user)).Where(c => c.Type == AppRoles.ProvinceClaim))
        {
            await users.RemoveClaimAsync(user, old);
        }

        await users.AddClaimAsync(user, new Claim(AppRoles.ProvinceClaim, Province));
        if (created)
        {
            await accounts.NotifyAsync(user, "de provincie " + Province);
        }

        Message = $"{user.DisplayName} bekijkt nu de totalen van de gemeenten in de provincie {Province}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostUnbindProvinceAsync(string id, string userId)
    {
        await LoadAsync(id);
        if (Province is not null && await users.FindByIdAsync(userId) is { } user)
        {
            await users.RemoveClaimAsync(user, new Claim(AppRoles.ProvinceClaim, Province));
            Message = $"{user.DisplayName} is niet meer gekoppeld aan de provincie {Province}.";
        }

        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(string id)
    {
        Network = await grains.GetGrain<INetworkGrain>(id).GetSettingsAsync(User.ToActor());
        MunicipalityAccounts = [.. (await users.GetUsersForClaimAsync(new Claim(AppRoles.MunicipalityClaim, Network.Municipality))).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)];
        await using var db = await contexts.CreateDbContextAsync();
        Province = await db.MunicipalityProvinces.AsNoTracking()
            .Where(m => m.Municipality == Network.Municipality).Select(m => m.Province).FirstOrDefaultAsync();
        ProvinceAccounts = Province is null
            ? []
            : [.. (await users.GetUsersForClaimAsync(new Claim(AppRoles.ProvinceClaim, Province))).OrderBy(u => u.DisplayName, StringComparer.CurrentCulture)];
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
