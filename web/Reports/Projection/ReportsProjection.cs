using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Formatting;

namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// Keeps the report's figures from the event log (docs/report-figures.md): per network and Amsterdam month, counts per measure
/// and category, plus the few facts needed to count a case, escalation, meeting attendance and member once. It stores
/// no text: categories are numbers, free texts are sorted into fixed lists, and user ids only serve to count once.
/// </summary>
internal sealed class ReportsProjection : IEventProjection<AppDbContext>
{
    public string Name => "reports";

    // Of a meeting, what is counted or planned; the live room's talk (contributions, hands, rounds) is not.
    public bool Handles(LoggedEvent logged) => logged?.Event is NetworkEvent or CaseEvent
        or MeetingPlanned or MeetingMoved or DraftAgendaAssembled or AgendaItemAdded or AgendaItemEdited or AgendaItemRemoved
        or MeetingStarted or AttendeeJoined or MeetingClosed or MeetingCancelled;

    public async Task ApplyAsync(AppDbContext db, IReadOnlyList<LoggedEvent> events, CancellationToken cancellationToken)
    {
        var batch = new Batch(db, cancellationToken);
        foreach (var logged in events)
        {
            switch (logged.Event)
            {
                case NetworkEvent e:
                    await ApplyAsync(batch, logged.Key, e);
                    break;
                case MeetingEvent e:
                    await ApplyAsync(batch, Guid.ParseExact(logged.Key, "N"), e);
                    break;
                case CaseEvent e:
                    await ApplyAsync(batch, Guid.ParseExact(logged.Key, "N"), e);
                    break;
            }
        }
    }

    private static async Task ApplyAsync(Batch batch, string networkId, NetworkEvent e)
    {
        var db = batch.Db;
        switch (e)
        {
            case InstitutionAdded added when await batch.FindAsync(db.ReportInstitutions, networkId, added.InstitutionId) is null:
                db.ReportInstitutions.Add(new ReportInstitution { NetworkId = networkId, InstitutionId = added.InstitutionId, Kind = (int)added.Kind });
                await batch.CountAsync(networkId, Day(added.At), ReportMeasure.InstitutionsAdded, 0, 1);
                break;
            case InstitutionEdited edited when await batch.FindAsync(db.ReportInstitutions, networkId, edited.InstitutionId) is { } institution:
                institution.Kind = (int)edited.Details.Kind;
                break;
            case MemberInvited invited when await batch.FindAsync(db.ReportMembers, networkId, invited.UserId) is null:
                db.ReportMembers.Add(new ReportMember { NetworkId = networkId, UserId = invited.UserId, Languages = ReportLanguages.List.Bits(invited.Languages) });
                break;
            case MemberActivated activated when await batch.FindAsync(db.ReportMembers, networkId, activated.UserId) is { Active: false } member:
                member.Active = true;
                db.ReportMemberSpans.Add(new ReportMemberSpan { NetworkId = networkId, UserId = member.UserId, Languages = member.Languages, From = Day(activated.At) });
                break;
            case MemberDetailsEdited edited when await batch.FindAsync(db.ReportMembers, networkId, edited.UserId) is { } member:
                member.Languages = ReportLanguages.List.Bits(edited.Languages);
                if (await OpenSpanAsync(batch, networkId, edited.UserId) is { } span && span.Languages != member.Languages)
                {
                    var day = Day(edited.At);
                    if (span.From == day)
                    {
                        span.Languages = member.Languages;
                    }
                    else
                    {
                        span.Until = day;
                        db.ReportMemberSpans.Add(new ReportMemberSpan { NetworkId = networkId, UserId = member.UserId, Languages = member.Languages, From = day });
                    }
                }

                break;
            case MemberDeactivated deactivated when await batch.FindAsync(db.ReportMembers, networkId, deactivated.UserId) is { Active: true } member:
                member.Active = false;
                if (await OpenSpanAsync(batch, networkId, deactivated.UserId) is { } open)
                {
                    open.Until = Day(deactivated.At);
                }

                break;
            case MemberForgotten forgotten:
                await ForgetAsync(batch, networkId, forgotten.UserId, Day(forgotten.At));
                break;
            case ActionPointAdded added when await batch.FindAsync(db.ReportActionPoints, added.ActionPoint.Id) is null:
                db.ReportActionPoints.Add(new ReportActionPointFact
                {
                    ActionPointId = added.ActionPoint.Id, NetworkId = networkId, OpenedOn = Day(added.At), Due = added.ActionPoint.Due,
                });
                await batch.CountAsync(networkId, Day(added.At), ReportMeasure.ActionPointsOpened, 0, 1);
                break;
            case ActionPointDueDateMoved moved when await batch.FindAsync(db.ReportActionPoints, moved.ActionPointId) is { } point:
                point.Due = moved.To;
                break;
            case ActionPointCompleted completed:
                await CloseActionPointAsync(batch, networkId, completed.ActionPointId, ActionPointOutcome.Done, completed.At);
                break;
            case ActionPointCancelled cancelled:
                await CloseActionPointAsync(batch, networkId, cancelled.ActionPointId, ActionPointOutcome.NoLongerNeeded, cancelled.At);
                break;
            case ActionPointClosed closed:
                await CloseActionPointAsync(batch, networkId, closed.ActionPointId, closed.Outcome, closed.At);
                break;
        }
    }

    private static async Task ApplyAsync(Batch batch, Guid meetingId, MeetingEvent e)
    {
        var db = batch.Db;
        if (e is MeetingPlanned planned)
        {
            if (await batch.FindAsync(db.ReportMeetings, meetingId) is null)
            {
                db.ReportMeetings.Add(new ReportMeetingFact { MeetingId = meetingId, NetworkId = planned.NetworkId, PlannedMinutes = Minutes(planned.StartsAt, planned.EndsAt) });
            }

            return;
        }

        if (await batch.FindAsync(db.ReportMeetings, meetingId) is not { } meeting)
        {
            return;
        }

        switch (e)
        {
            case MeetingMoved moved:
                meeting.PlannedMinutes = Minutes(moved.StartsAt, moved.EndsAt);
                break;
            case DraftAgendaAssembled draft:
                foreach (var item in draft.Agenda)
                {
                    await SetGuestAsync(batch, meetingId, item);
                }

                break;
            case AgendaItemAdded added:
                await SetGuestAsync(batch, meetingId, added.Item);
                break;
            case AgendaItemEdited edited:
                await SetGuestAsync(batch, meetingId, edited.Item);
                break;
            case AgendaItemRemoved removed when await batch.FindAsync(db.ReportMeetingGuests, meetingId, removed.ItemId) is { } guest:
                db.ReportMeetingGuests.Remove(guest);
                break;
            case MeetingStarted started when meeting.StartedOn is null:
                meeting.StartedOn = Day(started.At);
                await batch.CountAsync(meeting.NetworkId, meeting.StartedOn.Value, ReportMeasure.MeetingsHeld, 0, 1);
                var guests = await RowsAsync(db.ReportMeetingGuests, g => g.MeetingId == meetingId, batch.CancellationToken);
                var institutions = guests.Select(g => g.InstitutionId).Distinct(StringComparer.Ordinal).Count();
                if (institutions > 0)
                {
                    await batch.CountAsync(meeting.NetworkId, meeting.StartedOn.Value, ReportMeasure.GuestInstitutions, 0, institutions);
                }

                db.ReportMeetingGuests.RemoveRange(guests);
                break;
            case AttendeeJoined joined when meeting.StartedOn is { } day
                && await batch.FindAsync(db.ReportMembers, meeting.NetworkId, joined.By) is { Active: true }
                && await batch.FindAsync(db.ReportAttendance, meetingId, joined.By) is null:
                db.ReportAttendance.Add(new ReportAttendance { MeetingId = meetingId, UserId = joined.By });
                await batch.CountAsync(meeting.NetworkId, day, ReportMeasure.Attendance, 0, 1);
                await batch.CountAsync(meeting.NetworkId, day, ReportMeasure.MeetingPersonMinutes, 0, meeting.PlannedMinutes);
                break;
            case MeetingClosed or MeetingCancelled:
                db.ReportAttendance.RemoveRange(await RowsAsync(db.ReportAttendance, a => a.MeetingId == meetingId, batch.CancellationToken));
                db.ReportMeetingGuests.RemoveRange(await RowsAsync(db.ReportMeetingGuests, g => g.MeetingId == meetingId, batch.CancellationToken));
                break;
        }
    }

    private static async Task ApplyAsync(Batch batch, Guid caseId, CaseEvent e)
    {
        var db = batch.Db;
        if (e is CaseOpened opened)
        {
            if (await batch.FindAsync(db.ReportCases, caseId) is null)
            {
                var fact = new ReportCaseFact { CaseId = caseId, NetworkId = opened.NetworkId };
                SetDetails(fact, opened.Details);
                db.ReportCases.Add(fact);
            }

            return;
        }

        if (await batch.FindAsync(db.ReportCases, caseId) is not { } reported)
        {
            return;
        }

        var network = reported.NetworkId;
        switch (e)
        {
            case CaseEdited edited:
                SetDetails(reported, edited.Details);
                break;
            case CaseSubmitted submitted when !reported.Submitted:
                reported.Submitted = true;
                await CountCaseAsync(batch, reported, Day(submitted.At), ReportMeasure.CasesSubmittedByAgeBand, ReportMeasure.CasesSubmittedByTheme, ReportMeasure.CasesSubmittedByCommunity);
                break;
            case CaseAdviceRecorded advice:
                await batch.CountAsync(network, Day(advice.At), ReportMeasure.AdviceGiven, 0, 1);
                if (!reported.Discussed)
                {
                    reported.Discussed = true;
                    await CountCaseAsync(batch, reported, Day(advice.At), ReportMeasure.CasesDiscussedByAgeBand, ReportMeasure.CasesDiscussedByTheme, ReportMeasure.CasesDiscussedByCommunity);
                }

                break;
            case CaseEscalated escalated when await batch.FindAsync(db.ReportEscalations, escalated.EscalationId) is null:
                // The grain only escalates to an institution on the map; one missing here is kept out of "by kind" rather than guessed.
                var kind = (await batch.FindAsync(db.ReportInstitutions, network, escalated.InstitutionId))?.Kind ?? -1;
                db.ReportEscalations.Add(new ReportEscalationFact { EscalationId = escalated.EscalationId, NetworkId = network, Kind = kind, EscalatedOn = Day(escalated.At) });
                if (kind >= 0)
                {
                    await batch.CountAsync(network, Day(escalated.At), ReportMeasure.EscalationsByKind, kind, 1);
                }

                break;
            case EscalationStatusChanged changed when await batch.FindAsync(db.ReportEscalations, changed.EscalationId) is { Settled: false } escalation:
                if (ReportEscalationOutcomes.Of(changed.Status) is { } outcome)
                {
                    escalation.Settled = true;
                    if (outcome == ReportEscalationOutcomes.InCare)
                    {
                        escalation.InCareOn = Day(changed.At);
                    }

                    await batch.CountAsync(network, Day(changed.At), ReportMeasure.EscalationsSettled, outcome, 1);
                }

                break;
            case CaseClosed closed:
                await batch.CountAsync(network, Day(closed.At), ReportMeasure.CasesClosedByOutcome, (int)closed.Outcome, 1);
                break;
            case CaseHoursLogged hours:
                await batch.CountAsync(network, hours.Day, ReportMeasure.CaseQuarterHours, 0, hours.QuarterHours);
                await batch.CountAsync(network, hours.Day, ReportMeasure.CaseHourEntries, 0, 1);
                break;
        }
    }

    private static async Task CountCaseAsync(Batch batch, ReportCaseFact fact, DateOnly day, ReportMeasure byAge, ReportMeasure byTheme, ReportMeasure byCommunity)
    {
        await batch.CountAsync(fact.NetworkId, day, byAge, fact.AgeBand, 1);
        await batch.CountAsync(fact.NetworkId, day, byCommunity, fact.Community, 1);
        foreach (var theme in Enum.GetValues<CaseTheme>())
        {
            if ((fact.Themes & (1 << (int)theme)) != 0)
            {
                await batch.CountAsync(fact.NetworkId, day, byTheme, (int)theme, 1);
            }
        }
    }

    private static void SetDetails(ReportCaseFact fact, CaseDetails details)
    {
        fact.AgeBand = (int)details.AgeBand;
        fact.Themes = details.Themes.Aggregate(0, (bits, theme) => bits | (1 << (int)theme));

        // The community is free text (and empty once erased): only its category in a fixed list is kept.
        fact.Community = ReportCommunities.List.Classify(details.Community);
    }

    private static async Task CloseActionPointAsync(Batch batch, string networkId, Guid id, ActionPointOutcome outcome, DateTimeOffset at)
    {
        if (await batch.FindAsync(batch.Db.ReportActionPoints, id) is { ClosedOn: null } point)
        {
            point.ClosedOn = Day(at);
            await batch.CountAsync(networkId, point.ClosedOn.Value, ReportMeasure.ActionPointsClosed, (int)outcome, 1);
        }
    }

    private static async Task SetGuestAsync(Batch batch, Guid meetingId, AgendaItem item)
    {
        var guest = await batch.FindAsync(batch.Db.ReportMeetingGuests, meetingId, item.Id);
        var institution = item.Guest?.InstitutionId;
        if (institution is null)
        {
            if (guest is not null)
            {
                batch.Db.ReportMeetingGuests.Remove(guest);
            }
        }
        else if (guest is null)
        {
            batch.Db.ReportMeetingGuests.Add(new ReportMeetingGuest { MeetingId = meetingId, ItemId = item.Id, InstitutionId = institution });
        }
        else
        {
            guest.InstitutionId = institution;
        }
    }

    /// <summary>The member's user id leaves every report table: their spans stay (the past counts stay) without it.</summary>
    private static async Task ForgetAsync(Batch batch, string networkId, string userId, DateOnly day)
    {
        var db = batch.Db;
        foreach (var span in await RowsAsync(db.ReportMemberSpans, s => s.NetworkId == networkId && s.UserId == userId, batch.CancellationToken))
        {
            span.UserId = null;
            span.Until ??= day;
        }

        if (await batch.FindAsync(db.ReportMembers, networkId, userId) is { } member)
        {
            db.ReportMembers.Remove(member);
        }

        db.ReportAttendance.RemoveRange(await RowsAsync(db.ReportAttendance, a => a.UserId == userId, batch.CancellationToken));
    }

    private static async Task<ReportMemberSpan?> OpenSpanAsync(Batch batch, string networkId, string userId) =>
        (await RowsAsync(batch.Db.ReportMemberSpans, s => s.NetworkId == networkId && s.UserId == userId && s.Until == null, batch.CancellationToken)).FirstOrDefault();

    /// <summary>The rows stored and the rows staged in this batch that match, without the ones staged for deletion.</summary>
    private static async Task<List<T>> RowsAsync<T>(DbSet<T> set, System.Linq.Expressions.Expression<Func<T, bool>> match, CancellationToken cancellationToken)
        where T : class
    {
        await set.Where(match).LoadAsync(cancellationToken);
        var compiled = match.Compile();
        var entries = set.Local.Where(compiled).ToList();
        return entries;
    }

    private static DateOnly Day(DateTimeOffset at) => DutchFormat.Today(at);

    private static int Minutes(DateTimeOffset start, DateTimeOffset end) => Math.Max(0, (int)(end - start).TotalMinutes);

    /// <summary>One batch's context, with the counts it touched kept at hand so each is read at most once.</summary>
    private sealed class Batch(AppDbContext db, CancellationToken cancellationToken)
    {
        private readonly Dictionary<(string, DateOnly, ReportMeasure, int), ReportCount> _counts = [];

        public AppDbContext Db { get; } = db;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public ValueTask<T?> FindAsync<T>(DbSet<T> set, params object[] key)
            where T : class => set.FindAsync(key, CancellationToken);

        public async Task CountAsync(string networkId, DateOnly day, ReportMeasure measure, int category, int count)
        {
            var month = new DateOnly(day.Year, day.Month, 1);
            var key = (networkId, month, measure, category);
            if (!_counts.TryGetValue(key, out var row))
            {
                row = await Db.ReportCounts.FindAsync([networkId, month, measure, category], CancellationToken);
                if (row is null)
                {
                    row = new ReportCount { NetworkId = networkId, Month = month, Measure = measure, Category = category };
                    Db.ReportCounts.Add(row);
                }

                _counts[key] = row;
            }

            row.Count += count;
        }
    }
}
