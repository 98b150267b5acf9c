using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>Someone who already has an account accepts an invitation to one more network, through the link in the mail, while it works.</summary>
public sealed class AcceptInvitationModel(IGrainFactory grains, IDbContextFactory<AppDbContext> contexts, NetworkInvitationCodes codes) : PageModel
{
    /// <summary>The code from the mailed link: this account, this network, and until when.</summary>
    [BindProperty(SupportsGet = true, Name = "code")]
    public string? Code { get; set; }

    public string NetworkName { get; private set; } = "";

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id)
    {
        await using var db = await contexts.CreateDbContextAsync();
        var invited = await db.Memberships.AnyAsync(m => m.NetworkId == id && m.UserId == User.ToActor().UserId);
        var network = await db.Networks.FindAsync(id);
        if (!invited || network is null)
        {
            return NotFound();
        }

        NetworkName = network.Name;
        Problem = codes.Check(Code, id, User.ToActor().UserId) switch
        {
            InvitationCodeState.Valid => null,
            InvitationCodeState.Expired => "Deze uitnodiging is verlopen. Vraag de coördinator van het netwerk om u opnieuw uit te nodigen.",
            _ => "Deze uitnodigingslink werkt niet. Gebruik de link uit de laatste uitnodiging die u kreeg, of vraag de coördinator om u opnieuw uit te nodigen.",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        var actor = User.ToActor();
        if (codes.Check(Code, id, actor.UserId) != InvitationCodeState.Valid)
        {
            return await OnGetAsync(id);
        }

        try
        {
            await grains.GetGrain<INetworkGrain>(id).ActivateMemberAsync(actor, actor.UserId);
        }
        catch (DomainException refused) when (refused is InvalidStateException or NotAllowedException or NotFoundException)
        {
            // Already active is fine; made inactive or never invited is explained.
            if (refused is not InvalidStateException)
            {
                await OnGetAsync(id);
                Problem = refused is NotAllowedException
                    ? "Uw lidmaatschap is beëindigd; alleen de netwerkcoördinator kan het weer activeren."
                    : "U bent niet uitgenodigd voor dit netwerk.";
                return Page();
            }
        }

        return Redirect($"/netwerken/{Uri.EscapeDataString(id)}");
    }
}
