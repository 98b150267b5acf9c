using System.Globalization;
using System.Text.RegularExpressions;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Grains.Privacy;

/// <summary>
/// Finds full dates — day, month and year — in numbers (12-03-1951, 12/3/51, 1951-03-12) and with Dutch month
/// names (12 maart 1951, 3 mrt. '51). A month with a year ("december 2026") or a day with a month ("op 12 maart")
/// is no full date.
/// </summary>
internal sealed partial class DateRecogniser : IRecogniser
{
    private static readonly string[] MonthStarts = ["jan", "feb", "m", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"];

    public IEnumerable<PrivacyFinding> Find(string text)
    {
        foreach (Match match in Numeric().Matches(text))
        {
            if (IsDay(match.Groups["d"].Value, match.Groups["m"].Value))
            {
                yield return new PrivacyFinding(PersonalDataKind.Date, match.Index, match.Length);
            }
        }

        foreach (Match match in Iso().Matches(text))
        {
            if (IsDay(match.Groups["d"].Value, match.Groups["m"].Value))
            {
                yield return new PrivacyFinding(PersonalDataKind.Date, match.Index, match.Length);
            }
        }

        foreach (Match match in Named().Matches(text))
        {
            if (IsDay(match.Groups["d"].Value, MonthNumber(match.Groups["m"].Value)))
            {
                yield return new PrivacyFinding(PersonalDataKind.Date, match.Index, match.Length);
            }
        }
    }

    // 31 februari is no date; 29 februari is, as the year may be a leap year.
    private static bool IsDay(string day, string month) =>
        int.Parse(day, CultureInfo.InvariantCulture) <= DateTime.DaysInMonth(2000, int.Parse(month, CultureInfo.InvariantCulture));

    private static string MonthNumber(string name)
    {
        var lower = name.ToLowerInvariant();
        if (lower.StartsWith("ma", StringComparison.Ordinal))
        {
            return lower.StartsWith("maa", StringComparison.Ordinal) || lower == "mar" ? "3" : "5";
        }

        if (lower.StartsWith("mrt", StringComparison.Ordinal))
        {
            return "3";
        }

        var index = Array.FindIndex(MonthStarts, s => lower.StartsWith(s, StringComparison.Ordinal));
        return (index + 1).ToString(CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"(?<![\w./\-])(?<d>0?[1-9]|[12]\d|3[01])(?<s>[\-/.])(?<m>0?[1-9]|1[0-2])\k<s>(?:(?:19|20)\d{2}|\d{2})(?![\w]|[./\-]\d)")]
    private static partial Regex Numeric();

    [GeneratedRegex(@"(?<![\w./\-])(?:19|20)\d{2}-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])(?![\w]|[./\-]\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\w./\-])(?<d>0?[1-9]|[12]\d|3[01])(?:e|ste|de)?\s+(?<m>januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|febr|mrt|mar|apr|jun|jul|aug|sep|sept|okt|nov|dec)\.?,?\s+(?:(?:19|20)\d{2}|['’]\d{2})(?![\w])", RegexOptions.IgnoreCase)]
    private static partial Regex Named();
}
