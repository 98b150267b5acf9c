using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.SocialMap;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>The network's social map, filtered by kind of care, language and community; coordinators add institutions here.</summary>
public sealed class SocialMapModel(IGrainFactory grains) : PageModel
{
    public NetworkView Network { get; private set; } = null!;

    public bool IsCoordinator { get; private set; }

    public IReadOnlyList<Institution> Shown { get; private set; } = [];

    public IReadOnlyList<string> LanguageChoices { get; private set; } = [];

    public IReadOnlyList<string> CommunityChoices { get; private set; } = [];

    [BindProperty(SupportsGet = true, Name = "soort")]
    public InstitutionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "taal")]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "gemeenschap")]
    public string? Community { get; set; }

    [BindProperty(SupportsGet = true, Name = "inactief")]
    public bool IncludeRetired { get; set; }

    public SocialMapFilter Filter => new(Kind, Language, Community, IncludeRetired);

    // Bound by the Add handler only, so a filter request never validates it.
    public InstitutionInput Add { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(string id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostAddAsync(string id)
    {
        await LoadAsync(id);
        await TryUpdateModelAsync(Add, nameof(Add));
        ModelState.Clear();
        try
        {
            await grains.GetGrain<INetworkGrain>(id).AddInstitutionWithDetailsAsync(User.ToActor(), Add.NewId, Add.ToDetails());
        }
        catch (DomainException refused) when (refused is not (NotAllowedException or NotFoundException))
        {
            ModelState.Add(refused, InstitutionInput.Fields(nameof(Add)));
            return Page();
        }

        Message = $"{Add.Name?.Trim()} staat op de sociale kaart. Voeg hieronder een contactpersoon toe.";
        return RedirectToPage("/Networks/Institution", new { id, institutionId = Add.NewId });
    }

    private async Task LoadAsync(string id)
    {
        var actor = User.ToActor();
        var network = grains.GetGrain<INetworkGrain>(id);
        Network = await network.GetAsync(actor);
        IsCoordinator = await network.GetRoleAsync(actor.UserId) == NetworkRole.Coordinator;
        Shown = [.. Filter.Apply(Network.SocialMap)];
        var current = Network.SocialMap.Where(i => !i.Retired).ToList();
        LanguageChoices = Choices(current.SelectMany(SocialMapFilter.Languages));
        CommunityChoices = Choices(current.SelectMany(i => i.Communities));
    }

    private static List<string> Choices(IEnumerable<string> words) =>
        [.. words.Distinct(StringComparer.CurrentCultureIgnoreCase).Order(StringComparer.CurrentCulture)];
}
