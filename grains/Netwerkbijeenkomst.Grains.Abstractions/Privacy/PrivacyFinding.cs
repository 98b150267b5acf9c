namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>One identifying detail found in a text: its kind and where it is (UTF-16 offsets).</summary>
[GenerateSerializer]
[Alias("PrivacyFinding")]
[Immutable]
public sealed record PrivacyFinding(PersonalDataKind Kind, int Start, int Length);
