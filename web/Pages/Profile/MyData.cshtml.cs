using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Pages.Profile;

/// <summary>What the product holds about me, as a download, and deleting my account.</summary>
public sealed class MyDataModel(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, IDbContextFactory<AppDbContext> contexts, IGrainFactory grains, SessionEnd sessions) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public AppUser Account { get; private set; } = null!;

    public IReadOnlyList<(string Name, string Role)> Networks { get; private set; } = [];

    [BindProperty]
    public bool Confirmed { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnGetDownloadAsync()
    {
        await LoadAsync();
        var actor = User.ToActor();
        await using var db = await contexts.CreateDbContextAsync();
        var memberships = new List<object>();
        foreach (var networkId in await NetworkIdsAsync(db, actor.UserId))
        {
            var network = await grains.GetGrain<INetworkGrain>(networkId).GetAsync(actor);
            var member = network.Members.FirstOrDefault(m => m.UserId == actor.UserId);
            memberships.Add(new
            {
                netwerk = network.Name,
                rol = network.Coordinators.Any(c => c.UserId == actor.UserId) ? "coördinator" : "vertrouwenspersoon",
                status = member?.Status.ToString(),
                gemeenschappen = member?.Communities,
                talen = member?.Languages,
            });
        }

        var log = await db.AccessLog.AsNoTracking().Where(e => e.UserId == actor.UserId).OrderBy(e => e.Id)
            .Select(e => new { wanneer = e.AtUtc, netwerk = e.NetworkId, wat = e.ObjectType, id = e.ObjectId, handeling = e.Action, resultaat = e.Result })
            .ToListAsync();
        var export = new
        {
            account = new { naam = Account.DisplayName, email = Account.Email },
            netwerken = memberships,
            toegangslog = log,
        };
        return File(JsonSerializer.SerializeToUtf8Bytes(export, Json), "application/json", "mijn-gegevens.json");
    }

    public async Task<IActionResult> OnPostDeleteAsync()
    {
        await LoadAsync();
        if (!Confirmed)
        {
            ModelState.AddModelError(nameof(Confirmed), "Vink aan dat u uw account wilt verwijderen.");
            return Page();
        }

        var actor = User.ToActor();
        await using var db = await contexts.CreateDbContextAsync();
        try
        {
            foreach (var networkId in await NetworkIdsAsync(db, actor.UserId))
            {
                await grains.GetGrain<INetworkGrain>(networkId).ForgetMemberAsync(actor);
            }
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return Page();
        }

        await db.Memberships.Where(m => m.UserId == actor.UserId).ExecuteDeleteAsync();
        await db.CalendarFeeds.Where(f => f.UserId == actor.UserId).ExecuteDeleteAsync();
        await db.NoticeOptOuts.Where(o => o.UserId == actor.UserId).ExecuteDeleteAsync();

        // The Development outbox stands in for people's mailboxes: mail to the account, or naming it, leaves with it.
        var mails = db.Outbox.Where(m => m.To == Account.Email || m.Body.Contains(Account.DisplayName)).Select(m => m.Id);
        await db.OutboxAttachments.Where(a => mails.Contains(a.MessageId)).ExecuteDeleteAsync();
        await db.Outbox.Where(m => m.To == Account.Email || m.Body.Contains(Account.DisplayName)).ExecuteDeleteAsync();
        await signIn.SignOutAsync();
        await users.DeleteAsync(Account);

        // Every live connection of the account on this node now; other nodes close theirs on MemberForgotten or at their sweep.
        sessions.CloseConnections(actor.UserId);
        return Redirect("/account/verwijderd");
    }

    private async Task LoadAsync()
    {
        Account = await users.GetUserAsync(User) ?? throw new InvalidOperationException("The signed-in account no longer exists.");
        await using var db = await contexts.CreateDbContextAsync();
        var networks = new List<(string, string)>();
        foreach (var networkId in await NetworkIdsAsync(db, Account.Id))
        {
            var role = await grains.GetGrain<INetworkGrain>(networkId).GetRoleAsync(Account.Id);
            var name = (await db.Networks.FindAsync(networkId))?.Name ?? networkId;
            networks.Add((name, role switch { NetworkRole.Coordinator => "coördinator", NetworkRole.Member => "vertrouwenspersoon", _ => "uitgenodigd of inactief" }));
        }

        Networks = networks;
    }

    private static Task<List<string>> NetworkIdsAsync(AppDbContext db, string userId) =>
        db.Memberships.Where(m => m.UserId == userId).Select(m => m.NetworkId).ToListAsync();
}
