namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>The kinds of identifying details the privacy check looks for.</summary>
[GenerateSerializer]
[Alias("PersonalDataKind")]
public enum PersonalDataKind
{
    Bsn,
    Phone,
    Email,
    Iban,
    Postcode,
    Address,
    Date,
    Plate,
    Name,
}
