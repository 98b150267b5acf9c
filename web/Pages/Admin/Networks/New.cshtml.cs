using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;

namespace Netwerkbijeenkomst.Web.Pages.Admin.Networks;

/// <summary>An administrator founds a network with its first coordinator, an existing account or someone invited by e-mail.</summary>
[Authorize(Roles = AppRoles.Administrator)]
public sealed class NewModel(IGrainFactory grains, InvitedAccounts accounts) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new() { ["name"] = "Input.Name", ["municipality"] = "Input.Municipality", ["coordinatorName"] = "Input.CoordinatorName" };

    [BindProperty]
    public NetworkInput Input { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (user, created, error) = await accounts.FindOrCreateAsync(Input.CoordinatorEmail, Input.CoordinatorName);
        if (user is null)
        {
            ModelState.AddModelError("Input.CoordinatorEmail", error ?? "Dit account kon niet worden gemaakt.");
            return Page();
        }

        try
        {
            await grains.GetGrain<INetworkGrain>(Input.Id).CreateAsync(User.ToActor(), Input.Name, Input.Municipality, new Coordinator(user.Id, created ? Input.CoordinatorName.Trim() : user.DisplayName));
        }
        catch (DomainException refused) when (refused is not NotAllowedException)
        {
            if (created)
            {
                await accounts.DeleteAsync(user);
            }

            ModelState.Add(refused, refused.Code == "network.exists" ? new Dictionary<string, string>() : Fields);
            if (refused.Code == "network.exists")
            {
                ModelState.AddModelError("Input.Id", "Er is al een netwerk met deze code. Kies een andere.");
            }

            return Page();
        }

        await accounts.NotifyAsync(user, Input.Name.Trim());
        Message = $"{Input.Name.Trim()} is aangemaakt met {user.DisplayName} als coördinator.";
        return RedirectToPage("/Admin/Networks/Settings", new { id = Input.Id });
    }

    public sealed class NetworkInput
    {
        [Required(ErrorMessage = "Vul een korte code in.")]
        [RegularExpression("^[a-z0-9][a-z0-9-]{1,39}$", ErrorMessage = "Gebruik 2 tot 40 kleine letters, cijfers en streepjes, bijvoorbeeld utrecht-noord.")]
        public string Id { get; set; } = "";

        [Required(ErrorMessage = "Vul de naam van het netwerk in.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Vul de gemeente in.")]
        public string Municipality { get; set; } = "";

        [Required(ErrorMessage = "Vul het e-mailadres van de coördinator in.")]
        [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
        public string CoordinatorEmail { get; set; } = "";

        [Required(ErrorMessage = "Vul de naam van de coördinator in.")]
        public string CoordinatorName { get; set; } = "";
    }
}
