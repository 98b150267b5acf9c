using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Privacy;

namespace Netwerkbijeenkomst.Web.Privacy;

/// <summary>
/// Grains check a text after trimming it, so their offsets count from its first non-blank character, while the
/// person's form keeps the text as typed. This puts each finding where it is in the text as sent.
/// </summary>
public static class SentTextFindings
{
    /// <summary>The findings moved onto <paramref name="sent"/>, in reading order; one that does not fit the text is dropped.</summary>
    public static ImmutableArray<PrivacyFinding> Place(string? sent, IEnumerable<PrivacyFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        if (string.IsNullOrEmpty(sent))
        {
            return [];
        }

        // The same Trim the grains' Require.Text uses, so the shift is exact.
        var leading = sent.Length - sent.TrimStart().Length;
        return
        [
            .. findings
                .Where(f => f.Start >= 0 && f.Length > 0 && leading + f.Start + f.Length <= sent.Length)
                .Select(f => f with { Start = leading + f.Start })
                .OrderBy(f => f.Start),
        ];
    }
}
