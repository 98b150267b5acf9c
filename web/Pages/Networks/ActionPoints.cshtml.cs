using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Audit;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Listings;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>
/// Every action point of a network across its meetings, filtered by owner, case and status (a GET form, so it works
/// without script), overdue first. The coordinator edits, reassigns, moves and closes; an owner moves and closes their own.
/// </summary>
public sealed class ActionPointsModel(IGrainFactory grains, TimeProvider time, AccessLog accessLog) : PageModel
{
    public const string AllStatuses = "alle";
    public const string NoCase = "geen";

    private static readonly Dictionary<string, string> ChangeFields = new()
    {
        ["description"] = "Change.Description",
        ["ownerId"] = "Change.OwnerId",
        ["due"] = "Change.Due",
        ["reason"] = "Change.Reason",
        ["outcome"] = "Change.Outcome",
        ["note"] = "Change.Note",
        ["confirmed"] = "Change.Confirmed",
    };

    /// <summary>The status filter's values, as they stand in the address.</summary>
    public static readonly IReadOnlyList<(string Value, string Label, ActionPointStatus? Status)> StatusFilters =
    [
        ("open", "open", ActionPointStatus.Open),
        ("gedaan", "gedaan", ActionPointStatus.Done),
        ("niet-gedaan", "niet gedaan", ActionPointStatus.NotDone),
        ("vervallen", "vervallen (niet meer nodig)", ActionPointStatus.Cancelled),
        (AllStatuses, "alle", null),
    ];

    [BindProperty(SupportsGet = true, Name = "eigenaar")]
    public string? Owner { get; set; }

    [BindProperty(SupportsGet = true, Name = "casus")]
    public string? Case { get; set; }

    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Status { get; set; }

    [BindProperty]
    public ChangeInput Change { get; set; } = new();

    [TempData]
    public string? Message { get; set; }

    public NetworkView Network { get; private set; } = null!;

    public bool IsCoordinator { get; private set; }

    public string Me { get; private set; } = "";

    public DateOnly Today { get; private set; }

    public int Total { get; private set; }

    public IReadOnlyList<ActionPointRecord> Points { get; private set; } = [];

    /// <summary>Everyone who can own an action point now: coordinators and active members.</summary>
    public IReadOnlyList<(string UserId, string Name)> People { get; private set; } = [];

    /// <summary>The cases that have action points, for the case filter.</summary>
    public IReadOnlyList<(Guid CaseId, string Label)> Cases { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Names { get; private set; } = new Dictionary<string, string>();

    /// <summary>The action point and form (edit, reassign, move, close) whose change was refused: shown open, with what was typed.</summary>
    public (Guid ActionPointId, string Form)? Failed { get; private set; }

    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    public string StatusValue => StatusFilters.Any(f => f.Value == Status) ? Status! : "open";

    /// <summary>Action points may say what is done about a case, so reading the overview goes to the access log, like reading a case.</summary>
    public async Task OnGetAsync(string id)
    {
        await LoadAsync(id);
        await accessLog.RecordAsync(
            User.ToActor().UserId, AccessRoles.Name(IsCoordinator ? NetworkRole.Coordinator : NetworkRole.Member), id, AccessLog.ActionPoints, id, AccessAction.Read, AccessLog.Allowed);
    }

    public Task<IActionResult> OnPostEditAsync(string id) =>
        RunAsync(id, "edit", network => network.EditActionPointAsync(User.ToActor(), Change.ActionPointId, Change.Description ?? ""), "De omschrijving is opgeslagen.");

    public Task<IActionResult> OnPostReassignAsync(string id) =>
        RunAsync(id, "reassign", network => network.ReassignActionPointAsync(User.ToActor(), Change.ActionPointId, Change.OwnerId ?? ""), "Het actiepunt heeft een nieuwe eigenaar.");

    public Task<IActionResult> OnPostMoveAsync(string id) =>
        RunAsync(id, "move", network => DateOnly.TryParseExact(Change.Due, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due)
            ? network.MoveActionPointDueDateAsync(User.ToActor(), Change.ActionPointId, due, Change.Reason ?? "")
            : throw new InvalidInputException("input.required", "due", "Kies een nieuwe uiterste datum."),
            "De uiterste datum is verzet.");

    public Task<IActionResult> OnPostCloseAsync(string id) =>
        RunAsync(id, "close", network => !Change.Confirmed
            ? throw new InvalidInputException("input.confirm", "confirmed", "Vink aan dat u dit actiepunt wilt sluiten; een gesloten actiepunt gaat niet meer open.")
            : Change.Outcome is not { } outcome
                ? throw new InvalidInputException("input.required", "outcome", "Kies hoe het actiepunt is afgelopen.")
                : network.CloseActionPointAsync(User.ToActor(), Change.ActionPointId, outcome, Change.Note),
            "Het actiepunt is gesloten.");

    public bool Overdue(ActionPoint point) => point.IsOverdue(Today);

    public bool CanMoveOrClose(ActionPoint point) => point.Status == ActionPointStatus.Open && (IsCoordinator || point.OwnerId == Me);

    public string Name(string userId) => Names.GetValueOrDefault(userId, "onbekend");

    /// <summary>Where the page comes back to after a change: the same filter.</summary>
    public object Filter(string id) => new { id, eigenaar = Owner, casus = Case, status = Status };

    private async Task<IActionResult> RunAsync(string id, string form, Func<INetworkGrain, Task> command, string done)
    {
        try
        {
            await command(grains.GetGrain<INetworkGrain>(id));
        }
        catch (DomainException refused) when (refused is not (NotFoundException or NotAllowedException))
        {
            await LoadAsync(id);
            Failed = (Change.ActionPointId, form);
            ModelState.Clear();
            ModelState.Add(refused, ChangeFields);
            if (refused is PersonalDataRefusedException personal)
            {
                Refused = personal.Fields;
            }
            else
            {
                ModelState.AddModelError(string.Empty, refused is InvalidInputException ? "Het actiepunt is niet gewijzigd: zie de melding bij het formulier." : refused.Message);
            }

            return Page();
        }

        Message = done;
        return RedirectToPage(Filter(id));
    }

    private async Task LoadAsync(string id)
    {
        var actor = User.ToActor();
        var network = grains.GetGrain<INetworkGrain>(id);
        var points = await network.GetActionPointsAsync(actor);
        Network = await network.GetAsync(actor);
        IsCoordinator = await network.GetRoleAsync(actor.UserId) == NetworkRole.Coordinator;
        Me = actor.UserId;
        Today = DutchFormat.Today(time.GetUtcNow());
        Names = Network.Names();
        People = [.. Network.Coordinators.Select(c => (c.UserId, c.DisplayName))
            .Concat(Network.Members.Where(m => m.Status == MemberStatus.Active).Select(m => (m.UserId, m.DisplayName)))
            .DistinctBy(p => p.Item1)];
        Cases = [.. points.Where(p => p.Point.CaseId.HasValue).Select(p => (p.Point.CaseId!.Value, p.CaseLabel ?? "casus"))
            .Distinct().OrderBy(c => c.Item2, StringComparer.Ordinal)];
        Total = points.Length;

        var status = StatusFilters.First(f => f.Value == StatusValue).Status;
        Points = [.. points
            .Where(p => status is null || p.Point.Status == status)
            .Where(p => string.IsNullOrEmpty(Owner) || p.Point.OwnerId == Owner)
            .Where(p => string.IsNullOrEmpty(Case) || (Case == NoCase ? p.Point.CaseId is null : p.Point.CaseId?.ToString() == Case))
            .OverdueFirst(p => p.Point, Today)];
    }

    public sealed class ChangeInput
    {
        public Guid ActionPointId { get; set; }

        public string? Description { get; set; }

        public string? OwnerId { get; set; }

        /// <summary>yyyy-MM-dd, as a date field sends it.</summary>
        public string? Due { get; set; }

        public string? Reason { get; set; }

        public ActionPointOutcome? Outcome { get; set; }

        public string? Note { get; set; }

        public bool Confirmed { get; set; }
    }
}
