using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.SocialMap;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>
/// One institution of the social map, for its coordinators: edit it, add, edit and retire its contact persons, retire it.
/// Retiring asks for confirmation first (<c>?bevestigen=…</c>), without JavaScript.
/// </summary>
public sealed class InstitutionModel(IGrainFactory grains) : PageModel
{
    public const string ConfirmInstitution = "instelling";

    private bool _editPosted;

    public NetworkView Network { get; private set; } = null!;

    public Institution Institution { get; private set; } = null!;

    /// <summary>What a retire link asks to confirm: <see cref="ConfirmInstitution"/> or a contact person's id.</summary>
    [BindProperty(SupportsGet = true, Name = "bevestigen")]
    public string? Confirm { get; set; }

    /// <summary>The contact person whose edit form is open.</summary>
    [BindProperty(SupportsGet = true, Name = "contact")]
    public string? EditingContactId { get; set; }

    public InstitutionInput Edit { get; set; } = new();

    public ContactInput NewContact { get; set; } = new();

    public ContactInput Contact { get; set; } = new();

    public ContactPerson? ConfirmingContact => Institution.ActiveContacts().FirstOrDefault(c => c.Id == Confirm);

    public ContactPerson? EditingContact => Institution.ActiveContacts().FirstOrDefault(c => c.Id == EditingContactId);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(string id, string institutionId)
    {
        if (!await LoadAsync(id, institutionId))
        {
            return NotFound();
        }

        Edit = InstitutionInput.From(Institution);
        if (EditingContact is { } contact)
        {
            Contact = ContactInput.From(contact);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostEditAsync(string id, string institutionId)
    {
        await TryUpdateModelAsync(Edit, nameof(Edit));
        _editPosted = true;
        return await RunAsync(id, institutionId, InstitutionInput.Fields(nameof(Edit)),
            (network, actor) => network.EditInstitutionAsync(actor, institutionId, Edit.ToDetails()),
            "De gegevens van de instelling zijn opgeslagen.");
    }

    public Task<IActionResult> OnPostRetireAsync(string id, string institutionId) =>
        RunAsync(id, institutionId, null,
            (network, actor) => network.RetireInstitutionAsync(actor, institutionId),
            "De instelling staat nu als niet meer actief op de sociale kaart.", toMap: true);

    public async Task<IActionResult> OnPostAddContactAsync(string id, string institutionId)
    {
        await TryUpdateModelAsync(NewContact, nameof(NewContact));
        return await RunAsync(id, institutionId, ContactInput.Fields(nameof(NewContact)),
            (network, actor) => network.AddContactPersonAsync(actor, institutionId, NewContact.ToContact()),
            $"{NewContact.Name?.Trim()} is als contactpersoon toegevoegd.");
    }

    public async Task<IActionResult> OnPostEditContactAsync(string id, string institutionId)
    {
        await TryUpdateModelAsync(Contact, nameof(Contact));
        EditingContactId = Contact.Id;
        return await RunAsync(id, institutionId, ContactInput.Fields(nameof(Contact)),
            (network, actor) => network.EditContactPersonAsync(actor, institutionId, Contact.ToContact()),
            "De gegevens van de contactpersoon zijn opgeslagen.");
    }

    public Task<IActionResult> OnPostRetireContactAsync(string id, string institutionId, string contactId) =>
        RunAsync(id, institutionId, null,
            (network, actor) => network.RetireContactPersonAsync(actor, institutionId, contactId),
            "De contactpersoon is niet meer actief. Waar de geschiedenis naar hem of haar verwijst, blijft de naam staan.");

    private async Task<IActionResult> RunAsync(
        string id, string institutionId, Dictionary<string, string>? fields, Func<INetworkGrain, Actor, Task> command, string done, bool toMap = false)
    {
        if (!await LoadAsync(id, institutionId))
        {
            return NotFound();
        }

        ModelState.Clear();
        try
        {
            await command(grains.GetGrain<INetworkGrain>(id), User.ToActor());
        }
        catch (DomainException refused) when (refused is not (NotAllowedException or NotFoundException))
        {
            ModelState.Add(refused, fields);
            if (!_editPosted)
            {
                Edit = InstitutionInput.From(Institution);
            }

            return Page();
        }

        Message = done;
        return toMap ? RedirectToPage("/Networks/SocialMap", new { id }) : RedirectToPage(new { id, institutionId });
    }

    private async Task<bool> LoadAsync(string id, string institutionId)
    {
        var actor = User.ToActor();
        var network = grains.GetGrain<INetworkGrain>(id);
        Network = await network.GetAsync(actor);
        if (await network.GetRoleAsync(actor.UserId) != NetworkRole.Coordinator)
        {
            throw new NotAllowedException("network.coordinator-only", "Alleen een netwerkcoördinator van dit netwerk mag dit doen.");
        }

        Institution = Network.SocialMap.FirstOrDefault(i => i.Id == institutionId)!;
        return Institution is not null;
    }
}
