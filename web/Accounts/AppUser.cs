using Microsoft.AspNetCore.Identity;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>An account. What someone is in a network is the network grain's business, not the account's.</summary>
public sealed class AppUser : IdentityUser
{
    public string DisplayName { get; set; } = "";
}
