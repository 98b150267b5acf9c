namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>Roles and claims kept on the account; network roles (coördinator, vertrouwenspersoon) live in the network grain.</summary>
public static class AppRoles
{
    public const string Administrator = "Beheerder";

    /// <summary>Claim naming the municipality whose figures a municipality viewer may see.</summary>
    public const string MunicipalityClaim = "gemeente";

    /// <summary>Claim naming the province whose municipalities' totals a province viewer may see.</summary>
    public const string ProvinceClaim = "provincie";
}
