namespace Netwerkbijeenkomst.Grains.Abstractions;

/// <summary>Who asks: an account id, and whether the account is a platform administrator (beheerder).</summary>
[GenerateSerializer]
[Alias("Actor")]
[Immutable]
public sealed record Actor(string UserId, bool IsAdministrator = false)
{
    /// <summary>The prefix of the actor a contact person answers as, through the link the web has checked: they have no account.</summary>
    public const string ContactPersonPrefix = "contactpersoon:";

    public static Actor Administrator(string userId) => new(userId, IsAdministrator: true);

    /// <summary>The contact person <paramref name="contactPersonId"/> of the social map, answering through their link.</summary>
    public static Actor ContactPerson(string contactPersonId) => new(ContactPersonPrefix + contactPersonId);

    /// <summary>The contact person's id when this actor is one; null for an account.</summary>
    public string? GetContactPersonId() => UserId.StartsWith(ContactPersonPrefix, StringComparison.Ordinal) ? UserId[ContactPersonPrefix.Length..] : null;
}
