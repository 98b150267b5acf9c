using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;
using Netwerkbijeenkomst.Grains.Common;
using Netwerkbijeenkomst.Grains.Privacy;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>The meeting in its network's series: moving it, its place, the day it may start, and cases submitted after publication.</summary>
public sealed partial class MeetingGrain
{
    public async Task MoveAsync(Actor actor, DateTimeOffset startsAt, DateTimeOffset endsAt, string reason)
    {
        await RequireCoordinatorAsync(actor);
        var text = Require.Text(reason, "reason", "de reden om te verzetten", 500);
        if (State.StartsAt == startsAt && State.EndsAt == endsAt)
        {
            // The move just made, sent again, is done already.
            if (State.LastMoveReason == text)
            {
                return;
            }

            throw new InvalidInputException("meeting.time-unchanged", "startsAt", "Kies een andere datum of tijd dan de huidige.");
        }

        RequireStatus("meeting.cannot-move", "Alleen een bijeenkomst die nog niet begonnen is kan worden verzet.", MeetingStatus.Concept, MeetingStatus.Published);
        if (endsAt <= startsAt)
        {
            throw new InvalidInputException("meeting.ends-before-start", "endsAt", "De bijeenkomst moet eindigen na het begin.");
        }

        if (startsAt <= Now)
        {
            throw new InvalidInputException("meeting.starts-in-past", "startsAt", "Verzet de bijeenkomst naar een moment in de toekomst.");
        }

        await privacy.EnsureAsync(TextKind.Discussion, KnownPeopleAsync, ("reason", text));
        await Network.RecordMeetingAsync(actor, new ScheduledMeeting(Id, startsAt, endsAt, State.Status));
        if (State.Status == MeetingStatus.Published)
        {
            // A meeting moved earlier would otherwise be reminded of only at its old 48-hour moment, or not at all.
            await ScheduleAttendanceReminderAsync(startsAt);
        }

        await CommitAsync(new MeetingMoved(State.StartsAt, State.EndsAt, startsAt, endsAt, text, actor.UserId, Now));
    }

    public async Task ChangePlaceAsync(Actor actor, string? place, string? onlineLink)
    {
        await RequireCoordinatorAsync(actor);
        var validPlace = MeetingPlace.Place(place);
        var validLink = MeetingPlace.OnlineLink(onlineLink);
        if (validPlace == State.Place && validLink == State.OnlineLink)
        {
            return;
        }

        RequireStatus("meeting.cannot-change-place", "De plaats kan alleen worden gewijzigd voordat de bijeenkomst begint.", MeetingStatus.Concept, MeetingStatus.Published);
        if (validPlace is null && validLink is null)
        {
            throw new InvalidInputException("input.required", "place", "Vul een plaats of een link voor online deelnemen in.");
        }

        await privacy.EnsureAsync(TextKind.Venue, KnownPeopleAsync, ("place", validPlace));
        await CommitAsync(new MeetingPlaceChanged(validPlace, validLink, actor.UserId, Now));
    }

    public async Task<bool> TakeSubmittedCaseAsync(Actor actor, Guid caseId)
    {
        await RequireParticipantAsync(actor);
        if (State.Agenda.Any(i => i.CaseId == caseId))
        {
            return true;
        }

        if (State.Status == MeetingStatus.Concept)
        {
            return false;
        }

        RequireStatus("meeting.not-taking-cases", "Deze bijeenkomst neemt geen casussen meer aan. Probeer het opnieuw: de casus gaat dan naar de volgende bijeenkomst.", MeetingStatus.Published);

        // The network decides which cases go to which meeting; this meeting only takes what it was given.
        var submission = (await Network.GetOpenItemsAsync(Id)).SubmittedCases.FirstOrDefault(s => s.CaseId == caseId)
            ?? throw new InvalidStateException("meeting.case-not-submitted", "Deze casus is niet voor deze bijeenkomst ingediend.");
        var item = new AgendaItem(Guid.NewGuid(), AgendaItemKind.Case, submission.Label, DraftAgenda.MinutesPerCase, submission.BringerId, caseId);

        // Before any other business and the closing, where the draft agenda puts cases.
        var before = State.Agenda.FindIndex(i => i.Kind is AgendaItemKind.AnyOtherBusiness or AgendaItemKind.Closing);
        await (before < 0
            ? CommitAsync(new AgendaItemAdded(item, actor.UserId, Now))
            : CommitAsync(new AgendaItemAdded(item, actor.UserId, Now), new AgendaItemMoved(item.Id, before, actor.UserId, Now)));
        return true;
    }

    /// <summary>Tells the network where this meeting stands, before the change is stored here: the network may refuse it.</summary>
    private Task<ImmutableArray<CaseSubmission>> TellNetworkAsync(Actor actor, MeetingStatus status) =>
        Network.RecordMeetingAsync(actor, new ScheduledMeeting(Id, State.StartsAt, State.EndsAt, status));

    /// <summary>A cancelled meeting's cases go to the next meeting: onto a published one's agenda now, a concept's draft picks them up.</summary>
    private async Task HandOnCasesAsync(Actor actor, ImmutableArray<CaseSubmission> handedOn)
    {
        foreach (var submission in handedOn)
        {
            if (submission.MeetingId is { } next && next != Id && await GrainFactory.GetGrain<IMeetingGrain>(next).TakeSubmittedCaseAsync(actor, submission.CaseId))
            {
                await GrainFactory.GetGrain<ICaseGrain>(submission.CaseId).PlaceOnAgendaAsync(actor, next);
            }
        }
    }

    /// <summary>On the meeting's day in Amsterdam, or on another day when the coordinator confirmed it; returns whether it was another day.</summary>
    private bool RequireTheDayUnless(bool overrideDay)
    {
        var today = AmsterdamTime.Today(time);
        var day = AmsterdamTime.Day(State.StartsAt);
        if (today == day || overrideDay)
        {
            return today != day;
        }

        throw today < day
            ? new InvalidStateException("meeting.not-today", $"Deze bijeenkomst is op {DutchDates.Day(day)}. Beginnen kan op die dag; wilt u nu al beginnen, bevestig dat dan.")
            : new InvalidStateException("meeting.day-passed", $"Deze bijeenkomst stond op {DutchDates.Day(day)}. Wilt u haar toch nu beginnen, bevestig dat dan.");
    }
}
