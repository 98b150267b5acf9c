using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;

namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>Who looked at or changed a case: for the coordinators of its network.</summary>
public sealed class AccessModel(IGrainFactory grains, AccessLog accessLog, UserManager<AppUser> users) : PageModel
{
    public string Label { get; private set; } = "";

    public AccessLogView Log { get; private set; } = new([], new Dictionary<string, string>());

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        var actor = User.ToActor();
        var view = await grains.GetGrain<ICaseGrain>(id).GetAsync(actor);
        if (await grains.GetGrain<INetworkGrain>(view.NetworkId).GetRoleAsync(actor.UserId) != NetworkRole.Coordinator)
        {
            return Forbid();
        }

        Label = view.Label;
        var entries = await accessLog.ForObjectAsync(AccessLog.Case, id.ToString());
        var ids = entries.Select(e => e.UserId).Distinct().ToList();
        var names = await users.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName);
        Log = new AccessLogView(entries, names);
        return Page();
    }
}
