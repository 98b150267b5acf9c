using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Mail:Smtp — required outside Development; a missing or wrong value stops the start.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Mail:Smtp";

    [Required]
    public string Host { get; set; } = "";

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    [Required]
    [EmailAddress]
    public string From { get; set; } = "";

    /// <summary>The name beside the sender's address.</summary>
    public string FromName { get; set; } = "Netwerkbijeenkomst";

    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or None.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Sign-in name at the server, if it wants one; then Password too.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
