using System.ComponentModel.DataAnnotations;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Mail:Smtp — required outside Development; a missing or wrong value stops the start.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Mail:Smtp";

    [Required(ErrorMessage = "Mail:Smtp:Host ontbreekt: zonder SMTP-server gaat er geen mail uit.")]
    public string Host { get; set; } = "";

    [Range(1, 65535, ErrorMessage = "Mail:Smtp:Port moet tussen 1 en 65535 liggen.")]
    public int Port { get; set; } = 587;

    [Required(ErrorMessage = "Mail:Smtp:From ontbreekt: het afzendadres van de mails.")]
    [EmailAddress(ErrorMessage = "Mail:Smtp:From is geen e-mailadres.")]
    public string From { get; set; } = "";

    /// <summary>The name beside the sender's address.</summary>
    public string FromName { get; set; } = "Netwerkbijeenkomst";

    /// <summary>Auto (STARTTLS when offered), StartTls, SslOnConnect or None.</summary>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;

    /// <summary>Sign-in name at the server, if it wants one; then Password too.</summary>
    public string? UserName { get; set; }

    public string? Password { get; set; }
}
