using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Privacy;

/// <summary>
/// The network's own people at the time of a check: the names of its members and coordinators and of the contact
/// persons on its social map, and those contact persons' work phone numbers and e-mail addresses. They may be named
/// in discussion texts; they are not the clients the check protects.
/// </summary>
[GenerateSerializer]
[Alias("KnownPeople")]
[Immutable]
public sealed record KnownPeople(ImmutableArray<string> Names, ImmutableArray<string> Phones, ImmutableArray<string> Emails)
{
    public static KnownPeople None { get; } = new([], [], []);
}
