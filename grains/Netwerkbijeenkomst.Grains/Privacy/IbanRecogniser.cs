using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Finds IBANs of any country, written in groups of four or not, that pass the mod-97 check.</summary>
internal sealed partial class IbanRecogniser : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text)
    {
        foreach (Match match in Iban().Matches(text))
        {
            // The pattern may take a word after the number ("… 1643 00 bij"): shorten it until the check passes.
            for (var length = match.Length; length >= 15; length--)
            {
                var candidate = match.Value[..length];
                if (!char.IsWhiteSpace(candidate[^1]) && IsValidIban(candidate))
                {
                    yield return new PrivacyFinding(PersonalDataKind.Iban, match.Index, length);
                    break;
                }
            }
        }
    }

    internal static bool IsValidIban(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var iban = string.Concat(candidate.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (iban.Length is < 15 or > 34 || !iban.All(char.IsAsciiLetterOrDigit) || !char.IsAsciiLetter(iban[0]) || !char.IsAsciiLetter(iban[1])
            || !char.IsAsciiDigit(iban[2]) || !char.IsAsciiDigit(iban[3]))
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var number = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(number, CultureInfo.InvariantCulture) % 97 == 1;
    }

    [GeneratedRegex(@"(?<![\p{L}\d])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\p{L}\d])")]
    private static partial Regex Iban();
}
