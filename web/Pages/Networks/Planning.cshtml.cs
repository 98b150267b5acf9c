using System.Collections.Immutable;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>The coordinator's planning: the monthly rule with its place, the next dates to plan with one press, and moving or cancelling what is planned.</summary>
public sealed class PlanningModel(IGrainFactory grains, TimeProvider time) : PageModel
{
    private static readonly Dictionary<string, string> RuleFields = new()
    {
        ["week"] = "Rule.Week", ["day"] = "Rule.Day", ["end"] = "Rule.End", ["place"] = "Rule.Place", ["onlineLink"] = "Rule.OnlineLink",
    };

    public NetworkView Network { get; private set; } = null!;

    public IReadOnlyList<DateTimeOffset> NextDates { get; private set; } = [];

    public IReadOnlyList<PlannedMeeting> Planned { get; private set; } = [];

    /// <summary>Cases submitted in the last weeks, newest first, with the meeting each goes to.</summary>
    public IReadOnlyList<CaseSubmission> Submissions { get; private set; } = [];

    public RuleInput Rule { get; set; } = new();

    public MoveInput Move { get; set; } = new();

    public CancelInput Cancel { get; set; } = new();

    public PlaceInput PlaceChange { get; set; } = new();

    /// <summary>Which meeting's move or cancel form was sent, so its refusal shows next to it.</summary>
    public Guid? FormFor { get; private set; }

    public ImmutableArray<FieldFindings> Refused { get; private set; } = [];

    [TempData]
    public string? Message { get; set; }

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Forbid();
        }

        Rule = RuleInput.From(Network.Rule);
        return Page();
    }

    public async Task<IActionResult> OnPostRuleAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Forbid();
        }

        if (!await TryUpdateModelAsync(Rule, nameof(Rule)))
        {
            return Page();
        }

        return await RunAsync(
            id,
            () => grains.GetGrain<INetworkGrain>(id).SetMeetingRuleAsync(
                User.ToActor(), new MeetingRule(Rule.Week, Rule.Day, Rule.Start, Rule.End) { Place = Rule.Place, OnlineLink = Rule.OnlineLink }),
            "De maandregel is opgeslagen.",
            RuleFields);
    }

    public async Task<IActionResult> OnPostPlanAsync(string id, string startsAt, Guid meetingId)
    {
        if (!await LoadAsync(id))
        {
            return Forbid();
        }

        Rule = RuleInput.From(Network.Rule);
        if (Network.Rule is not { } rule || !DateTimeOffset.TryParse(startsAt, System.Globalization.CultureInfo.InvariantCulture, out var start))
        {
            ModelState.AddModelError(string.Empty, "Kies een datum uit de lijst.");
            return Page();
        }

        var title = "Netwerkbijeenkomst " + DutchFormat.Date(DateOnly.FromDateTime(AmsterdamClock.Local(start)));
        var newMeeting = meetingId == Guid.Empty ? Guid.NewGuid() : meetingId;
        return await RunAsync(
            id,
            () => grains.GetGrain<IMeetingGrain>(newMeeting).PlanAsync(User.ToActor(), id, title, start, start + (rule.End - rule.Start)),
            $"{title} is gepland.",
            null);
    }

    public async Task<IActionResult> OnPostMoveAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Forbid();
        }

        Rule = RuleInput.From(Network.Rule);
        FormFor = Move.MeetingId;
        if (!await TryUpdateModelAsync(Move, nameof(Move)))
        {
            FormFor = Move.MeetingId;
            return Page();
        }

        FormFor = Move.MeetingId;
        var startsAt = AmsterdamClock.At(Move.Date!.Value, Move.Start!.Value);
        var endsAt = AmsterdamClock.At(Move.Date.Value, Move.End!.Value);
        return await RunAsync(
            id,
            () => grains.GetGrain<IMeetingGrain>(Move.MeetingId).MoveAsync(User.ToActor(), startsAt, endsAt, Move.Reason ?? ""),
            "De bijeenkomst is verzet; de leden krijgen een bijgewerkte uitnodiging.",
            new Dictionary<string, string> { ["reason"] = "Move.Reason", ["startsAt"] = "Move.Date", ["endsAt"] = "Move.End" });
    }

    public async Task<IActionResult> OnPostCancelAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Forbid();
        }

        Rule = RuleInput.From(Network.Rule);
        if (!await TryUpdateModelAsync(Cancel, nameof(Cancel)))
        {
            FormFor = Cancel.MeetingId;
            return Page();
        }

        FormFor = Cancel.MeetingId;
        if (!Cancel.Confirmed)
        {
            ModelState.AddModelError("Cancel.Confirmed", "Vink aan dat u deze bijeenkomst wilt aflassen.");
            return Page();
        }

        return await RunAsync(
            id,
            () => grains.GetGrain<IMeetingGrain>(Cancel.MeetingId).CancelAsync(User.ToActor(), Cancel.Reason ?? ""),
            "De bijeenkomst is afgelast; ingediende casussen gaan naar de volgende bijeenkomst.",
            new Dictionary<string, string> { ["reason"] = "Cancel.Reason" });
    }

    /// <summary>Where one planned meeting is held; the invitees get an updated calendar entry.</summary>
    public async Task<IActionResult> OnPostPlaceAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return Forbid();
        }

        Rule = RuleInput.From(Network.Rule);
        await TryUpdateModelAsync(PlaceChange, nameof(PlaceChange));
        FormFor = PlaceChange.MeetingId;
        return await RunAsync(
            id,
            () => grains.GetGrain<IMeetingGrain>(PlaceChange.MeetingId).ChangePlaceAsync(User.ToActor(), PlaceChange.Place, PlaceChange.OnlineLink),
            "De plek is gewijzigd; na publicatie krijgen de leden een bijgewerkte uitnodiging.",
            new Dictionary<string, string> { ["place"] = "PlaceChange.Place", ["onlineLink"] = "PlaceChange.OnlineLink" });
    }

    private async Task<IActionResult> RunAsync(string id, Func<Task> command, string done, IReadOnlyDictionary<string, string>? fields)
    {
        try
        {
            await command();
        }
        catch (DomainException refused) when (refused is not NotAllowedException and not NotFoundException)
        {
            ModelState.Add(refused, fields);
            Refused = refused is PersonalDataRefusedException personal ? personal.Fields : [];
            return Page();
        }

        Message = done;
        return RedirectToPage(new { id });
    }

    /// <summary>False when the signed-in person is not a coordinator of the network: the page is theirs alone.</summary>
    private async Task<bool> LoadAsync(string id)
    {
        var actor = User.ToActor();
        var network = grains.GetGrain<INetworkGrain>(id);
        Network = await network.GetAsync(actor);
        if (await network.GetRoleAsync(actor.UserId) != NetworkRole.Coordinator)
        {
            return false;
        }

        NextDates = await network.GetNextMeetingDatesAsync(6);
        var calendar = await network.GetCalendarAsync(actor);
        var planned = new List<PlannedMeeting>();
        foreach (var m in calendar.Where(m => m.Status is MeetingStatus.Concept or MeetingStatus.Published && m.EndsAt > Now))
        {
            var where = await grains.GetGrain<IMeetingGrain>(m.MeetingId).GetInvitationAsync();
            planned.Add(new PlannedMeeting(m, where.Title, where.Place, where.OnlineLink));
        }

        Planned = planned;
        Submissions = [.. (await network.GetCaseSubmissionsAsync(actor)).Where(s => s.SubmittedAt > Now.AddDays(-42))];
        return true;
    }

    public string Title(Guid? meetingId) =>
        meetingId is { } id ? Planned.FirstOrDefault(p => p.Meeting.MeetingId == id)?.Title ?? "een eerdere bijeenkomst" : "wacht op de volgende bijeenkomst";

    public sealed record PlannedMeeting(ScheduledMeeting Meeting, string Title, string? Place, string? OnlineLink);

    public sealed class RuleInput
    {
        [Range(1, 5, ErrorMessage = "Kies de week van de maand.")]
        public int Week { get; set; } = 2;

        public DayOfWeek Day { get; set; } = DayOfWeek.Tuesday;

        [Required(ErrorMessage = "Vul de begintijd in.")]
        public TimeOnly Start { get; set; } = new(19, 30);

        [Required(ErrorMessage = "Vul de eindtijd in.")]
        public TimeOnly End { get; set; } = new(21, 30);

        public string? Place { get; set; }

        public string? OnlineLink { get; set; }

        public static RuleInput From(MeetingRule? rule) => rule is null ? new() : new()
        {
            Week = rule.Week, Day = rule.Day, Start = rule.Start, End = rule.End, Place = rule.Place, OnlineLink = rule.OnlineLink,
        };
    }

    public sealed class MoveInput
    {
        public Guid MeetingId { get; set; }

        [Required(ErrorMessage = "Kies de nieuwe datum.")]
        public DateOnly? Date { get; set; }

        [Required(ErrorMessage = "Vul de begintijd in.")]
        public TimeOnly? Start { get; set; }

        [Required(ErrorMessage = "Vul de eindtijd in.")]
        public TimeOnly? End { get; set; }

        [Required(ErrorMessage = "Vul de reden in; de leden lezen die in de bijgewerkte uitnodiging.")]
        public string? Reason { get; set; }
    }

    public sealed class PlaceInput
    {
        public Guid MeetingId { get; set; }

        public string? Place { get; set; }

        public string? OnlineLink { get; set; }
    }

    public sealed class CancelInput
    {
        public Guid MeetingId { get; set; }

        [Required(ErrorMessage = "Vul de reden in om af te lassen.")]
        public string? Reason { get; set; }

        public bool Confirmed { get; set; }
    }
}
