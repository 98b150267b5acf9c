using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Agenda;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>
/// The coordinator's agenda builder: add, edit, move and remove items with plain forms (so it works with the keyboard,
/// on a phone and without script), see the planned time against the meeting's length, publish, and after publication
/// send the changes to the invitees.
/// </summary>
public sealed class AgendaModel(IGrainFactory grains) : PageModel
{
    private static readonly Dictionary<string, string> Fields = new()
    {
        ["kind"] = "Input.Kind",
        ["title"] = "Input.Title",
        ["plannedMinutes"] = "Input.Minutes",
        ["presenterId"] = "Input.Presenter",
        ["guest"] = "Input.Presenter",
        ["guestInstitutionId"] = "Input.Presenter",
        ["guestContactPersonId"] = "Input.Presenter",
        ["guestName"] = "Input.GuestName",
        ["caseId"] = "Input.CaseId",
    };

    public MeetingView Meeting { get; private set; } = null!;

    public AgendaPeople People { get; private set; } = null!;

    public AgendaTime Time { get; private set; } = null!;

    /// <summary>Changes since publication that the invitees have not been sent yet.</summary>
    public ImmutableArray<AgendaChange> Pending { get; private set; } = [];

    /// <summary>Cases submitted for this meeting that are not on its agenda yet.</summary>
    public ImmutableArray<CaseSubmission> Cases { get; private set; } = [];

    public bool CanEdit => Meeting.Status is MeetingStatus.Concept or MeetingStatus.Published;

    [BindProperty]
    public AgendaItemInput Input { get; set; } = new();

    /// <summary>The form that was sent and refused: the new-item form (<see cref="Guid.Empty"/>) or an item's edit form.</summary>
    public Guid? RefusedForm { get; private set; }

    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    /// <summary>Made per page view, so a resent "Wijzigingen versturen" announces once.</summary>
    public Guid AnnouncementId { get; } = Guid.NewGuid();

    [TempData]
    public string? Message { get; set; }

    public Task OnGetAsync(Guid id) => LoadAsync(id);

    public async Task<IActionResult> OnPostAddAsync(Guid id)
    {
        if (Input.CaseId is { } caseId && Input.Kind == AgendaItemKind.Case)
        {
            // A case item is called after its label and brought in by whoever brought the case, unless the coordinator says otherwise.
            var view = await grains.GetGrain<IMeetingGrain>(id).GetAsync(User.ToActor());
            var submission = (await grains.GetGrain<INetworkGrain>(view.NetworkId).GetOpenItemsAsync(id)).SubmittedCases.FirstOrDefault(s => s.CaseId == caseId);
            Input.Title = string.IsNullOrWhiteSpace(Input.Title) ? submission?.Label : Input.Title;
            Input.Presenter = string.IsNullOrEmpty(Input.Presenter) && submission is not null ? AgendaItemInput.MemberPrefix + submission.BringerId : Input.Presenter;
        }

        var input = Input;
        return await RunAsync(id, Guid.Empty, input.ItemId, "Het agendapunt is toegevoegd.", (m, a) =>
            m.AddAgendaItemAsync(a, input.ItemId, input.Kind, input.Title ?? "", input.Minutes ?? 0, input.PresenterId, input.Kind == AgendaItemKind.Case ? input.CaseId : null, input.Guest()));
    }

    public Task<IActionResult> OnPostEditAsync(Guid id)
    {
        var input = Input;
        return RunAsync(id, input.ItemId, input.ItemId, "Het agendapunt is gewijzigd.", (m, a) =>
            m.EditAgendaItemAsync(a, input.ItemId, input.Kind, input.Title ?? "", input.Minutes ?? 0, input.PresenterId, input.Guest()));
    }

    public Task<IActionResult> OnPostMoveAsync(Guid id, Guid itemId, int position) =>
        RunAsync(id, null, itemId, $"Het agendapunt staat nu op plaats {position + 1}.", (m, a) => m.MoveAgendaItemAsync(a, itemId, position));

    /// <summary>Removes an item once its row's box is ticked, checked here, not by a browser pop-up (docs/decisions.md).</summary>
    public Task<IActionResult> OnPostRemoveAsync(Guid id, Guid itemId, bool confirmed)
    {
        if (!confirmed)
        {
            ModelState.AddModelError(string.Empty, "Vink “Ja, verwijderen” aan bij het agendapunt dat u wilt verwijderen.");
        }

        return RunAsync(id, null, null, "Het agendapunt is verwijderd.", (m, a) => m.RemoveAgendaItemAsync(a, itemId));
    }

    public Task<IActionResult> OnPostAssembleAsync(Guid id) =>
        RunAsync(id, null, null, "De conceptagenda is samengesteld.", (m, a) => m.AssembleDraftAgendaAsync(a));

    public Task<IActionResult> OnPostPublishAsync(Guid id) =>
        RunAsync(id, null, null, "De bijeenkomst is gepubliceerd.", (m, a) => m.PublishAsync(a));

    public Task<IActionResult> OnPostAnnounceAsync(Guid id, Guid announcementId) =>
        RunAsync(id, null, null, "De wijzigingen worden naar de genodigden gestuurd.", (m, a) => m.AnnounceAgendaChangesAsync(a, announcementId));

    /// <summary>The presenter choices: members and coordinators, then the social map's institutions and contact persons; a retired choice an item still has stays.</summary>
    public IEnumerable<(string Group, string Value, string Label)> PresenterChoices(string? current)
    {
        var network = People.Network;
        var choices = network.Coordinators.Select(c => ("Leden en coördinatoren", AgendaItemInput.MemberPrefix + c.UserId, c.DisplayName))
            .Concat(network.Members.Where(m => m.Status == MemberStatus.Active && network.Coordinators.All(c => c.UserId != m.UserId))
                .Select(m => ("Leden en coördinatoren", AgendaItemInput.MemberPrefix + m.UserId, m.DisplayName)))
            .Concat(network.SocialMap.Where(i => !i.Retired).SelectMany(i =>
                new[] { ("Gast van de sociale kaart", AgendaItemInput.InstitutionPrefix + i.Id, i.Name) }
                    .Concat(i.Contacts.Where(c => !c.Retired).Select(c => ("Gast van de sociale kaart", $"{AgendaItemInput.ContactPrefix}{i.Id}|{c.Id}", $"{i.Name}: {c.Name}, {c.Function}")))))
            .ToList();
        if (current is not null && choices.All(c => c.Item2 != current))
        {
            choices.Add(("Niet meer actief", current, "De huidige keuze (niet meer actief)"));
        }

        return choices;
    }

    public AgendaItemForm FormFor(AgendaItem item, int index) =>
        RefusedForm == item.Id ? new(this, $"punt-{index + 1}", Input, false, true) : new(this, $"punt-{index + 1}", AgendaItemInput.From(item), false, false);

    public AgendaItemForm NewForm => new(this, "nieuw", Input, true, RefusedForm == Guid.Empty);

    /// <summary>The refusal of one field of the form that was sent.</summary>
    public string? ErrorFor(string key) => ModelState[key]?.Errors.FirstOrDefault()?.ErrorMessage;

    private async Task<IActionResult> RunAsync(Guid id, Guid? form, Guid? focus, string done, Func<IMeetingGrain, Actor, Task> command)
    {
        if (ModelState.IsValid)
        {
            try
            {
                await command(grains.GetGrain<IMeetingGrain>(id), User.ToActor());
                Message = done;
                return RedirectToPage(null, null, new { id }, focus is { } item ? $"punt-{item}" : null);
            }
            catch (DomainException refused) when (refused is not NotAllowedException and not NotFoundException)
            {
                ModelState.Add(refused, Fields);
                Refused = refused is PersonalDataRefusedException personal ? personal.Fields : [];
            }
        }

        RefusedForm = form;
        await LoadAsync(id);
        return Page();
    }

    private async Task LoadAsync(Guid id)
    {
        var actor = User.ToActor();
        var meeting = grains.GetGrain<IMeetingGrain>(id);

        // Coordinators only: the grain refuses anyone else, which the web shows as the access-denied page.
        Pending = await meeting.GetPendingAgendaChangesAsync(actor);
        Meeting = await meeting.GetAsync(actor);
        var network = grains.GetGrain<INetworkGrain>(Meeting.NetworkId);
        People = new AgendaPeople(await network.GetAsync(actor));
        Time = AgendaTime.Of(Meeting);
        Cases = [.. (await network.GetOpenItemsAsync(id)).SubmittedCases.Where(s => Meeting.Agenda.All(i => i.CaseId != s.CaseId))];
        if (RefusedForm is null)
        {
            Input = NewItem();
        }
    }

    private static AgendaItemInput NewItem() => new() { ItemId = Guid.NewGuid(), Minutes = 15 };
}
