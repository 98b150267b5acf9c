using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>
/// A meeting's events with every text about one case emptied: contributions about it or under its item, advice, escalation
/// reasons, action points, the minutes' notes on its items, and what was said in the rounds of peer consultation on it.
/// </summary>
internal static class MeetingRedaction
{
    public static Func<MeetingEvent, MeetingEvent> About(Guid caseId, IReadOnlySet<Guid> caseItems, IReadOnlySet<Guid> caseRounds) => @event => @event switch
    {
        ContributionPosted e when e.Contribution.CaseId == caseId || caseItems.Contains(e.Contribution.AgendaItemId) => e with { Contribution = e.Contribution with { Text = "" } },
        AdviceRecorded e when e.CaseId == caseId => e with { Advice = "", NextSteps = "" },
        EscalationRecorded e when e.Escalation.CaseId == caseId => e with { Escalation = e.Escalation with { Reason = "" } },
        ActionPointRecorded e when e.ActionPoint.CaseId == caseId => e with { ActionPoint = e.ActionPoint with { Description = "" } },
        MinutesNoteWritten e when caseItems.Contains(e.ItemId) => e with { Note = "" },
        RoundEntryPosted e when caseRounds.Contains(e.RoundId) => e with { Entry = e.Entry with { Text = "" } },
        _ => @event,
    };
}
