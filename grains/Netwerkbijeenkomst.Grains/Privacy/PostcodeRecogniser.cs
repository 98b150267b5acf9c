using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds Dutch postcodes: four digits (not from 0) and two letters, never SA, SD or SS. Lower-case letters count when
/// written against the digits and not a unit ("3531ck", not "1000mg"), right after the word postcode ("postcode
/// 3511 ab"), or after a space when they are no Dutch word or unit ("3526 kl", not "2024 en", "1000 mg") or a place
/// follows ("3526 ab Utrecht", not "1995 in Utrecht").
/// </summary>
internal sealed partial class PostcodeRecogniser : IRecogniser
{
    private static readonly string[] Units = ["mg", "kg", "km", "cm", "mm", "ml", "cl", "dl", "gr", "kw", "pk", "ct", "ha", "jr", "st", "pp", "uu", "mb", "gb", "kb", "ie", "eh", "hl", "lb", "kj"];

    // Two-letter words that stand between a number and a capitalised word in a sentence ("sinds 1995 in Utrecht").
    private static readonly string[] SentenceWords = ["in", "op", "te", "en", "of", "na", "om", "al", "nu", "zo", "ja", "je", "ze", "we", "ik", "er", "is", "de", "me", "ge", "uw", "bv", "ca", "nr", "tv", "pc", "cd"];

    public IEnumerable<PrivacyFinding> Find(string text) =>
        Postcode().Matches(text)
            .Where(m => !char.IsLower(m.Value[^1]) || !Units.Contains(m.Value[^2..]))
            .Concat(AfterTheWord().Matches(text).Select(m => m.Groups["p"]).OfType<Capture>())
            .Concat(LowerCaseWithSpace().Matches(text).Where(m => IsPostcode(m.Groups["letters"].Value, m.Groups["capital"].Success)))
            .Select(m => new PrivacyFinding(PersonalDataKind.Postcode, m.Index, m.Length));

    private static bool IsPostcode(string letters, bool capitalFollows) =>
        !Units.Contains(letters) && (!DutchWordList.Shared.Contains(letters) || (capitalFollows && !SentenceWords.Contains(letters)));

    [GeneratedRegex(@"(?<![\w\-./])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\w])")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\bpostcode\b:?\s*(?:is\s+)?(?<p>[1-9]\d{3}\s?(?!sa|sd|ss)[a-z]{2})(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTheWord();

    // "3526 kl" and "3526 ab Utrecht"; the place, when there is one, is not part of the finding.
    [GeneratedRegex(@"(?<![\w\-./,€])[1-9]\d{3} (?<letters>(?!sa|sd|ss)[a-z]{2})(?![\w\-]|[.,]\d)(?=(?<capital>,?\s+\p{Lu}\p{Ll})?)")]
    private static partial Regex LowerCaseWithSpace();
}
