using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Pages.Networks;

namespace Netwerkbijeenkomst.Web.Pages;

public sealed class IndexModel(IDbContextFactory<AppDbContext> contexts, IGrainFactory grains, TimeProvider time) : PageModel
{
    public IReadOnlyList<NetworkSummary> Networks { get; private set; } = [];

    public string? Municipality { get; private set; }

    public string? Province { get; private set; }

    /// <summary>Whether the person may see some report: a municipality or province account, or a coordinator.</summary>
    public bool HasReports { get; private set; }

    /// <summary>The open action points the signed-in person owns, in all their networks: overdue first, then by due date.</summary>
    public IReadOnlyList<MyActionPoint> ActionPoints { get; private set; } = [];

    /// <summary>Whether the person has a role in some network, and so can own action points.</summary>
    public bool HasRole { get; private set; }

    public string UserId { get; private set; } = "";

    public async Task OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        Municipality = User.FindFirst(AppRoles.MunicipalityClaim)?.Value;
        Province = User.FindFirst(AppRoles.ProvinceClaim)?.Value;
        var actor = User.ToActor();
        UserId = actor.UserId;
        await using var db = await contexts.CreateDbContextAsync();
        var listed = actor.IsAdministrator
            ? await db.Networks.OrderBy(n => n.Name).ToListAsync()
            : await db.Memberships.Where(m => m.UserId == actor.UserId)
                .Join(db.Networks, m => m.NetworkId, n => n.NetworkId, (_, n) => n)
                .OrderBy(n => n.Name).ToListAsync();

        var now = time.GetUtcNow();
        var today = DutchFormat.Today(now);
        var summaries = new List<NetworkSummary>();
        var actionPoints = new List<MyActionPoint>();
        foreach (var network in listed)
        {
            var role = await grains.GetGrain<INetworkGrain>(network.NetworkId).GetRoleAsync(actor.UserId);
            if (role == NetworkRole.None && !actor.IsAdministrator)
            {
                continue;
            }

            var next = await db.Meetings
                .Where(m => m.NetworkId == network.NetworkId && m.StartsAtUtc >= now.UtcDateTime.AddHours(-3)
                    && (m.Status == nameof(MeetingStatus.Published) || m.Status == nameof(MeetingStatus.Started)))
                .OrderBy(m => m.StartsAtUtc).FirstOrDefaultAsync();
            NextMeeting? nextMeeting = null;
            if (next is not null && role != NetworkRole.None)
            {
                var view = await grains.GetGrain<IMeetingGrain>(next.MeetingId).GetAsync(actor);
                var startsAt = new DateTimeOffset(DateTime.SpecifyKind(next.StartsAtUtc, DateTimeKind.Utc));
                nextMeeting = new NextMeeting(
                    next.MeetingId, next.Title, DutchFormat.DateTime(startsAt), DutchFormat.Relative(startsAt, now),
                    view.Rsvps.TryGetValue(actor.UserId, out var rsvp) ? DutchFormat.Name(rsvp) : null, view.Status == MeetingStatus.Started);
            }

            summaries.Add(new NetworkSummary(network.NetworkId, network.Name, role, nextMeeting));
            if (role != NetworkRole.None)
            {
                var points = await grains.GetGrain<INetworkGrain>(network.NetworkId).GetActionPointsAsync(actor);
                actionPoints.AddRange(points
                    .Where(p => p.Point.OwnerId == actor.UserId && p.Point.Status == ActionPointStatus.Open)
                    .OverdueFirst(p => p.Point, today)
                    .Select(p => new MyActionPoint(
                        network.NetworkId, network.Name, p.Point.Id, p.Point.Description, DutchFormat.Date(p.Point.Due),
                        DutchFormat.Relative(p.Point.Due, today), p.Point.Due < today, p.Point.Due, p.CaseLabel)));
            }
        }

        Networks = summaries;
        HasRole = summaries.Any(s => s.Role != NetworkRole.None);
        HasReports = Municipality is not null || Province is not null || summaries.Any(s => s.Role == NetworkRole.Coordinator);
        // Across networks: over time first, then by due date.
        ActionPoints = [.. actionPoints.OrderByDescending(p => p.Overdue).ThenBy(p => p.DueDate)];
    }

    public sealed record MyActionPoint(
        string NetworkId, string NetworkName, Guid Id, string Description, string Due, string Relative, bool Overdue, DateOnly DueDate, string? CaseLabel);

    public sealed record NetworkSummary(string Id, string Name, NetworkRole Role, NextMeeting? Next);

    public sealed record NextMeeting(Guid Id, string Title, string When, string Relative, string? MyRsvp, bool Started);
}
