using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds a number of seven digits or more right after a word for calling ("tel. 812-3456", "bel 471 23 45",
/// "zijn nummer is 8123456"): local numbers in Suriname, Curaçao or abroad have no form of their own.
/// </summary>
internal sealed partial class CuedPhoneRecogniser : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text) =>
        Cued().Matches(text)
            .Select(m => m.Groups["n"])
            .Where(g => g.Value.Count(char.IsAsciiDigit) is >= 7 and <= 15 && !ReferenceNumber.Precedes(text, g.Index))
            .Select(g => new PrivacyFinding(PersonalDataKind.Phone, g.Index, g.Length));

    [GeneratedRegex(@"\b(?:tel|telnr|telefoon|telefoonnummer|mobiel|mobiele nummer|gsm|nummer|nr|bel|belt|bellen|gebeld|whatsapp|app|fax)\b\.?:?\s*(?:(?:is|op|via|naar|van|haar|hem|zijn|hun)\s+){0,2}(?<n>\+?\d(?:(?:\s?[\-–./]\s?|\s)?\d){6,14})(?![\d\w])", RegexOptions.IgnoreCase)]
    private static partial Regex Cued();
}
