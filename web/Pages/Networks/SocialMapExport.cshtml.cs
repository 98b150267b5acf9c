using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.SocialMap;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>The social map, with the page's filters, as a CSV file for Excel; every download goes to the access log.</summary>
public sealed class SocialMapExportModel(IGrainFactory grains, AccessLog accessLog, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "soort")]
    public InstitutionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "taal")]
    public string? Language { get; set; }

    [BindProperty(SupportsGet = true, Name = "gemeenschap")]
    public string? Community { get; set; }

    [BindProperty(SupportsGet = true, Name = "inactief")]
    public bool IncludeRetired { get; set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        var actor = User.ToActor();
        var network = grains.GetGrain<INetworkGrain>(id);
        var view = await network.GetAsync(actor);
        var role = await network.GetRoleAsync(actor.UserId);
        var file = SocialMapCsv.Write(new SocialMapFilter(Kind, Language, Community, IncludeRetired).Apply(view.SocialMap));
        await accessLog.RecordAsync(actor.UserId, AccessRoles.Name(role), id, AccessLog.SocialMap, id, AccessAction.Export, AccessLog.Allowed);
        var date = TimeZoneInfo.ConvertTime(time.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return File(file, SocialMapCsv.ContentType, $"sociale-kaart-{id}-{date}.csv");
    }
}
