using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>Finds citizen service numbers: nine digits, or eight with the leading zero left off, that pass the 11-check.</summary>
internal sealed partial class BsnRecogniser : IRecogniser
{
    public IEnumerable<PrivacyFinding> Find(string text) =>
        Bsn().Matches(text)
            .Where(m => PassesElevenCheck(m.Value) && !IsAmount(text, m))
            .Select(m => new PrivacyFinding(PersonalDataKind.Bsn, m.Index, m.Length));

    internal static bool PassesElevenCheck(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var digits = candidate.Where(char.IsAsciiDigit).Select(c => c - '0').ToList();
        if (digits.Count == 8)
        {
            digits.Insert(0, 0);
        }

        if (digits.Count != 9 || digits.All(d => d == 0))
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

    // "€ 123456782" and "123456782 euro" are sums of money, whatever their digits.
    private static bool IsAmount(string text, Match match) =>
        text.AsSpan(0, match.Index).TrimEnd().EndsWith("€", StringComparison.Ordinal)
        || AmountAfter().IsMatch(text.AsSpan(match.Index + match.Length));

    // 123456782, 123.456.782, 123 456 782, 1234.56.782, 12345678 (the 8-digit form only unbroken).
    [GeneratedRegex(@"(?<![\w.,\-/+€])(?:\d{9}|\d{3}([ .\-])\d{3}\1\d{3}|\d{4}([ .])\d{2}\2\d{3}|\d{8})(?![\w€]|[.,\-/]\d)")]
    private static partial Regex Bsn();

    [GeneratedRegex(@"^\s*(?:euro|eur)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AmountAfter();
}
