using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds Dutch postcodes: four digits (not from 0) and two letters, never SA, SD or SS. Lower-case letters count
/// only when written against the digits and not a unit, so "1000mg" and "2500 km" are no postcodes, or right after
/// the word postcode ("postcode 3511 ab").
/// </summary>
internal sealed partial class PostcodeRecogniser : IRecogniser
{
    private static readonly string[] Units = ["mg", "kg", "km", "cm", "mm", "ml", "cl", "dl", "gr", "kw", "pk", "ct", "ha", "jr", "st", "pp", "uu", "mb", "gb", "kb"];

    public IEnumerable<PrivacyFinding> Find(string text) =>
        Postcode().Matches(text)
            .Where(m => !char.IsLower(m.Value[^1]) || !Units.Contains(m.Value[^2..]))
            .Concat(AfterTheWord().Matches(text).Select(m => m.Groups["p"]).OfType<Capture>())
            .Select(m => new PrivacyFinding(PersonalDataKind.Postcode, m.Index, m.Length));

    [GeneratedRegex(@"(?<![\w\-./])[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\w])")]
    private static partial Regex Postcode();

    [GeneratedRegex(@"\bpostcode\b:?\s*(?:is\s+)?(?<p>[1-9]\d{3}\s?(?!sa|sd|ss)[a-z]{2})(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTheWord();
}
