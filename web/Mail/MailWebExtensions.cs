namespace Netwerkbijeenkomst.Web.Mail;

/// <summary>Development keeps mail in the outbox; elsewhere it goes out by SMTP once Mail:Smtp:Host is set.</summary>
internal static class MailWebExtensions
{
    public static WebApplicationBuilder AddMail(this WebApplicationBuilder builder)
    {
        if (builder.Environment.IsDevelopment() || string.IsNullOrEmpty(builder.Configuration["Mail:Smtp:Host"]))
        {
            builder.Services.AddSingleton<IMailSender, OutboxMailSender>();
        }
        else
        {
            builder.Services.AddSingleton<IMailSender, SmtpMailSender>();
        }

        return builder;
    }
}
