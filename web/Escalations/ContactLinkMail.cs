using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Web.Formatting;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Escalations;

/// <summary>
/// The mail to the contact person: the case label, age band, themes and the question (checked case text), and the
/// link. Nothing else about the case or the person goes in a mail.
/// </summary>
internal sealed record ContactLinkMail(string Subject, string Text, string Html)
{
    public static ContactLinkMail For(ContactBrief brief, string networkName, string link)
    {
        var themes = string.Join(", ", brief.Themes.Select(DutchFormat.Name)) + (brief.OtherTheme is null ? "" : $" ({brief.OtherTheme})");
        var until = DutchFormat.DateTime(brief.Link.ExpiresAt);
        var subject = $"Doorverwijzing {brief.CaseLabel} van {networkName}";
        var facts = new (string Label, string Value)[]
        {
            ("Casus", brief.CaseLabel),
            ("Leeftijdsgroep", DutchFormat.Name(brief.AgeBand)),
            ("Thema's", themes),
            ("Vraag", brief.Question),
        };
        var intro = $"{networkName} heeft een vraag naar {brief.InstitutionName} doorverwezen, met u als contactpersoon. Er staan geen namen of andere persoonsgegevens in deze mail.";
        var ask = $"Laat via deze link weten of u de vraag hebt opgepakt, of de persoon in zorg is, of dat het niet mogelijk is. U kunt ook vragen of de coördinator u belt. U hebt er geen account voor nodig. De link werkt alleen voor deze doorverwijzing en is geldig tot {until}.";
        const string Forward = "Stuur deze mail niet door: wie de link heeft, kan antwoorden.";

        var content = new MailContent(brief.ContactPersonName)
            .Paragraph(intro)
            .Facts(facts)
            .Paragraph(ask)
            .Link("Antwoord geven op de doorverwijzing", link)
            .Paragraph(Forward);
        return new ContactLinkMail(subject, content.Text, content.Html);
    }
}
