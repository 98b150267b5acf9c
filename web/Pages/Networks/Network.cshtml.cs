using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
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

/// <summary>A network: its people, social map, meetings and action points; coordinators invite members and plan meetings here.</summary>
public sealed class NetworkModel(
    IGrainFactory grains, IDbContextFactory<AppDbContext> contexts, UserManager<AppUser> users, AccountLinks links, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> InviteFields = new() { ["displayName"] = "Invite.Name", ["communities"] = "Invite.Communities", ["languages"] = "Invite.Languages" };
    private static readonly Dictionary<string, string> PlanFields = new() { ["title"] = "Plan.Title", ["startsAt"] = "Plan.StartsAt", ["endsAt"] = "Plan.StartsAt" };

    public NetworkView Network { get; private set; } = null!;

    public bool IsCoordinator { get; private set; }

    public bool IsMember { get; private set; }

    public IReadOnlyList<MeetingListing> Meetings { get; private set; } = [];

    public IReadOnlyList<DateTimeOffset> NextDates { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    // Bound by the handler that posts it, so the other form's empty fields are never validated.
    public InviteInput Invite { get; set; } = new();

    public PlanInput Plan { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    /// <summary>What the privacy check refused in the posted form, per field, shown marked in the text.</summary>
    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task OnGetAsync(string id) => await LoadAsync(id);

    public async Task<IActionResult> OnPostInviteAsync(string id)
    {
        await LoadAsync(id);
        if (!await TryUpdateModelAsync(Invite, nameof(Invite)))
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Invite.Email);
        var created = user is null;
        if (user is null)
        {
            user = new AppUser { UserName = Invite.Email, Email = Invite.Email, DisplayName = Invite.Name.Trim() };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                ModelState.AddModelError("Invite.Email", string.Join(" ", result.Errors.Select(e => e.Description)));
                return Page();
            }
        }

        var awaitingPassword = !created && !await users.HasPasswordAsync(user);
        try
        {
            await grains.GetGrain<INetworkGrain>(id).InviteMemberAsync(User.ToActor(), user.Id, Invite.Name, Split(Invite.Communities), Split(Invite.Languages));
        }
        catch (DomainException refused) when (!created && refused.Code == "network.member-exists"
            && awaitingPassword && Network.Members.Any(m => m.UserId == user.Id && m.Status == MemberStatus.Invited))
        {
            // Still invited and never chose a password (perhaps the link expired): send a fresh link.
            await links.SendInvitationAsync(user, Network.Name);
            Message = $"Er is een nieuwe uitnodiging gemaild naar {Invite.Email}.";
            return RedirectToPage(new { id });
        }
        catch (DomainException refused)
        {
            // The account was only made for this invitation; a refused invitation leaves nothing behind.
            if (created)
            {
                await users.DeleteAsync(user);
            }

            ModelState.Add(refused, InviteFields);
            return Page();
        }

        // Someone new chooses a password through the link; someone with an account accepts after signing in.
        if (await users.HasPasswordAsync(user))
        {
            await links.SendNetworkInvitationAsync(user, id, Network.Name);
        }
        else
        {
            await links.SendInvitationAsync(user, Network.Name);
        }

        Message = $"{Invite.Name} is uitgenodigd; de uitnodiging is gemaild naar {Invite.Email}.";
        return RedirectToPage(new { id });
    }

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

    private static ImmutableArray<string> Split(string? words) =>
        [.. (words ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Vul het e-mailadres in.")]
        [EmailAddress(ErrorMessage = "Dit is geen geldig e-mailadres.")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Vul de naam in.")]
        public string Name { get; set; } = "";

        public string? Communities { get; set; }

        public string? Languages { get; set; }
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
