using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions;
using Netwerkbijeenkomst.Grains.Common;

namespace Netwerkbijeenkomst.Grains.Networks;

/// <summary>
/// Checks the work phone numbers, e-mail addresses and websites of institutions and contact persons. They are
/// professionals' details, so their format is checked, not their content (no privacy check).
/// </summary>
internal static partial class WorkContact
{
    public static string? Phone(string? value, string field)
    {
        var phone = Require.OptionalText(value, field, "het telefoonnummer", 40);
        if (phone is null)
        {
            return null;
        }

        var digits = Separators().Replace(phone, "");
        return DutchNumber().IsMatch(digits) || InternationalNumber().IsMatch(digits) || ShortMunicipalNumber().IsMatch(digits)
            ? phone
            : throw new InvalidInputException("input.phone", field, "Vul een geldig telefoonnummer in, bijvoorbeeld 030 123 45 67 of +31 30 123 45 67.");
    }

    public static string? Email(string? value, string field)
    {
        var email = Require.OptionalText(value, field, "het e-mailadres", 200);
        return email is null || EmailAddress().IsMatch(email)
            ? email
            : throw new InvalidInputException("input.email", field, "Vul een geldig e-mailadres in, bijvoorbeeld info@instelling.nl.");
    }

    public static string? Website(string? value, string field)
    {
        var website = Require.OptionalText(value, field, "de website", 300);
        return website is null
            || (Uri.TryCreate(website, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal))
            ? website
            : throw new InvalidInputException("input.website", field, "Vul een volledig webadres in, beginnend met https://.");
    }

    [GeneratedRegex(@"[\s\-\.\(\)/]")]
    private static partial Regex Separators();

    // 0 plus nine digits: 030 1234567, 06 12345678, 0800 1234 (free numbers have fewer; 0800/0900 with 4 to 7 digits).
    [GeneratedRegex(@"^(0[1-9][0-9]{8}|0[89]0[0-9][0-9]{4,7})$")]
    private static partial Regex DutchNumber();

    // +31 30 1234567 or 0031 30 1234567, or any country: 8 to 15 digits after the country code's + or 00.
    [GeneratedRegex(@"^(\+|00)[1-9][0-9]{7,14}$")]
    private static partial Regex InternationalNumber();

    // 14 030: a municipality's short number.
    [GeneratedRegex(@"^14[0-9]{3,4}$")]
    private static partial Regex ShortMunicipalNumber();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")]
    private static partial Regex EmailAddress();
}
