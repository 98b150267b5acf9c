using System.Collections.Immutable;
using System.Numerics;
using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds the structured identifiers that can be recognised for certain: BSN (with the 11-check), phone numbers,
/// email addresses, IBAN (with mod-97) and postcodes. Names, addresses and dates come with the full detector.
/// </summary>
internal sealed partial class StructuredIdentifierCheck : IPrivacyCheck
{
    public ImmutableArray<PrivacyFinding> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var findings = new List<PrivacyFinding>();
        Add(findings, Email().Matches(text), PersonalDataKind.Email);
        Add(findings, Iban().Matches(text), PersonalDataKind.Iban, m => IsValidIban(m.Value));
        Add(findings, InternationalPhone().Matches(text), PersonalDataKind.Phone);
        Add(findings, DutchPhone().Matches(text), PersonalDataKind.Phone);
        Add(findings, Bsn().Matches(text), PersonalDataKind.Bsn, m => PassesElevenCheck(m.Value));
        Add(findings, Postcode().Matches(text), PersonalDataKind.Postcode);

        // Where two patterns cover the same characters, the one found first (the more specific kind) stays.
        var kept = new List<PrivacyFinding>();
        foreach (var finding in findings)
        {
            if (!kept.Any(k => finding.Start < k.Start + k.Length && k.Start < finding.Start + finding.Length))
            {
                kept.Add(finding);
            }
        }

        return [.. kept.OrderBy(f => f.Start)];
    }

    internal static bool PassesElevenCheck(string candidate)
    {
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length != 9 || digits.All(d => d == 0))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            sum += digits[i] * (9 - i);
        }

        sum -= digits[8];
        return sum % 11 == 0;
    }

    internal static bool IsValidIban(string candidate)
    {
        var iban = string.Concat(candidate.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        if (iban.Length is < 15 or > 34)
        {
            return false;
        }

        var rearranged = iban[4..] + iban[..4];
        var number = string.Concat(rearranged.Select(c => char.IsAsciiLetter(c) ? (c - 'A' + 10).ToString(System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));
        return BigInteger.Parse(number, System.Globalization.CultureInfo.InvariantCulture) % 97 == 1;
    }

    private static void Add(List<PrivacyFinding> findings, MatchCollection matches, PersonalDataKind kind, Func<Match, bool>? valid = null)
    {
        foreach (Match match in matches)
        {
            if (valid is null || valid(match))
            {
                findings.Add(new PrivacyFinding(kind, match.Index, match.Length));
            }
        }
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]{4}){2,7}(?: ?[A-Za-z0-9]{1,3})?\b")]
    private static partial Regex Iban();

    // +212 6 12 34 56 78, 0090 532 123 45 67, +597 812-3456, +31 (0)6 12345678
    [GeneratedRegex(@"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ \-]?\(0\))?(?:[ \-]?\d){6,12}(?!\d)")]
    private static partial Regex InternationalPhone();

    // 06-12345678, 0612345678, 020 123 4567, (030) 123 45 67: ten digits starting with a zero.
    [GeneratedRegex(@"(?<![\w+])(?:0[1-9](?:[ \-]?\d){8}|\(0\d{2,3}\)[ \-]?\d(?:[ \-]?\d){5,6})(?!\d)")]
    private static partial Regex DutchPhone();

    // 123456782, 123.456.782, 1234.56.782
    [GeneratedRegex(@"(?<![\d.\-])(?:\d{9}|\d{3}[ .\-]\d{3}[ .\-]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d])")]
    private static partial Regex Bsn();

    // 1234 AB and 1234AB, never SA, SD or SS; capitals only, so "1000mg" is not a postcode.
    [GeneratedRegex(@"\b[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}\b")]
    private static partial Regex Postcode();
}
