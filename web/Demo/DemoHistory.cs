using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Demo;

/// <summary>
/// Plays a demo network's past year through the grains' own commands, each at its moment of the past on the
/// <see cref="DemoClock"/>: founding, members joining, institutions added, monthly meetings with attendance, cases with
/// advice, action points and escalations that move on, cases closed, hours logged. Random but seeded, so every start
/// tells the same story relative to today.
/// </summary>
internal sealed class DemoHistory(IGrainFactory grains, IReadOnlyDictionary<string, string> ids, Actor admin, DateTimeOffset now)
{
    private readonly List<List<(DateTimeOffset At, int Order, Func<Task> Step)>> _stories = [];

    private List<(DateTimeOffset At, int Order, Func<Task> Step)> _timeline = [];

    /// <summary>Plans the story's steps; <see cref="PlayAsync"/> runs each planned story's steps in the order of their moments.</summary>
    public void Plan(DemoNetworkStory story)
    {
        _timeline = [];
        _stories.Add(_timeline);
        var random = new Random(story.Seed);
        var network = grains.GetGrain<INetworkGrain>(story.NetworkId);
        var coordinator = new Actor(ids[story.Coordinator.Email]);
        var foundedOn = DutchFormat.Today(now).AddMonths(-story.FoundedMonthsAgo).AddDays(-10);
        var founded = AmsterdamClock.At(foundedOn, new TimeOnly(10, 0));

        At(founded, () => network.CreateAsync(admin, story.Name, story.Municipality, new Coordinator(coordinator.UserId, story.Coordinator.Name)));
        At(founded.AddMinutes(5), () => network.SetMeetingRuleAsync(coordinator, story.Rule));

        var joined = new List<(Actor Member, DateTimeOffset At)>();
        foreach (var (account, community, languages, month) in story.Members)
        {
            var member = new Actor(ids[account.Email]);
            var invited = founded.AddMonths(month).AddDays(1 + joined.Count % 5).AddMinutes(joined.Count);
            At(invited, () => network.InviteMemberAsync(coordinator, member.UserId, account.Name, [community], [.. languages]));
            At(invited.AddHours(20), () => network.ActivateMemberAsync(member, member.UserId));
            joined.Add((member, invited.AddHours(21)));
        }

        var institutions = new List<(string Id, string ContactId, InstitutionKind Kind, DateTimeOffset At)>();
        foreach (var (month, id, name, kind, roles, contact) in story.Institutions)
        {
            var added = founded.AddMonths(month).AddHours(2).AddMinutes(institutions.Count * 3);
            At(added, () => network.AddInstitutionAsync(coordinator, id, name, kind, roles));
            At(added.AddMinutes(1), () => network.AddContactPersonAsync(coordinator, id, contact));
            institutions.Add((id, contact.Id, kind, added.AddMinutes(2)));
        }

        var previous = founded.AddDays(2);
        for (var month = 1; month <= story.FoundedMonthsAgo + 1; month++)
        {
            var startsAt = MeetingDate(foundedOn.AddMonths(month), story.Rule);
            if (startsAt > now.AddDays(-2) || startsAt <= previous.AddDays(14) || !story.MeetsInMonth(month))
            {
                continue;
            }

            PlanMeeting(story, random, coordinator, joined, institutions, previous, startsAt);
            previous = startsAt;
        }
    }

    /// <summary>The networks share no grain, so their stories play side by side, each on its own wound clock (a request-context value per flow).</summary>
    public Task PlayAsync() => Task.WhenAll(_stories.Select(PlayStoryAsync));

    private static async Task PlayStoryAsync(List<(DateTimeOffset At, int Order, Func<Task> Step)> timeline)
    {
        foreach (var (at, _, step) in timeline.OrderBy(s => s.At).ThenBy(s => s.Order))
        {
            DemoClock.WindTo(at);
            await step();
        }

        DemoClock.Release();
    }

    private void PlanMeeting(
        DemoNetworkStory story,
        Random random,
        Actor coordinator,
        List<(Actor Member, DateTimeOffset At)> joined,
        List<(string Id, string ContactId, InstitutionKind Kind, DateTimeOffset At)> institutions,
        DateTimeOffset previous,
        DateTimeOffset startsAt)
    {
        var meeting = grains.GetGrain<IMeetingGrain>(Guid.NewGuid());
        var endsAt = startsAt.AddMinutes(90);
        var planned = previous.AddDays(1);
        At(planned, () => meeting.PlanAsync(coordinator, story.NetworkId, "Netwerkbijeenkomst " + AmsterdamClock.Local(startsAt).ToString("MMMM yyyy", DutchFormat.Culture), startsAt, endsAt));

        var assembled = startsAt.AddDays(-7).AddHours(-8);
        var bringers = joined.Where(j => j.At < planned).Select(j => j.Member).ToList();
        var active = joined.Where(j => j.At < assembled).Select(j => j.Member).ToList();
        if (bringers.Count == 0)
        {
            return;
        }

        // Cases come in between the last meeting and a week before this one; the network hands each to this meeting.
        var cases = new List<(ICaseGrain Grain, Actor Bringer, CaseDetails Details, DateTimeOffset Opened)>();
        var firstDay = DateOnly.FromDateTime(AmsterdamClock.Local(planned)).AddDays(1);
        var days = Math.Max(1, DateOnly.FromDateTime(AmsterdamClock.Local(assembled)).DayNumber - firstDay.DayNumber);
        for (var i = random.Next(story.MinCasesPerMeeting, story.MaxCasesPerMeeting + 1); i > 0; i--)
        {
            var bringer = bringers[random.Next(bringers.Count)];
            var opened = AmsterdamClock.At(firstDay.AddDays(random.Next(days)), new TimeOnly(9 + random.Next(11), random.Next(60)));
            var details = DemoStories.Case(random);
            var grain = grains.GetGrain<ICaseGrain>(Guid.NewGuid());
            At(opened, () => grain.CreateAsync(bringer, story.NetworkId, details));
            At(opened.AddMinutes(10), () => grain.SubmitAsync(bringer));
            cases.Add((grain, bringer, details, opened));
        }

        At(assembled, () => meeting.AssembleDraftAgendaAsync(coordinator));
        At(assembled.AddMinutes(5), () => meeting.PublishAsync(coordinator));

        // Answers in the days before; most who said yes come, some who did not answer come too.
        var present = new List<Actor>();
        foreach (var member in active)
        {
            var answer = random.NextDouble();
            var rsvp = answer < 0.65 ? Rsvp.Yes : answer < 0.8 ? Rsvp.No : answer < 0.9 ? Rsvp.Maybe : (Rsvp?)null;
            if (rsvp is { } given)
            {
                At(assembled.AddDays(1 + random.Next(5)).AddHours(random.Next(10)), () => meeting.RespondAsync(member, given));
            }

            var comes = rsvp switch { Rsvp.Yes => 0.9, Rsvp.Maybe => 0.5, Rsvp.No => 0.03, _ => 0.25 };
            if (random.NextDouble() < comes)
            {
                present.Add(member);
            }
        }

        At(startsAt.AddMinutes(-5), () => meeting.StartAsync(coordinator));
        At(startsAt.AddMinutes(-4), () => meeting.JoinAsync(coordinator));
        foreach (var (member, index) in present.Select((m, i) => (m, i)))
        {
            At(startsAt.AddMinutes(-3 + index % 8), () => meeting.JoinAsync(member));
        }

        var discussed = startsAt.AddMinutes(20);
        foreach (var (grain, bringer, details, opened) in cases)
        {
            var caseId = grain.GetPrimaryKey();
            var (advice, nextSteps) = DemoStories.Advice(details, random);
            At(discussed, () => meeting.RecordAdviceAsync(coordinator, Guid.NewGuid(), caseId, advice, nextSteps));
            var settledAt = (DateTimeOffset?)discussed;
            var outcome = CaseOutcome.Resolved;
            var available = institutions.Where(i => i.At < discussed).ToList();
            if (random.NextDouble() < story.EscalationShare && available.Count > 0)
            {
                var target = DemoStories.Destination(details, available.Select(i => i.Kind).ToList(), random);
                var (institutionId, contactId, _, _) = available.First(i => i.Kind == target);
                var escalationId = Guid.NewGuid();
                At(discussed.AddMinutes(5), () => meeting.RecordEscalationAsync(coordinator, escalationId, caseId, institutionId, contactId, DemoStories.Reason(target), random.NextDouble() < 0.2 ? Urgency.High : Urgency.Normal));
                (settledAt, outcome) = PlanEscalation(grain, coordinator, escalationId, discussed, random);
            }

            PlanHours(grain, bringer, opened, random);
            if (settledAt is { } settled && random.NextDouble() < 0.7)
            {
                var closed = Later(settled.AddDays(1), startsAt.AddDays(20 + random.Next(30)));
                var final = outcome == CaseOutcome.Resolved ? DemoStories.OutcomeWithoutCare(random) : outcome;
                At(closed, () => grain.CloseAsync(bringer, final, null));
            }

            discussed = discussed.AddMinutes(15);
        }

        var due = DateOnly.FromDateTime(AmsterdamClock.Local(startsAt)).AddDays(random.Next(2) == 0 ? 14 : 21);
        for (var i = random.Next(1, 3); i > 0; i--)
        {
            var owner = present.Count > 0 && random.NextDouble() < 0.8 ? present[random.Next(present.Count)] : coordinator;
            var pointId = Guid.NewGuid();
            var description = DemoStories.ActionPoint(random);
            At(discussed.AddMinutes(i), () => meeting.RecordActionPointAsync(coordinator, pointId, description, owner.UserId, due, null));
            var fate = random.NextDouble();
            if (fate < 0.65)
            {
                At(AmsterdamClock.At(due.AddDays(random.Next(-6, 4)), new TimeOnly(11, 0)), () => grains.GetGrain<INetworkGrain>(story.NetworkId).CompleteActionPointAsync(owner, pointId));
            }
            else if (fate < 0.75)
            {
                At(AmsterdamClock.At(due.AddDays(-2), new TimeOnly(12, 0)), () => grains.GetGrain<INetworkGrain>(story.NetworkId).CloseActionPointAsync(owner, pointId, ActionPointOutcome.NoLongerNeeded, null));
            }

            // The rest stays open: once its due date has passed, it shows as overdue.
        }

        At(endsAt, () => meeting.CloseAsync(coordinator));
    }

    /// <summary>Picked up within days; then mostly in care within a month, sometimes declined or sent back; a few stay open.</summary>
    private (DateTimeOffset? SettledAt, CaseOutcome Outcome) PlanEscalation(ICaseGrain grain, Actor coordinator, Guid escalationId, DateTimeOffset escalated, Random random)
    {
        var fate = random.NextDouble();
        if (fate < 0.08)
        {
            var declined = escalated.AddDays(4 + random.Next(6));
            At(declined, () => grain.MoveEscalationAsync(coordinator, escalationId, Guid.NewGuid(), EscalationStatus.Declined, "De instelling heeft geen plek; het netwerk zoekt samen met de familie een andere weg."));
            return (declined, CaseOutcome.NotReached);
        }

        var pickedUp = escalated.AddDays(1 + random.Next(5)).AddHours(random.Next(8));
        At(pickedUp, () => grain.MoveEscalationAsync(coordinator, escalationId, Guid.NewGuid(), EscalationStatus.ContactMade, null));
        if (fate < 0.18)
        {
            var returned = pickedUp.AddDays(3 + random.Next(10));
            At(returned, () => grain.MoveEscalationAsync(coordinator, escalationId, Guid.NewGuid(), EscalationStatus.Declined, "Past niet bij wat de instelling kan bieden; de vertrouwenspersoon zoekt verder met het buurtteam."));
            return (returned, CaseOutcome.Other);
        }

        if (fate < 0.85)
        {
            var inCare = pickedUp.AddDays(4 + random.Next(25));
            At(inCare, () => grain.MoveEscalationAsync(coordinator, escalationId, Guid.NewGuid(), EscalationStatus.InCare, null));
            return (inCare, CaseOutcome.ReferredToCare);
        }

        return (null, CaseOutcome.ReferredToCare);
    }

    /// <summary>One to three entries by the bringer, from the day the case came in.</summary>
    private void PlanHours(ICaseGrain grain, Actor bringer, DateTimeOffset opened, Random random)
    {
        var first = DateOnly.FromDateTime(AmsterdamClock.Local(opened));
        for (var i = random.Next(1, 4); i > 0; i--)
        {
            var day = first.AddDays(random.Next(35));
            var quarterHours = random.Next(2, 13);
            At(AmsterdamClock.At(day, new TimeOnly(21, 0)), () => grain.LogHoursAsync(bringer, Guid.NewGuid(), quarterHours, day));
        }
    }

    /// <summary>The meeting rule's date in <paramref name="month"/>'s month, at its start.</summary>
    private static DateTimeOffset MeetingDate(DateOnly month, MeetingRule rule)
    {
        var first = new DateOnly(month.Year, month.Month, 1);
        var day = first.AddDays(((int)rule.Day - (int)first.DayOfWeek + 7) % 7 + 7 * (rule.Week - 1));
        return AmsterdamClock.At(day, rule.Start);
    }

    private static DateTimeOffset Later(DateTimeOffset one, DateTimeOffset other) => one > other ? one : other;

    /// <summary>Steps whose moment has not come yet are left out: the story stops at today, with what is still open.</summary>
    private void At(DateTimeOffset at, Func<Task> step)
    {
        if (at < now.AddMinutes(-5))
        {
            _timeline.Add((at, _timeline.Count, step));
        }
    }
}
