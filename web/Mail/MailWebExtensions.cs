using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Development keeps mail in the outbox; everywhere else it goes out by SMTP, and missing SMTP settings stop the start.</summary>
internal static class MailWebExtensions
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        builder.Services.AddSettings<PublicUrlOptions>(PublicUrlOptions.Section);
        if (builder.Environment.IsDevelopment())
        {
            builder.Services.AddSingleton<IMailSender, OutboxMailSender>();
        }
        else
        {
            builder.Services.AddSettings<SmtpOptions>(SmtpOptions.Section);
            builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        }

        return builder;
    }
}
