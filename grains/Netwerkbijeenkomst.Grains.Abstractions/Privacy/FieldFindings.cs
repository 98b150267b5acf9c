using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>The findings in one field of a refused command.</summary>
[GenerateSerializer]
[Alias("FieldFindings")]
[Immutable]
public sealed record FieldFindings(string Field, ImmutableArray<PrivacyFinding> Findings);
