namespace Netwerkbijeenkomst.LoadBare;

/// <summary>The product's ContributionAdded message, field for field.</summary>
internal sealed record BareContributionAdded(int Sequence, DateTimeOffset At, BareContribution Contribution);
