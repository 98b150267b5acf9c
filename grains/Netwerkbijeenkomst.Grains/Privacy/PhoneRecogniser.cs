using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds phone numbers by their form: Dutch mobile and landline numbers in their usual spellings (06-12345678,
/// 020 123 4567, (0318) 12 34 56), Turkish mobile numbers dialled at home (0532 123 45 67), and international
/// numbers after + or 00 (+31 6 …, 0031 …, +212 6 …, +90 532 …, +597 812-3456); a phone may turn a dash into –.
/// Ten digits right after a word for a reference ("kenmerk 0612783945") are that reference.
/// </summary>
internal sealed partial class PhoneRecogniser : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text) =>
        International().Matches(text).Concat(Dutch().Matches(text).Where(m => !ReferenceNumber.Precedes(text, m.Index)))
            .Select(m => new PrivacyFinding(PersonalDataKind.Phone, m.Index, m.Length));

    // A country code, an optional (0), then 6 to 13 digits or bracketed groups with the usual separators.
    [GeneratedRegex(@"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:\s?\(0\))?(?:(?:\s?[\-–./]\s?|\s)?(?:\(\d{1,4}\)|\d)){6,13}(?!\d)")]
    private static partial Regex International();

    // Ten digits from a 0 (the area code in brackets or not), or eleven from 05 for a Turkish mobile.
    [GeneratedRegex(@"(?<![\w+\-–/.])(?:0[1-9](?:(?:\s?[\-–./]\s?|\s)?\d){8}|\(0[1-9]\d{0,2}\)\s?\d(?:[ \-–.]?\d){4,7}|05\d{2}(?:[ \-–.]?\d){7})(?!\d|[\-–/.]\d)")]
    private static partial Regex Dutch();
}
