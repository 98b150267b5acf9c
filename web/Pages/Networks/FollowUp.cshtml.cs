using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>
/// The coordinator's follow-up of escalations: stalled ones first with their age in working days, call requests of
/// contact persons, and the response time per kind of care.
/// </summary>
public sealed class FollowUpModel(IGrainFactory grains) : PageModel
{
    public string NetworkId { get; private set; } = "";

    public string NetworkName { get; private set; } = "";

    public FollowUp FollowUp { get; private set; } = null!;

    [BindProperty]
    public InstitutionKind? Kind { get; set; }

    [BindProperty]
    public int? WorkingDays { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostResponseTimeAsync(string id)
    {
        await LoadAsync(id);
        if (Kind is not { } kind || WorkingDays is not { } days)
        {
            ModelState.AddModelError(nameof(WorkingDays), "Kies een soort zorg en een aantal werkdagen.");
            return Page();
        }

        try
        {
            await grains.GetGrain<INetworkGrain>(id).SetResponseTimeAsync(User.ToActor(), kind, days);
        }
        catch (InvalidInputException invalid)
        {
            ModelState.AddModelError(nameof(WorkingDays), invalid.Message);
            return Page();
        }

        Message = $"De reactietermijn voor {DutchFormat.Name(kind)} is nu {days} werkdagen.";
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(string id)
    {
        var network = grains.GetGrain<INetworkGrain>(id);
        FollowUp = await network.GetFollowUpAsync(User.ToActor());
        NetworkId = id;
        NetworkName = (await network.GetAsync(User.ToActor())).Name;
    }
}
