using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// Invitation and password-reset mails. Both carry Identity's reset token: it expires (see AddAccounts) and is
/// spent once a password is set, because setting one changes the account's security stamp.
/// </summary>
public sealed class AccountLinks(UserManager<AppUser> users, IMailSender mail, IConfiguration configuration)
{
    public async Task SendInvitationAsync(AppUser user, string networkName)
    {
        var link = await LinkAsync(user, "/account/uitnodiging");
        await mail.SendAsync(
            user.Email!,
            $"Uitnodiging voor {networkName}",
            $"Beste {user.DisplayName},\n\nU bent uitgenodigd voor {networkName} op Netwerkbijeenkomst.\nKies via deze link een wachtwoord (de link is {AccountsWebExtensions.LinkLifetime.TotalDays:0} dagen geldig en werkt één keer):\n\n{link}\n");
    }

    /// <summary>For someone who already has an account: a link to accept membership of one more network.</summary>
    public Task SendNetworkInvitationAsync(AppUser user, string networkId, string networkName) =>
        mail.SendAsync(
            user.Email!,
            $"Uitnodiging voor {networkName}",
            $"Beste {user.DisplayName},\n\nU bent uitgenodigd voor {networkName} op Netwerkbijeenkomst.\nLog in en neem de uitnodiging aan via:\n\n{BaseUrl}/netwerken/{Uri.EscapeDataString(networkId)}/uitnodiging\n");

    public async Task SendPasswordResetAsync(AppUser user)
    {
        var link = await LinkAsync(user, "/account/wachtwoord-herstellen");
        await mail.SendAsync(
            user.Email!,
            "Nieuw wachtwoord voor Netwerkbijeenkomst",
            $"Beste {user.DisplayName},\n\nKies via deze link een nieuw wachtwoord (de link werkt één keer):\n\n{link}\n\nHeeft u dit niet gevraagd? Dan kunt u deze mail negeren.\n");
    }

    // From configuration, never from the request's Host header: a forged Host would send a valid token to someone else's site.
    private string BaseUrl => (configuration["App:PublicUrl"] ?? throw new InvalidOperationException("App:PublicUrl is not set.")).TrimEnd('/');

    public static string? DecodeToken(string? token)
    {
        try
        {
            return token is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task<string> LinkAsync(AppUser user, string path)
    {
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return $"{BaseUrl}{path}?gebruiker={Uri.EscapeDataString(user.Id)}&code={token}";
    }
}
