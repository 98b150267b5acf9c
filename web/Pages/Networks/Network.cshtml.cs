using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>A network: its people, social map, meetings and action points; coordinators plan meetings here (members and the social map have their own pages).</summary>
public sealed class NetworkModel(
    IGrainFactory grains, IDbContextFactory<AppDbContext> contexts, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> PlanFields = new() { ["title"] = "Plan.Title", ["startsAt"] = "Plan.StartsAt", ["endsAt"] = "Plan.StartsAt" };

    public NetworkView Network { get; private set; } = null!;

    public bool IsCoordinator { get; private set; }

    public bool IsMember { get; private set; }

    public IReadOnlyList<MeetingListing> Meetings { get; private set; } = [];

    public IReadOnlyList<DateTimeOffset> NextDates { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    // Bound by the handler that posts it, so no other form's empty fields are ever validated.
    public PlanInput Plan { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>What the privacy check refused in the posted form, per field, shown marked in the text.</summary>
    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync(string id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostPlanAsync(string id)
    {
        await LoadAsync(id);
        if (!await TryUpdateModelAsync(Plan, nameof(Plan)))
        {
            return Page();
        }

        var meetingId = Plan.MeetingId == Guid.Empty ? Guid.NewGuid() : Plan.MeetingId;
        try
        {
            var startsAt = DateTimeOffset.Parse(Plan.StartsAt, System.Globalization.CultureInfo.InvariantCulture);
            await grains.GetGrain<IMeetingGrain>(meetingId).PlanAsync(User.ToActor(), id, Plan.Title, startsAt, startsAt.AddMinutes(Plan.Minutes));
        }
        catch (FormatException)
        {
            ModelState.AddModelError("Plan.StartsAt", "Kies een datum.");
            return Page();
        }
        catch (DomainException refused)
        {
            ModelState.Add(refused, PlanFields);
            Refused = refused is PersonalDataRefusedException personal ? personal.Fields : [];
            return Page();
        }

        return RedirectToPage("/Meetings/Meeting", new { id = meetingId });
    }

    public async Task<IActionResult> OnPostCompleteAsync(string id, Guid actionPointId)
    {
        try
        {
            await grains.GetGrain<INetworkGrain>(id).CompleteActionPointAsync(User.ToActor(), actionPointId);
            Message = "Het actiepunt is afgerond.";
        }
        catch (DomainException refused) when (refused is not NotAllowedException)
        {
            Message = refused.Message;
        }

        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(string id)
    {
        var actor = User.ToActor();
        var network = grains.GetGrain<INetworkGrain>(id);
        Network = await network.GetAsync(actor);
        var role = await network.GetRoleAsync(actor.UserId);
        IsCoordinator = role == NetworkRole.Coordinator;
        IsMember = role != NetworkRole.None;
        Names = Network.Names();
        NextDates = await network.GetNextMeetingDatesAsync(6);
        await using var db = await contexts.CreateDbContextAsync();
        Meetings = await db.Meetings.Where(m => m.NetworkId == id).OrderByDescending(m => m.StartsAtUtc).Take(12).ToListAsync();
    }

    public sealed class PlanInput
    {
        /// <summary>Made when the form is shown, so sending it twice plans one meeting.</summary>
        public Guid MeetingId { get; set; } = Guid.NewGuid();

        [Required(ErrorMessage = "Vul een titel in.")]
        public string Title { get; set; } = "Netwerkbijeenkomst";

        [Required(ErrorMessage = "Kies een datum.")]
        public string StartsAt { get; set; } = "";

        [Required(ErrorMessage = "Vul de duur in minuten in.")]
        [Range(30, 240, ErrorMessage = "Een bijeenkomst duurt 30 tot 240 minuten.")]
        public int Minutes { get; set; } = 90;
    }
}
