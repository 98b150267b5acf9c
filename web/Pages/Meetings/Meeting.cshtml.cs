using System.Collections.Immutable;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Agenda;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages.Meetings;

/// <summary>A meeting: its agenda and who comes; members reply, the coordinator prepares, publishes and starts it.</summary>
public sealed class MeetingModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> CancelFields = new() { ["reason"] = nameof(CancelReason) };

    public MeetingView Meeting { get; private set; } = null!;

    public NetworkView Network { get; private set; } = null!;

    public bool IsCoordinator { get; private set; }

    public Rsvp? MyRsvp { get; private set; }

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>Presenters and guests of agenda items, by name.</summary>
    public AgendaPeople People { get; private set; } = null!;

    /// <summary>For the coordinator of a published meeting: agenda changes the invitees have not been sent yet.</summary>
    public ImmutableArray<AgendaChange> PendingChanges { get; private set; } = [];

    [BindProperty]
    public Rsvp Answer { get; set; }

    [BindProperty]
    public string? CancelReason { get; set; }

    [TempData]
    public string? Message { get; set; }

    /// <summary>What the privacy check refused in the posted form, per field, shown marked in the text.</summary>
    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Whether the answer was chosen by a link in the invitation, and still waits to be saved.</summary>
    public bool AnswerFromMail { get; private set; }

    /// <summary>The invitation's links pass the answer ("ja", "misschien", "nee"); a GET only fills in the form, saving takes a press.</summary>
    public async Task OnGetAsync(Guid id, string? antwoord)
    {
        await LoadAsync(id);
        if (antwoord switch { "ja" => Rsvp.Yes, "misschien" => Rsvp.Maybe, "nee" => Rsvp.No, _ => (Rsvp?)null } is { } chosen)
        {
            Answer = chosen;
            AnswerFromMail = true;
        }
    }

    public Task<IActionResult> OnPostRsvpAsync(Guid id) => RunAsync(id, (m, a) => m.RespondAsync(a, Answer), "Uw reactie is opgeslagen.");

    public Task<IActionResult> OnPostAssembleAsync(Guid id) => RunAsync(id, (m, a) => m.AssembleDraftAgendaAsync(a), "De conceptagenda is samengesteld.");

    public Task<IActionResult> OnPostPublishAsync(Guid id) => RunAsync(id, (m, a) => m.PublishAsync(a), "De bijeenkomst is gepubliceerd.");

    /// <summary>Set when the grain refused to start outside the meeting's day: the page asks to confirm starting anyway.</summary>
    public bool ConfirmStart { get; private set; }

    /// <summary>Cases the network sent to this meeting, for the coordinator: newest first, with whether they are on the agenda yet.</summary>
    public IReadOnlyList<CaseSubmission> Submissions { get; private set; } = [];

    public async Task<IActionResult> OnPostStartAsync(Guid id, bool overrideDay)
    {
        var result = await RunAsync(id, (m, a) => m.StartAsync(a, overrideDay), "De bijeenkomst is begonnen.");
        ConfirmStart = !overrideDay && ModelState.ErrorCount > 0 && Meeting.Status == MeetingStatus.Published && _refusedCode is "meeting.not-today" or "meeting.day-passed";
        return result;
    }

    /// <summary>Puts a newly submitted case on a concept agenda, as the draft agenda would have.</summary>
    public Task<IActionResult> OnPostTakeCaseAsync(Guid id, Guid caseId, Guid itemId) =>
        RunAsync(id, async (m, a) =>
        {
            var submission = (await grains.GetGrain<INetworkGrain>((await m.GetAsync(a)).NetworkId).GetCaseSubmissionsAsync(a)).FirstOrDefault(s => s.CaseId == caseId)
                ?? throw new NotFoundException("meeting.case-not-submitted", "Deze casus is niet ingediend.");
            await m.AddAgendaItemAsync(a, itemId, AgendaItemKind.Case, submission.Label, 20, submission.BringerId, caseId);
        }, "De casus staat op de agenda.");

    /// <summary>Ticked to confirm the cancellation, checked here: it cannot be undone and mails every invitee.</summary>
    [BindProperty]
    public bool CancelConfirmed { get; set; }

    public async Task<IActionResult> OnPostCancelAsync(Guid id)
    {
        if (!CancelConfirmed)
        {
            await LoadAsync(id);
            ModelState.AddModelError(nameof(CancelConfirmed), "Vink aan dat u deze bijeenkomst wilt aflassen.");
            return Page();
        }

        return await RunAsync(id, (m, a) => m.CancelAsync(a, CancelReason ?? ""), "De bijeenkomst is afgelast.");
    }

    private async Task<IActionResult> RunAsync(Guid id, Func<IMeetingGrain, Actor, Task> command, string done)
    {
        try
        {
            await command(grains.GetGrain<IMeetingGrain>(id), User.ToActor());
        }
        catch (DomainException refused) when (refused is not NotAllowedException and not NotFoundException)
        {
            _refusedCode = refused.Code;
            await LoadAsync(id);
            ModelState.Add(refused, CancelFields);
            Refused = refused is PersonalDataRefusedException personal ? personal.Fields : [];
            return Page();
        }

        Message = done;
        return RedirectToPage(new { id });
    }

    private string? _refusedCode;

    private async Task LoadAsync(Guid id)
    {
        var actor = User.ToActor();
        var meeting = grains.GetGrain<IMeetingGrain>(id);
        Meeting = await meeting.GetAsync(actor);
        var network = grains.GetGrain<INetworkGrain>(Meeting.NetworkId);
        Network = await network.GetAsync(actor);
        IsCoordinator = await network.GetRoleAsync(actor.UserId) == NetworkRole.Coordinator;
        MyRsvp = Meeting.Rsvps.TryGetValue(actor.UserId, out var rsvp) ? rsvp : null;
        Answer = MyRsvp ?? Rsvp.Yes;
        Names = Network.Names();
        People = new AgendaPeople(Network);
        if (IsCoordinator && Meeting.Status == MeetingStatus.Published)
        {
            PendingChanges = await meeting.GetPendingAgendaChangesAsync(actor);
        }

        if (IsCoordinator)
        {
            Submissions = [.. (await network.GetCaseSubmissionsAsync(actor)).Where(s => s.MeetingId == id)];
        }
    }

    public string Name(string? userId) => userId is null ? "" : Names.GetValueOrDefault(userId, "onbekend");

    public string InstitutionName(string id) => Network.SocialMap.FirstOrDefault(i => i.Id == id)?.Name ?? id;
}
