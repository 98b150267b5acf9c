namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>
/// What a <see cref="ReportCount"/> row counts. Stored as its number: add members at the end only. The category's
/// meaning is given per measure; a measure without categories uses 0.
/// </summary>
public enum ReportMeasure
{
    /// <summary>Meetings started, in the month of the start.</summary>
    MeetingsHeld = 0,

    /// <summary>Members present at a meeting, each once per meeting, in the meeting's month.</summary>
    Attendance = 1,

    /// <summary>Planned minutes of a meeting for each member present: the meetings' share of the hours (not a count of people).</summary>
    MeetingPersonMinutes = 2,

    /// <summary>Cases submitted for the first time, by <see cref="Grains.Abstractions.Cases.AgeBand"/>.</summary>
    CasesSubmittedByAgeBand = 3,

    /// <summary>Cases submitted for the first time, by theme (non-exclusive).</summary>
    CasesSubmittedByTheme = 4,

    /// <summary>Cases submitted for the first time, by <see cref="ReportCommunities"/> category.</summary>
    CasesSubmittedByCommunity = 5,

    /// <summary>Cases discussed (first advice), by age band.</summary>
    CasesDiscussedByAgeBand = 6,

    /// <summary>Cases discussed (first advice), by theme (non-exclusive).</summary>
    CasesDiscussedByTheme = 7,

    /// <summary>Cases discussed (first advice), by community category.</summary>
    CasesDiscussedByCommunity = 8,

    /// <summary>Advice recorded on cases.</summary>
    AdviceGiven = 9,

    /// <summary>Action points added.</summary>
    ActionPointsOpened = 10,

    /// <summary>Action points settled, by <see cref="Grains.Abstractions.Networks.ActionPointOutcome"/>.</summary>
    ActionPointsClosed = 11,

    /// <summary>Escalations to care, by the <see cref="Grains.Abstractions.Networks.InstitutionKind"/> of their institution.</summary>
    EscalationsByKind = 12,

    /// <summary>Escalations settled, by <see cref="ReportEscalationOutcomes"/> category, in the month they settled.</summary>
    EscalationsSettled = 13,

    /// <summary>Cases closed, by <see cref="Grains.Abstractions.Cases.CaseOutcome"/>.</summary>
    CasesClosedByOutcome = 14,

    /// <summary>Institutions added to the social map (organisations, not people).</summary>
    InstitutionsAdded = 15,

    /// <summary>Quarter hours logged on cases, in the month of the day worked (not a count of people).</summary>
    CaseQuarterHours = 16,

    /// <summary>Entries of logged case hours: the count the case hours are built from.</summary>
    CaseHourEntries = 17,

    /// <summary>Institutions presenting as guests at a meeting that started (organisations, not people).</summary>
    GuestInstitutions = 18,
}
