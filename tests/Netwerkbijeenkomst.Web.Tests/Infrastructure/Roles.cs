using Netwerkbijeenkomst.Web.Demo;

namespace Netwerkbijeenkomst.Web.Tests.Infrastructure;

/// <summary>
/// Everyone the authorization matrix tries: each demo role, a coordinator of another network, a municipality and a
/// province account of elsewhere (<see cref="ReportViewers"/>), and nobody.
/// </summary>
public static class Roles
{
    public const string Anonymous = "anoniem";
    public const string Administrator = "beheerder";
    public const string Coordinator = "coördinator";
    public const string Member = "vertrouwenspersoon";
    public const string OtherNetwork = "ander netwerk";
    public const string Municipality = "gemeente";
    public const string OtherMunicipality = "andere gemeente";
    public const string Province = "provincie";
    public const string OtherProvince = "andere provincie";

    public static readonly string[] All = [Anonymous, Administrator, Coordinator, Member, OtherNetwork, Municipality, OtherMunicipality, Province, OtherProvince];

    public static string? Email(string role) => role switch
    {
        Administrator => DemoData.Administrator.Email,
        Coordinator => DemoData.Coordinator.Email,
        Member => DemoData.Members[0].Account.Email,
        OtherNetwork => DemoData.OtherCoordinator.Email,
        Municipality => DemoData.Municipality.Email,
        OtherMunicipality => ReportViewers.OtherMunicipality,
        Province => DemoData.ProvinceAccount.Email,
        OtherProvince => ReportViewers.OtherProvince,
        _ => null,
    };
}
