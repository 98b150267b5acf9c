using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;

namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>Bringing in a new anonymised case for a network.</summary>
public sealed class NewModel(IGrainFactory grains, AccessLog accessLog) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "netwerk")]
    public string NetworkId { get; set; } = "";

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    /// <summary>Made when the form is shown, so sending it twice creates one case.</summary>
    [BindProperty]
    public Guid CaseId { get; set; } = Guid.NewGuid();

    public string NetworkName { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync()
    {
        NetworkName = (await grains.GetGrain<INetworkGrain>(NetworkId).GetAsync(User.ToActor())).Name;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        NetworkName = (await grains.GetGrain<INetworkGrain>(NetworkId).GetAsync(User.ToActor())).Name;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var id = CaseId == Guid.Empty ? Guid.NewGuid() : CaseId;
        try
        {
            await grains.GetGrain<ICaseGrain>(id).CreateAsync(User.ToActor(), NetworkId, Input.ToDetails());
        }
        catch (DomainException refused) when (refused is not NotAllowedException and not NotFoundException)
        {
            ModelState.Add(refused, CaseInput.Fields);
            if (refused is PersonalDataRefusedException personal)
            {
                Input.Findings = personal.Fields.ToDictionary(f => f.Field, f => f.Findings);
            }

            return Page();
        }

        var role = await grains.GetGrain<INetworkGrain>(NetworkId).GetRoleAsync(User.ToActor().UserId);
        await accessLog.RecordAsync(User.ToActor().UserId, AccessRoles.Name(role), NetworkId, AccessLog.Case, id.ToString(), AccessAction.Create, AccessLog.Allowed);
        return RedirectToPage("/Cases/Case", new { id });
    }
}
