using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>The meeting series: the rule, the calendar of the network's meetings, and where submitted cases go.</summary>
public sealed partial class NetworkGrain
{
    public async Task SetMeetingRuleAsync(Actor actor, MeetingRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        RequireCoordinator(actor);
        if (rule.Week is < 1 or > MeetingCalendar.LastWeek)
        {
            throw new InvalidInputException("network.rule-week", "week", "Kies de eerste tot en met vierde, of de laatste week van de maand.");
        }

        Require.Defined(rule.Day, "day", "de dag");
        if (rule.End <= rule.Start)
        {
            throw new InvalidInputException("network.rule-times", "end", "De eindtijd moet na de begintijd liggen.");
        }

        var valid = rule with { Place = MeetingPlace.Place(rule.Place), OnlineLink = MeetingPlace.OnlineLink(rule.OnlineLink) };
        if (valid == State.Rule)
        {
            return;
        }

        // The place names a building, so its address may stand in it; what could identify a person may not.
        await privacy.EnsureAsync(TextKind.Venue, KnownPeopleAsync, ("place", valid.Place));
        await CommitAsync(new MeetingRuleSet(valid, actor.UserId, Now));
    }

    public Task<ImmutableArray<DateTimeOffset>> GetNextMeetingDatesAsync(int count)
    {
        EnsureExists();
        if (count is < 1 or > 24)
        {
            throw new InvalidInputException("network.dates-count", "count", "Vraag 1 tot 24 datums op.");
        }

        return Task.FromResult(State.Rule is { } rule
            ? [.. MeetingCalendar.Upcoming(rule, Now).Where(date => State.OnSameDay(Guid.Empty, date) is null).Take(count)]
            : ImmutableArray<DateTimeOffset>.Empty);
    }

    public Task<MeetingRule?> GetMeetingRuleAsync()
    {
        EnsureExists();
        return Task.FromResult(State.Rule);
    }

    public async Task<ImmutableArray<CaseSubmission>> RecordMeetingAsync(Actor actor, ScheduledMeeting meeting)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        RequireCoordinator(actor);
        Require.Defined(meeting.Status, "status", "de stand van de bijeenkomst");
        var known = State.Calendar.GetValueOrDefault(meeting.MeetingId);
        if (known == meeting)
        {
            return HandedOnBy(meeting.MeetingId);
        }

        // A new meeting and a new date are checked; a meeting stored before the calendar existed may change status freely.
        var newDate = known is null ? meeting.Status == MeetingStatus.Concept : AmsterdamTime.Day(known.StartsAt) != AmsterdamTime.Day(meeting.StartsAt);
        if (newDate && meeting.Status != MeetingStatus.Cancelled && State.OnSameDay(meeting.MeetingId, meeting.StartsAt) is not null)
        {
            throw new InvalidStateException(
                "network.date-taken",
                $"Op {DutchDates.Day(AmsterdamTime.Day(meeting.StartsAt))} is al een bijeenkomst van dit netwerk. Kies een andere datum, of verzet of las die bijeenkomst eerst af.");
        }

        var events = new List<NetworkEvent> { new MeetingCalendarUpdated(meeting, actor.UserId, Now) };
        var waiting = State.Submissions.Values.Where(s => s.MeetingId is null).Select(s => s.CaseId).ToImmutableArray();
        if (known is null && !waiting.IsEmpty && meeting.Status is MeetingStatus.Concept or MeetingStatus.Published && meeting.StartsAt > Now)
        {
            events.Add(new CaseSubmissionsAssigned(waiting, meeting.MeetingId, null, actor.UserId, Now));
        }

        var orphaned = State.Submissions.Values.Where(s => s.MeetingId == meeting.MeetingId).Select(s => s.CaseId).ToImmutableArray();
        if (meeting.Status == MeetingStatus.Cancelled && known?.Status != MeetingStatus.Cancelled && !orphaned.IsEmpty)
        {
            events.Add(new CaseSubmissionsAssigned(orphaned, State.NextTakingCases(Now, meeting.MeetingId)?.MeetingId, meeting.MeetingId, actor.UserId, Now));
        }

        await CommitAsync([.. events]);
        return HandedOnBy(meeting.MeetingId);
    }

    public async Task<CaseSubmission> RegisterCaseSubmissionAsync(Actor actor, Guid caseId, string bringerId)
    {
        RequireMember(actor);
        var label = State.CaseLabels.GetValueOrDefault(caseId)
            ?? throw new NotFoundException("network.case-not-found", "Deze casus hoort niet bij dit netwerk.");

        // A repeat keeps where the case went, unless that meeting can no longer take it (it started, closed or was cancelled meanwhile).
        if (State.Submissions.TryGetValue(caseId, out var submitted)
            && !(submitted.MeetingId is { } target && State.Calendar.TryGetValue(target, out var meeting) && meeting.Status is not (MeetingStatus.Concept or MeetingStatus.Published)))
        {
            return submitted;
        }

        var next = State.NextTakingCases(Now);
        await CommitAsync(new CaseSubmissionRegistered(new CaseSubmission(caseId, label, bringerId, next?.MeetingId) { SubmittedAt = Now }, actor.UserId, Now));
        return State.Submissions[caseId];
    }

    public Task<ImmutableArray<ScheduledMeeting>> GetCalendarAsync(Actor actor)
    {
        RequireMember(actor);
        return Task.FromResult<ImmutableArray<ScheduledMeeting>>([.. State.Calendar.Values.OrderBy(m => m.StartsAt)]);
    }

    public Task<ImmutableArray<CaseSubmission>> GetCaseSubmissionsAsync(Actor actor)
    {
        RequireCoordinator(actor);
        return Task.FromResult<ImmutableArray<CaseSubmission>>([.. State.Submissions.Values.OrderByDescending(s => s.SubmittedAt)]);
    }

    public Task<ImmutableArray<OwnCase>> GetOwnCasesAsync(Actor actor)
    {
        RequireMember(actor);
        return Task.FromResult<ImmutableArray<OwnCase>>([.. State.CaseBringers
            .Where(c => c.Value == actor.UserId)
            .Select(c => new OwnCase(c.Key, State.CaseLabels[c.Key], State.Submissions.GetValueOrDefault(c.Key)))
            .OrderByDescending(c => c.Label, StringComparer.Ordinal)]);
    }

    private ImmutableArray<CaseSubmission> HandedOnBy(Guid meetingId) =>
        State.HandedOn.TryGetValue(meetingId, out var cases) ? [.. cases.Select(id => State.Submissions[id])] : [];
}
