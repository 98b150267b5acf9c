namespace Netwerkbijeenkomst.Grains.Abstractions;

/// <summary>Who asks: an account id, and whether the account is a platform administrator (beheerder).</summary>
[GenerateSerializer]
[Alias("Actor")]
[Immutable]
public sealed record Actor(string UserId, bool IsAdministrator = false)
{
    public static Actor Administrator(string userId) => new(userId, IsAdministrator: true);
}
