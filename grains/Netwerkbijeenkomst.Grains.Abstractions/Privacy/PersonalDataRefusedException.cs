using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>A free text holds identifying details; nothing was stored. Each finding names its kind and position.</summary>
[GenerateSerializer]
[Alias("PersonalDataRefusedException")]
public sealed class PersonalDataRefusedException(ImmutableArray<FieldFindings> fields)
    : DomainException("privacy.personal-data", Describe(fields))
{
    public const string ErrorCode = "privacy.personal-data";

    [Id(0)]
    public ImmutableArray<FieldFindings> Fields { get; } = fields;

    private static string Describe(ImmutableArray<FieldFindings> fields) =>
        "De tekst bevat gegevens die een persoon herkenbaar maken ("
        + string.Join(", ", fields.SelectMany(f => f.Findings).Select(x => PersonalDataNames.Dutch(x.Kind)).Distinct())
        + "). Haal ze weg of beschrijf ze in algemene woorden; er is niets opgeslagen.";
}
