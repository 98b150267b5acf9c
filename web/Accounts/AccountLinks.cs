using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Sessions;

namespace Netwerkbijeenkomst.Web.Accounts;

/// <summary>
/// Invitation and password-reset mails. The invitation for a new account and the reset carry Identity's reset token:
/// it expires (<see cref="AccountSessionOptions.LinkLifetime"/>) and is spent once a password is set, because setting one
/// changes the account's security stamp. The invitation for an existing account carries a <see cref="NetworkInvitationCodes"/>
/// code that expires after the same time.
/// </summary>
public sealed class AccountLinks(
    UserManager<AppUser> users, IMailSender mail, IOptions<PublicUrlOptions> publicUrl, NetworkInvitationCodes invitations, IOptions<AccountSessionOptions> sessions)
{
    public async Task SendInvitationAsync(AppUser user, string networkName)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = await LinkAsync(user, "/account/uitnodiging");
        var content = new MailContent(user.DisplayName)
            .Paragraph($"U bent uitgenodigd voor {networkName} op Netwerkbijeenkomst.")
            .Paragraph($"Kies via deze link een wachtwoord. De link is {Lifetime} geldig en werkt één keer.")
            .Link("Wachtwoord kiezen", link);
        await mail.SendAsync(content.To(user.Email!, $"Uitnodiging voor {networkName}"));
    }

    /// <summary>For someone who already has an account: a link to accept membership of one more network.</summary>
    public Task SendNetworkInvitationAsync(AppUser user, string networkId, string networkName)
    {
        ArgumentNullException.ThrowIfNull(user);
        var code = invitations.Create(networkId, user.Id);
        var content = new MailContent(user.DisplayName)
            .Paragraph($"U bent uitgenodigd voor {networkName} op Netwerkbijeenkomst.")
            .Paragraph($"De link is {Lifetime} geldig.")
            .Link("Log in en neem de uitnodiging aan", publicUrl.Value.Link($"/netwerken/{Uri.EscapeDataString(networkId)}/uitnodiging?code={code}"));
        return mail.SendAsync(content.To(user.Email!, $"Uitnodiging voor {networkName}"));
    }

    public async Task SendPasswordResetAsync(AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var link = await LinkAsync(user, "/account/wachtwoord-herstellen");
        var content = new MailContent(user.DisplayName)
            .Paragraph($"Kies via deze link een nieuw wachtwoord. De link is {Lifetime} geldig en werkt één keer.")
            .Link("Nieuw wachtwoord kiezen", link)
            .Paragraph("Heeft u dit niet gevraagd? Dan kunt u deze mail negeren.");
        await mail.SendAsync(content.To(user.Email!, "Nieuw wachtwoord voor Netwerkbijeenkomst"));
    }

    // "3 dagen", "12 uur", "90 minuten": the lifetime in the largest whole unit.
    private string Lifetime => sessions.Value.LinkLifetime switch
    {
        { TotalDays: >= 1 } t when t.TotalDays % 1 == 0 => t.TotalDays == 1 ? "1 dag" : $"{t.TotalDays:0} dagen",
        { TotalHours: >= 1 } t when t.TotalHours % 1 == 0 => $"{t.TotalHours:0} uur",
        var t => $"{Math.Ceiling(t.TotalMinutes):0} minuten",
    };

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

    // From configuration, never from the request's Host header: a forged Host would send a valid token to someone else's site.
    private async Task<string> LinkAsync(AppUser user, string path)
    {
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
        return publicUrl.Value.Link($"{path}?gebruiker={Uri.EscapeDataString(user.Id)}&code={token}");
    }
}
