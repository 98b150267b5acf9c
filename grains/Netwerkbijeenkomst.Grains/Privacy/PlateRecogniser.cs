using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds Dutch licence plates in the RDW side codes 1 to 14 (XX-99-99 … 999-XX-9), written with their dashes, or
/// without them right after the word kenteken. Lower-case letters count only as consonants, as plates have had
/// no vowels since side code 4, so "12-mei-5" is no plate.
/// </summary>
internal sealed partial class PlateRecogniser : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text) =>
        Dashed().Matches(text).Concat(AfterTheWord().Matches(text).Select(m => m.Groups["p"]).OfType<Capture>())
            .Where(m => !m.Value.Any(c => "aeiou".Contains(c, StringComparison.Ordinal)))
            .Select(m => new PrivacyFinding(PersonalDataKind.Plate, m.Index, m.Length));

    [GeneratedRegex(@"(?<![\w\-])(?:[A-Z]{2}-\d{2}-\d{2}|\d{2}-\d{2}-[A-Z]{2}|\d{2}-[A-Z]{2}-\d{2}|[A-Z]{2}-\d{2}-[A-Z]{2}|[A-Z]{2}-[A-Z]{2}-\d{2}|\d{2}-[A-Z]{2}-[A-Z]{2}|\d{2}-[A-Z]{3}-\d|\d-[A-Z]{3}-\d{2}|[A-Z]{2}-\d{3}-[A-Z]|[A-Z]-\d{3}-[A-Z]{2}|[A-Z]{3}-\d{2}-[A-Z]|[A-Z]-\d{2}-[A-Z]{3}|\d-[A-Z]{2}-\d{3}|\d{3}-[A-Z]{2}-\d)(?![\w\-])", RegexOptions.IgnoreCase)]
    private static partial Regex Dashed();

    [GeneratedRegex(@"\bkenteken(?:nummer)?\b:?\s+(?:is\s+)?(?<p>[A-Z0-9]{6})(?![\w\-])", RegexOptions.IgnoreCase)]
    private static partial Regex AfterTheWord();
}
