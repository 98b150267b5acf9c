namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    Auto,
    StartTls,
    SslOnConnect,
    None,
}
