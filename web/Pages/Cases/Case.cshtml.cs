using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>A case: members read it; its bringer and the coordinator edit it and submit it for a meeting.</summary>
public sealed class CaseModel(IGrainFactory grains, IDbContextFactory<AppDbContext> contexts, TimeProvider time) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public NetworkView Network { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public IReadOnlyList<MeetingListing> Meetings { get; private set; } = [];

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    [BindProperty]
    public Guid MeetingId { get; set; }

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id)
    {
        await LoadAsync(id);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await RunAsync(id, grain => grain.EditAsync(User.ToActor(), Input.ToDetails()), "De casus is opgeslagen.");
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        return await RunAsync(id, grain => grain.SubmitAsync(User.ToActor(), MeetingId), "De casus is ingediend voor de bijeenkomst.");
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<ICaseGrain, Task> command, string done)
    {
        try
        {
            await command(grains.GetGrain<ICaseGrain>(id));
        }
        catch (DomainException refused) when (refused is not NotFoundException)
        {
            ModelState.Add(refused, CaseInput.Fields);
            return Page();
        }

        Message = done;
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        var actor = User.ToActor();
        Case = await grains.GetGrain<ICaseGrain>(id).GetAsync(actor);
        Network = await grains.GetGrain<INetworkGrain>(Case.NetworkId).GetAsync(actor);
        var role = await grains.GetGrain<INetworkGrain>(Case.NetworkId).GetRoleAsync(actor.UserId);
        CanEdit = Case.Status != CaseStatus.Closed && (role == NetworkRole.Coordinator || Case.BringerId == actor.UserId);
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        Meetings = await db.Meetings
            .Where(m => m.NetworkId == Case.NetworkId && m.StartsAtUtc > now && (m.Status == nameof(MeetingStatus.Concept) || m.Status == nameof(MeetingStatus.Published)))
            .OrderBy(m => m.StartsAtUtc).ToListAsync();
    }

    public string Name(string userId) =>
        Network.Coordinators.FirstOrDefault(c => c.UserId == userId)?.DisplayName
        ?? Network.Members.FirstOrDefault(m => m.UserId == userId)?.DisplayName
        ?? "onbekend";
}
