using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>Everyone the authorization matrix tries: each demo role, a coordinator of another network, and nobody.</summary>
public static class Roles
{
    public const string Anonymous = "anoniem";
    public const string Administrator = "beheerder";
    public const string Coordinator = "coördinator";
    public const string Member = "vertrouwenspersoon";
    public const string OtherNetwork = "ander netwerk";
    public const string Municipality = "gemeente";

    public static readonly string[] All = [Anonymous, Administrator, Coordinator, Member, OtherNetwork, Municipality];

    public static string? Email(string role) => role switch
    {
        Administrator => DemoData.Administrator.Email,
        Coordinator => DemoData.Coordinator.Email,
        Member => DemoData.Members[0].Account.Email,
        OtherNetwork => DemoData.OtherCoordinator.Email,
        Municipality => DemoData.Municipality.Email,
        _ => null,
    };
}
