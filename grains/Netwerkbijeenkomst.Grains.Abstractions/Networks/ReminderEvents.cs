using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>
/// The daily round found open action points due within three days (<see cref="DueSoon"/>, "bijna") or past their
/// due date (<see cref="Overdue"/>, "verlopen") that were not reminded of for that due date yet; their owners get a mail.
/// </summary>
[GenerateSerializer]
[Alias("ActionPointRemindersDue")]
[Immutable]
public sealed record ActionPointRemindersDue(
    DateOnly Today, ImmutableArray<RemindedActionPoint> DueSoon, ImmutableArray<RemindedActionPoint> Overdue, string By, DateTimeOffset At) : NetworkEvent(By, At);

/// <summary>The coordinators' summary of ISO week <see cref="Week"/> of <see cref="Year"/> fell due: what it holds, by id; once per week.</summary>
[GenerateSerializer]
[Alias("WeeklySummaryDue")]
[Immutable]
public sealed record WeeklySummaryDue(
    int Year,
    int Week,
    ImmutableArray<string> Coordinators,
    ImmutableArray<Guid> DueThisWeek,
    ImmutableArray<Guid> Overdue,
    ImmutableArray<Guid> WaitingEscalations,
    string By,
    DateTimeOffset At) : NetworkEvent(By, At);
