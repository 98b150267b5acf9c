using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.SocialMap;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>
/// The network's people, for its coordinators: invite, set inactive (after confirmation) and back, make co-coordinator,
/// step down, and record the communities and languages each member serves.
/// </summary>
public sealed class MembersModel(IGrainFactory grains, UserManager<AppUser> users, AccountLinks links) : PageModel
{
    private static readonly Dictionary<string, string> InviteFields = new() { ["displayName"] = "Invite.Name", ["communities"] = "Invite.Communities", ["languages"] = "Invite.Languages" };
    private static readonly Dictionary<string, string> EditFields = new() { ["communities"] = "Edit.Communities", ["languages"] = "Edit.Languages" };

    public NetworkView Network { get; private set; } = null!;

    public string MyUserId => User.ToActor().UserId;

    /// <summary>The member whose deactivation is to be confirmed.</summary>
    [BindProperty(SupportsGet = true, Name = "bevestigen")]
    public string? Confirm { get; set; }

    /// <summary>The member whose communities and languages are being edited.</summary>
    [BindProperty(SupportsGet = true, Name = "bewerken")]
    public string? Editing { get; set; }

    public Member? ConfirmingMember => Network.Members.FirstOrDefault(m => m.UserId == Confirm && m.Status == MemberStatus.Active && !IsCoordinator(m.UserId));

    public Member? EditingMember => Network.Members.FirstOrDefault(m => m.UserId == Editing);

    public InviteInput Invite { get; set; } = new();

    public MemberInput Edit { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public bool IsCoordinator(string userId) => Network.Coordinators.Any(c => c.UserId == userId);

    public async Task OnGetAsync(string id)
    {
        await LoadAsync(id);
        if (EditingMember is { } member)
        {
            Edit = new MemberInput { UserId = member.UserId, Communities = string.Join(", ", member.Communities), Languages = string.Join(", ", member.Languages) };
        }
    }

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
            await grains.GetGrain<INetworkGrain>(id).InviteMemberAsync(User.ToActor(), user.Id, Invite.Name, Words.Split(Invite.Communities), Words.Split(Invite.Languages));
        }
        catch (DomainException refused) when (!created && refused.Code == "network.member-exists"
            && Network.Members.Any(m => m.UserId == user.Id && m.Status == MemberStatus.Invited))
        {
            // Still invited (perhaps the link expired): send a fresh link, of the kind the account needs.
            await (awaitingPassword ? links.SendInvitationAsync(user, Network.Name) : links.SendNetworkInvitationAsync(user, id, Network.Name));
            Message = $"Er is een nieuwe uitnodiging gemaild naar {Invite.Email}.";
            return RedirectToPage(new { id });
        }
        catch (DomainException refused) when (refused is not NotAllowedException)
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

    public Task<IActionResult> OnPostDeactivateAsync(string id, string userId) =>
        RunAsync(id, (network, actor) => network.DeactivateMemberAsync(actor, userId), name => $"{name} is op inactief gezet en kan niet meer bij het netwerk.", userId);

    public Task<IActionResult> OnPostActivateAsync(string id, string userId) =>
        RunAsync(id, (network, actor) => network.ActivateMemberAsync(actor, userId), name => $"{name} is weer actief.", userId);

    public Task<IActionResult> OnPostPromoteAsync(string id, string userId) =>
        RunAsync(id, (network, actor) => network.PromoteMemberAsync(actor, userId), name => $"{name} is nu ook coördinator.", userId);

    public Task<IActionResult> OnPostStepDownAsync(string id) =>
        RunAsync(id, (network, actor) => network.RemoveCoordinatorAsync(actor, actor.UserId), _ => "U bent geen coördinator meer van dit netwerk.", MyUserId);

    public async Task<IActionResult> OnPostEditAsync(string id)
    {
        await LoadAsync(id);
        await TryUpdateModelAsync(Edit, nameof(Edit));
        ModelState.Clear();
        Editing = Edit.UserId;
        try
        {
            await grains.GetGrain<INetworkGrain>(id).EditMemberAsync(User.ToActor(), Edit.UserId, Words.Split(Edit.Communities), Words.Split(Edit.Languages));
        }
        catch (DomainException refused) when (refused is not (NotAllowedException or NotFoundException))
        {
            ModelState.Add(refused, EditFields);
            return Page();
        }

        Message = "De gemeenschappen en talen zijn opgeslagen.";
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RunAsync(string id, Func<INetworkGrain, Actor, Task> command, Func<string, string> done, string userId)
    {
        await LoadAsync(id);
        var name = Network.Members.FirstOrDefault(m => m.UserId == userId)?.DisplayName ?? Network.Coordinators.FirstOrDefault(c => c.UserId == userId)?.DisplayName ?? "";
        try
        {
            await command(grains.GetGrain<INetworkGrain>(id), User.ToActor());
        }
        catch (DomainException refused) when (refused is not (NotAllowedException or NotFoundException))
        {
            ModelState.Add(refused);
            return Page();
        }

        Message = done(name);

        // Someone who stepped down and is no member has no business on this page any more.
        return userId == MyUserId && await grains.GetGrain<INetworkGrain>(id).GetRoleAsync(MyUserId) != NetworkRole.Coordinator
            ? Redirect("/")
            : RedirectToPage(new { id });
    }

    private async Task LoadAsync(string id)
    {
        var actor = User.ToActor();
        var network = grains.GetGrain<INetworkGrain>(id);
        Network = await network.GetAsync(actor);
        if (!IsCoordinator(actor.UserId))
        {
            throw new NotAllowedException("network.coordinator-only", "Alleen een netwerkcoördinator van dit netwerk mag dit doen.");
        }
    }

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

    public sealed class MemberInput
    {
        public string UserId { get; set; } = "";

        public string? Communities { get; set; }

        public string? Languages { get; set; }
    }
}
