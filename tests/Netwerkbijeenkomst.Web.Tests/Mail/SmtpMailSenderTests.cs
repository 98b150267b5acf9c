using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MimeKit;
using Netwerkbijeenkomst.Web.Mail;
using Netwerkbijeenkomst.Web.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Web.Tests.Mail;

/// <summary>Outside Development mail goes out by SMTP through MailKit, and a host without SMTP settings does not start.</summary>
public sealed class SmtpMailSenderTests
{
    [Fact]
    public async Task Send_DeliversTextHtmlAndAttachment_ToTheSmtpServer()
    {
        await using var sink = new SmtpSink();
        var sender = new SmtpMailSender(Options.Create(new SmtpOptions
        {
            Host = "127.0.0.1", Port = sink.Port, From = "bijeenkomsten@gemeente.test", Security = SmtpSecurity.None,
        }));
        var ics = "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"u8.ToArray();

        await sender.SendAsync(new OutgoingMail("ayse@example.test", "Uitnodiging: Netwerkbijeenkomst december", "Beste Ayşe,\n", "<p>Beste Ayşe,</p>")
        {
            Attachments = [new MailAttachment("uitnodiging.ics", "text/calendar; method=REQUEST; charset=utf-8", ics)],
        });

        var message = await sink.Received;
        Assert.Equal(["ayse@example.test"], sink.Recipients);
        Assert.Equal("bijeenkomsten@gemeente.test", ((MailboxAddress)message.From.Single()).Address);
        Assert.Equal("Uitnodiging: Netwerkbijeenkomst december", message.Subject);
        Assert.Equal("Beste Ayşe,\n", message.TextBody!.ReplaceLineEndings("\n"));
        Assert.Contains("<p>Beste Ayşe,</p>", message.HtmlBody, StringComparison.Ordinal);
        var attachment = Assert.Single(message.Attachments.OfType<MimePart>());
        Assert.Equal(("uitnodiging.ics", "text/calendar", "REQUEST"), (attachment.FileName, attachment.ContentType.MimeType, attachment.ContentType.Parameters["method"]));
        using var content = new MemoryStream();
        await attachment.Content!.DecodeToAsync(content);
        Assert.Equal(ics, content.ToArray());
    }

    [Fact]
    public async Task OutsideDevelopment_WithoutSmtpSettings_TheHostDoesNotStart_AndSaysWhy()
    {
        await using var factory = new WebAppFactory();
        var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production").UseSetting("Calendar:OrganizerEmail", "bijeenkomsten@gemeente.test")
            .UseSetting("App:PublicUrl", "https://bijeenkomst.gemeente.test"));

        var refused = Assert.ThrowsAny<OptionsValidationException>(() => production.Services.GetRequiredService<IMailSender>());

        Assert.Contains("Instelling 'Mail:Smtp:Host' ontbreekt / Setting 'Mail:Smtp:Host' is missing", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Instelling 'Mail:Smtp:From' ontbreekt / Setting 'Mail:Smtp:From' is missing", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_WithoutAPublicAddress_TheHostDoesNotStart()
    {
        await using var factory = new WebAppFactory();
        var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Mail:Smtp:Host", "smtp.gemeente.test")
            .UseSetting("Mail:Smtp:From", "bijeenkomsten@gemeente.test")
            .UseSetting("Calendar:OrganizerEmail", "bijeenkomsten@gemeente.test"));

        var refused = Assert.ThrowsAny<OptionsValidationException>(() => production.Services.GetRequiredService<IMailSender>());

        Assert.Contains("Instelling 'App:PublicUrl' ontbreekt / Setting 'App:PublicUrl' is missing", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OutsideDevelopment_WithSmtpSettings_MailGoesBySmtp_NotToTheOutbox()
    {
        await using var factory = new WebAppFactory();
        var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production")
            .UseSetting("Mail:Smtp:Host", "smtp.gemeente.test")
            .UseSetting("Mail:Smtp:From", "bijeenkomsten@gemeente.test")
            .UseSetting("Calendar:OrganizerEmail", "bijeenkomsten@gemeente.test")
            .UseSetting("App:PublicUrl", "https://bijeenkomst.gemeente.test"));

        Assert.IsType<SmtpMailSender>(production.Services.GetRequiredService<IMailSender>());
    }
}
