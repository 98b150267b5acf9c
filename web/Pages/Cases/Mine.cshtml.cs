using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>"Mijn casussen": the cases the signed-in member brought in, in all their networks, with where each goes.</summary>
public sealed class MineModel(IGrainFactory grains, IDbContextFactory<AppDbContext> contexts) : PageModel
{
    public IReadOnlyList<MyCase> Cases { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var actor = User.ToActor();
        await using var db = await contexts.CreateDbContextAsync();
        var networks = await db.Memberships.Where(m => m.UserId == actor.UserId)
            .Join(db.Networks, m => m.NetworkId, n => n.NetworkId, (_, n) => n)
            .OrderBy(n => n.Name).ToListAsync();
        var cases = new List<MyCase>();
        foreach (var network in networks)
        {
            var grain = grains.GetGrain<INetworkGrain>(network.NetworkId);
            if (await grain.GetRoleAsync(actor.UserId) == NetworkRole.None)
            {
                continue;
            }

            foreach (var own in await grain.GetOwnCasesAsync(actor))
            {
                CaseView view;
                try
                {
                    view = await grains.GetGrain<ICaseGrain>(own.CaseId).GetAsync(actor);
                }
                catch (NotFoundException)
                {
                    // A label handed out to a case whose opening was never stored.
                    continue;
                }

                var meetingId = view.Status is CaseStatus.Concept ? null : view.Status == CaseStatus.Submitted ? own.Submission?.MeetingId ?? view.MeetingId : view.MeetingId;
                var meeting = meetingId is { } id ? await db.Meetings.FindAsync(id) : null;
                cases.Add(new MyCase(own.CaseId, own.Label, network.Name, view.Status, meeting));
            }
        }

        Cases = [.. cases.OrderBy(c => c.Status == CaseStatus.Closed).ThenByDescending(c => c.Label, StringComparer.Ordinal)];
    }

    public sealed record MyCase(Guid Id, string Label, string NetworkName, CaseStatus Status, MeetingListing? Meeting);
}
