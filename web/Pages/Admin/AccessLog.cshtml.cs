using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;

namespace Netwerkbijeenkomst.Web.Pages.Admin;

/// <summary>The whole access log, newest first: for administrators.</summary>
[Authorize(Roles = AppRoles.Administrator)]
public sealed class AccessLogModel(AccessLog accessLog, UserManager<AppUser> users) : PageModel
{
    public AccessLogView Log { get; private set; } = new([], new Dictionary<string, string>());

    public async Task OnGetAsync()
    {
        var entries = await accessLog.LatestAsync(500);
        var ids = entries.Select(e => e.UserId).Distinct().ToList();
        Log = new AccessLogView(entries, await users.Users.Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName));
    }
}
