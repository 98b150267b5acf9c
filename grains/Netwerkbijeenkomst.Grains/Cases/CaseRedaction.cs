using Netwerkbijeenkomst.Grains.Abstractions.Cases;

namespace Netwerkbijeenkomst.Grains.Cases;

/// <summary>A case's events with every free text emptied; ages, themes, institutions, statuses, outcomes and dates stay.</summary>
internal static class CaseRedaction
{
    public static CaseEvent Redact(CaseEvent @event) => @event switch
    {
        CaseOpened e => e with { Details = Redact(e.Details) },
        CaseEdited e => e with { Details = Redact(e.Details) },
        CaseAdviceRecorded e => e with { Advice = "", NextSteps = "" },
        FollowUpNoteAdded e => e with { Text = "" },
        CaseEscalated e => e with { Reason = "" },
        EscalationStatusChanged e => e with { Note = null },
        CaseClosed e => e with { Note = null },
        _ => @event,
    };

    private static CaseDetails Redact(CaseDetails details) => details with { Community = "", OtherTheme = null, Situation = "", Question = "" };
}
