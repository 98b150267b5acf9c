namespace Netwerkbijeenkomst.Grains.Abstractions.Meetings;

/// <summary>
/// Who presents an item from outside the network: an institution on the social map (and optionally one of its contact
/// persons), by id, or a guest named in free text. Never both an institution and a name.
/// </summary>
[GenerateSerializer]
[Alias("AgendaGuest")]
[Immutable]
public sealed record AgendaGuest(string? InstitutionId, string? ContactPersonId, string? Name)
{
    public static AgendaGuest FromSocialMap(string institutionId, string? contactPersonId = null) => new(institutionId, contactPersonId, null);

    public static AgendaGuest Named(string name) => new(null, null, name);
}
