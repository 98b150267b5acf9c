using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Refusals;

namespace Netwerkbijeenkomst.Web.Pages.Cases;

/// <summary>A case: members read it; its bringer and the coordinator edit it and submit it for a meeting.</summary>
public sealed class CaseModel(IGrainFactory grains, IDbContextFactory<AppDbContext> contexts, TimeProvider time, AccessLog accessLog) : PageModel
{
    public CaseView Case { get; private set; } = null!;

    public NetworkView Network { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    public IReadOnlyList<MeetingListing> Meetings { get; private set; } = [];

    /// <summary>The meeting the submitted case goes to, as the network assigned it; null while it waits for one to be planned.</summary>
    public MeetingListing? SubmittedFor { get; private set; }

    [BindProperty]
    public CaseInput Input { get; set; } = new();

    /// <summary>
    /// What the last change did, carried over its redirect. Read from TempData only by the page itself (not a
    /// [TempData] property, which every handler would load and so delete): the live escalations section fetches
    /// <c>?handler=Escalations</c> with the same cookies, and could otherwise take the message before the redirect shows it.
    /// </summary>
    public string? Message { get; private set; }

    public bool IsCoordinator { get; private set; }

    /// <summary>The bringer or a coordinator, once the network discussed the case (see docs/domain-model.md, "Case").</summary>
    public bool CanClose { get; private set; }

    [BindProperty]
    public CloseInput Closing { get; set; } = new();

    /// <summary>What the privacy check refused in the close form's note.</summary>
    public System.Collections.Immutable.ImmutableArray<FieldFindings> CloseRefused { get; private set; } = [];

    /// <summary>The coordinator and the member who brought the case move its escalations on.</summary>
    public bool CanMoveEscalations { get; private set; }

    /// <summary>The step taken in the escalations section; kept with what was typed when the case refused it.</summary>
    [BindProperty]
    public EscalationStep? Step { get; set; }

    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    /// <summary>The bringer (while an active member) and the coordinators log time spent on the case.</summary>
    public bool CanLogHours { get; private set; }

    [BindProperty]
    public HoursInput Hours { get; set; } = new();

    /// <summary>Today in Amsterdam: the time form's default and latest day.</summary>
    public DateOnly Today => DutchFormat.Today(time.GetUtcNow());

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The escalations section alone, for the page's live update.</summary>
    public async Task<IActionResult> OnGetEscalationsAsync(Guid id)
    {
        await LoadAsync(id);
        return Partial("_Escalations", this);
    }

    public async Task<IActionResult> OnPostStepAsync(Guid id)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        if (Step is not { Status: { } status } step)
        {
            ModelState.AddModelError(string.Empty, "Kies de nieuwe stand van de doorverwijzing.");
            return Page();
        }

        return await RunAsync(id, grain => grain.MoveEscalationAsync(User.ToActor(), step.EscalationId, step.ChangeId, status, step.Note), "De doorverwijzing is bijgewerkt.", StepFields);
    }

    public async Task<IActionResult> OnPostRevokeLinkAsync(Guid id, Guid escalationId, bool confirm)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        if (!confirm)
        {
            ModelState.AddModelError(string.Empty, "Bevestig dat u de link wilt intrekken.");
            return Page();
        }

        return await RunAsync(id, grain => grain.RevokeContactLinkAsync(User.ToActor(), escalationId), "De link is ingetrokken; hij werkt niet meer.");
    }

    public async Task<IActionResult> OnPostNewLinkAsync(Guid id, Guid escalationId, Guid linkId)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        return await RunAsync(id, grain => grain.IssueContactLinkAsync(User.ToActor(), escalationId, linkId), "Er gaat een nieuwe link naar de contactpersoon; de oude werkt niet meer.");
    }

    /// <summary>Who took a step: a member's or coordinator's name, or the contact person answering through their link.</summary>
    public string ActorName(string by, ContactPerson? contact) =>
        !by.StartsWith(Actor.ContactPersonPrefix, StringComparison.Ordinal) ? Name(by)
        : contact is null ? "de contactpersoon" : $"{contact.Name}, contactpersoon, via de link";

    public async Task OnGetAsync(Guid id)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        Message = TempData[nameof(Message)] as string;
        await RecordAsync(id, AccessAction.Read, AccessLog.Allowed);
    }

    public async Task<IActionResult> OnPostEditAsync(Guid id)
    {
        await LoadAsync(id);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await RunAsync(id, grain => grain.EditAsync(User.ToActor(), Input.ToDetails()), "De casus is opgeslagen.");
    }

    public async Task<IActionResult> OnPostSubmitAsync(Guid id)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        return await RunAsync(id, grain => grain.SubmitAsync(User.ToActor()), "De casus is ingediend.");
    }

    public async Task<IActionResult> OnPostCloseAsync(Guid id)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        ModelState.Clear();
        if (!Closing.Confirmed || Closing.Outcome is null)
        {
            if (Closing.Outcome is null)
            {
                ModelState.AddModelError("Closing.Outcome", "Kies de uitkomst van de casus.");
            }

            if (!Closing.Confirmed)
            {
                ModelState.AddModelError("Closing.Confirmed", "Vink aan dat u weet dat de teksten na de bewaartermijn worden gewist.");
            }

            ModelState.AddModelError(string.Empty, "De casus is niet gesloten: zie de meldingen bij het formulier.");
            return Page();
        }

        try
        {
            await grains.GetGrain<ICaseGrain>(id).CloseAsync(User.ToActor(), Closing.Outcome.Value, Closing.Note);
        }
        catch (DomainException refused) when (refused is not NotFoundException)
        {
            await RecordAsync(id, AccessAction.Change, AccessLog.Refused);
            if (refused is NotAllowedException)
            {
                throw;
            }

            ModelState.Add(refused, CloseFields);
            CloseRefused = refused is PersonalDataRefusedException personal ? personal.Fields : [];
            return Page();
        }

        await RecordAsync(id, AccessAction.Change, AccessLog.Allowed);
        TempData[nameof(Message)] = "De casus is gesloten. Na de bewaartermijn worden de teksten gewist.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostHoursAsync(Guid id)
    {
        await LoadAsync(id);
        Input = CaseInput.From(Case.Details);
        ModelState.Clear();
        if (Hours.QuarterHours is null)
        {
            ModelState.AddModelError("Hours.QuarterHours", "Kies hoeveel tijd u aan de casus hebt besteed.");
        }

        if (Hours.Day is null)
        {
            ModelState.AddModelError("Hours.Day", "Vul de datum in waarop u de tijd besteedde, bijvoorbeeld " + DutchFormat.Date(Today) + ".");
        }

        if (!ModelState.IsValid)
        {
            ModelState.AddModelError(string.Empty, "De tijd is niet opgeslagen: zie de meldingen bij het formulier.");
            return Page();
        }

        try
        {
            await grains.GetGrain<ICaseGrain>(id).LogHoursAsync(User.ToActor(), Hours.EntryId, Hours.QuarterHours!.Value, Hours.Day!.Value);
        }
        catch (DomainException refused) when (refused is not NotFoundException)
        {
            await RecordAsync(id, AccessAction.Change, AccessLog.Refused);
            if (refused is NotAllowedException)
            {
                throw;
            }

            ModelState.Add(refused, HoursFields);
            return Page();
        }

        await RecordAsync(id, AccessAction.Change, AccessLog.Allowed);
        TempData[nameof(Message)] = "De tijd is opgeslagen: " + DutchDuration.Words(Hours.QuarterHours!.Value) + ".";
        return RedirectToPage(new { id });
    }

    private static readonly Dictionary<string, string> HoursFields = new() { ["quarterHours"] = "Hours.QuarterHours", ["day"] = "Hours.Day" };

    private static readonly Dictionary<string, string> CloseFields = new() { ["outcome"] = "Closing.Outcome", ["note"] = "Closing.Note" };

    private static readonly Dictionary<string, string> StepFields = new() { ["note"] = "Step.Note", ["status"] = "Step.Status" };

    private async Task<IActionResult> RunAsync(Guid id, Func<ICaseGrain, Task> command, string done, IReadOnlyDictionary<string, string>? fields = null)
    {
        try
        {
            await command(grains.GetGrain<ICaseGrain>(id));
        }
        catch (DomainException refused) when (refused is not NotFoundException)
        {
            await RecordAsync(id, AccessAction.Change, AccessLog.Refused);
            ModelState.Add(refused, fields ?? CaseInput.Fields);
            if (refused is PersonalDataRefusedException personal)
            {
                Input.Findings = personal.Fields.ToDictionary(f => f.Field, f => f.Findings);
                Refused = personal.Fields;
            }

            return Page();
        }

        await RecordAsync(id, AccessAction.Change, AccessLog.Allowed);
        TempData[nameof(Message)] = done;
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(Guid id)
    {
        var actor = User.ToActor();
        try
        {
            Case = await grains.GetGrain<ICaseGrain>(id).GetAsync(actor);
        }
        catch (DomainException refused) when (refused is NotAllowedException || Refusal.IsUnseen(refused))
        {
            // A case that does not exist is logged as refused too: the same answer and the same work as one the caller may not see.
            await accessLog.RecordAsync(actor.UserId, actor.IsAdministrator ? "beheerder" : "geen", "", AccessLog.Case, id.ToString(), AccessAction.Read, AccessLog.Refused);
            throw;
        }

        Network = await grains.GetGrain<INetworkGrain>(Case.NetworkId).GetAsync(actor);
        _names = Network.Names();
        var role = await grains.GetGrain<INetworkGrain>(Case.NetworkId).GetRoleAsync(actor.UserId);
        IsCoordinator = role == NetworkRole.Coordinator;
        _role = role;
        CanEdit = Case.Status != CaseStatus.Closed && (role == NetworkRole.Coordinator || Case.BringerId == actor.UserId);
        CanClose = Case.Status is CaseStatus.Discussed or CaseStatus.FollowedUp
            && (role == NetworkRole.Coordinator || (role == NetworkRole.Member && Case.BringerId == actor.UserId));
        CanMoveEscalations = role == NetworkRole.Coordinator || (role == NetworkRole.Member && Case.BringerId == actor.UserId);
        CanLogHours = CanMoveEscalations;
        if (Hours.EntryId == Guid.Empty)
        {
            // Made when the form is shown, so a double submit is one entry; a form sent without one gets a fresh id, as nothing was stored yet.
            Hours.EntryId = Guid.NewGuid();
            Hours.Day ??= Today;
        }
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        Meetings = await db.Meetings
            .Where(m => m.NetworkId == Case.NetworkId && m.StartsAtUtc > now && (m.Status == nameof(MeetingStatus.Concept) || m.Status == nameof(MeetingStatus.Published)))
            .OrderBy(m => m.StartsAtUtc).ToListAsync();
        if (Case.Status is CaseStatus.Submitted or CaseStatus.OnAgenda && CanEdit)
        {
            // The network may have handed the case to a meeting planned (or moved on) after it was submitted.
            var network = grains.GetGrain<INetworkGrain>(Case.NetworkId);
            var submissions = role == NetworkRole.Coordinator
                ? await network.GetCaseSubmissionsAsync(actor)
                : [.. (await network.GetOwnCasesAsync(actor)).Select(c => c.Submission).OfType<CaseSubmission>()];
            var target = Case.Status == CaseStatus.OnAgenda ? Case.MeetingId : submissions.FirstOrDefault(s => s.CaseId == Case.Id)?.MeetingId ?? Case.MeetingId;
            SubmittedFor = target is { } meetingId ? await db.Meetings.FindAsync(meetingId) : null;
        }
    }

    private NetworkRole _role;

    private Dictionary<string, string> _names = [];

    private Task RecordAsync(Guid id, string action, string result) =>
        accessLog.RecordAsync(User.ToActor().UserId, AccessRoles.Name(_role), Case.NetworkId, AccessLog.Case, id.ToString(), action, result);

    public string Name(string userId) =>
        _names.GetValueOrDefault(userId, "onbekend");

    public sealed class CloseInput
    {
        public CaseOutcome? Outcome { get; set; }

        public string? Note { get; set; }

        public bool Confirmed { get; set; }
    }
}
