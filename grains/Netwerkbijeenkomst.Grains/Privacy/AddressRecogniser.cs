using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds street addresses: a Dutch street name (ending in -straat, -laan, -weg, -plein, -gracht, -kade, -dreef,
/// -singel, … as in the BAG address register, or "Laan van …") with a house number and its addition
/// ("Kanaalstraat 12", "Prins Hendrikkade 5-II", "oudegracht nr. 123a"), and after a word for living or an
/// address any unknown capitalised name with a number ("adres: Slinge 512"). A street without a number is none.
/// </summary>
internal sealed partial class AddressRecogniser(NameLexicon lexicon) : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text) =>
        Capitalised().Matches(text).Concat(LowerCase().Matches(text)).Concat(LaanVan().Matches(text))
            .Concat(NameWithNumber().Matches(text).Where(m => IsUnknownStreet(m.Groups["street"].Value) && AddressCueBefore(text, m.Index)))
            .Where(m => !QuantityAfter().IsMatch(text.AsSpan(m.Index + m.Length)))
            .Select(m => new PrivacyFinding(PersonalDataKind.Address, m.Index, m.Length));

    private bool IsUnknownStreet(string street) =>
        street.Split(' ').Select(WordList.Normalise).All(w => !lexicon.IsWord(w) && !lexicon.IsName(w) && !lexicon.Particles.Contains(w));

    // The cue stands earlier in the same clause: "Het nieuwe adres is 3082 BK Rotterdam, Slinge 512".
    private static bool AddressCueBefore(string text, int index)
    {
        var from = Math.Max(0, index - 60);
        var clause = text.AsSpan(from, index - from);
        var end = clause.LastIndexOfAny(".;!?\n");
        return AddressCue().IsMatch(end < 0 ? clause : clause[(end + 1)..]);
    }

    // Up to three capitalised words before the street word (with particles: "Burgemeester de Withstraat"), any ending.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:\p{Lu}[\p{L}\p{M}.'’\-]*\s+(?:(?:van|de|der|den|het|'t|ter|ten|te|la|le)\s+)*){0,3}\p{Lu}[\p{L}\p{M}'’\-]+?(?:straat|straatje|straatweg|laan|weg|plein|pleintje|gracht|kade|dreef|singel|hof|hofje|park|pad|steeg|dijk|dam|markt|plantsoen|erf|wal|baan|ring|haven|boulevard|promenade|allee|oord|hage|weide|zoom|veld|akker|hoeve|brink|gaarde|wetering|vaart|burgwal|kanaal|passage|galerij|poort|rade|horst|berg|heuvel)\s+" + HouseNumber)]
    private static partial Regex Capitalised();

    // In lower case only the endings no ordinary word has ("de kanaalstraat 12"), not "uitkering 2" or "snelweg 3".
    [GeneratedRegex(@"(?<![\p{L}\d])\p{Ll}[\p{L}\p{M}'’\-]+?(?:straat|straatweg|laan|gracht|kade|dreef|singel|plantsoen|burgwal)\s+" + HouseNumber)]
    private static partial Regex LowerCase();

    // Laan van Meerdervoort 12, Laan der Verenigde Naties 45, Laan van Nieuw Guinea 12.
    [GeneratedRegex(@"(?<![\p{L}\d])(?:Laan|Plein|Kade|Dreef|Hof|Weg|Singel|Park)\s+(?:van|der|des|naar|op)\s+(?:(?:de|der|den|het|'t)\s+)?(?:\p{Lu}[\p{L}\p{M}'’\-]*\s+){1,4}" + HouseNumber)]
    private static partial Regex LaanVan();

    [GeneratedRegex(@"(?<![\p{L}\d])(?<street>\p{Lu}\p{Ll}{2,}(?:\s\p{Lu}\p{Ll}+)?)\s+" + HouseNumber)]
    private static partial Regex NameWithNumber();

    [GeneratedRegex(@"\b(?:adres|woonadres|postadres|woont|wonen|woonde|verhuist|verhuisd|verhuizen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AddressCue();

    [GeneratedRegex(@"^\s*(?:uur|jaar|jaren|km|kilometer|meter|m|minuten|min|keer|dagen|weken|maanden|euro|kinderen|personen|mensen|stuks|procent|%|x|maal|kilo|kg|hoog)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuantityAfter();

    // A house number with its addition: 12, 12a, 12 A, 12-II, 12-3, 12 bis, 12 hs; nr. 12, nummer 12.
    private const string HouseNumber = @"(?:(?:nr|no)\.?\s*|nummer\s+)?[1-9]\d{0,4}(?:\s?[A-Z](?![\p{L}\d])|[a-z](?![\p{L}\d])|\s?-\s?[A-Za-z0-9]{1,4}(?![\p{L}\d])|\s(?:bis|hs|huis|I{1,3}|bg|zw)(?![\p{L}\d]))?(?![\p{L}\d]|[,.]\d)";
}
