using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.Audit;

/// <summary>The role an access-log line records, in the words the log pages show.</summary>
public static class AccessRoles
{
    public static string Name(NetworkRole role) => role switch
    {
        NetworkRole.Coordinator => "coördinator",
        NetworkRole.Member => "vertrouwenspersoon",
        _ => "geen",
    };
}
