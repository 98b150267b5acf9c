using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Abstractions.Networks;

/// <summary>A meeting as its network's calendar keeps it. The meeting grain sends it whole on every change, so a repeat is harmless.</summary>
[GenerateSerializer]
[Alias("ScheduledMeeting")]
[Immutable]
public sealed record ScheduledMeeting(Guid MeetingId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, MeetingStatus Status);

/// <summary>A case a member opened, as the network knows it: its label and, once submitted, the submission.</summary>
[GenerateSerializer]
[Alias("OwnCase")]
[Immutable]
public sealed record OwnCase(Guid CaseId, string Label, CaseSubmission? Submission);
