using System.Globalization;
using System.Text;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Access;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>The Dutch file names of a report's downloads, and how an export is named in the access log.</summary>
public static class ReportDownloads
{
    /// <summary>E.g. "rapportage-gemeente-den-haag-2026-k1.pdf" or "rapportage-netwerk-utrecht-2025-09-tot-2026-02-verloop-casussen.csv".</summary>
    public static string FileName(ReportScope scope, ReportPeriod period, string extension, string? tableKey = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var parts = new List<string> { "rapportage", ReportScopeRoutes.Word(scope.Kind), Slug(scope.Name), PeriodCode(period) };
        if (tableKey is not null)
        {
            parts.Add(Slug(tableKey));
        }

        return string.Join('-', parts.Where(p => p.Length > 0)) + "." + extension;
    }

    /// <summary>The object an export line in the access log names: scope, period and table, never a figure.</summary>
    public static string LogObject(ReportScope scope, ReportPeriod period, string? tableKey = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var text = $"{ReportScopeRoutes.Word(scope.Kind)}/{scope.Id} {PeriodCode(period)}{(tableKey is null ? "" : " " + tableKey)}";
        return text.Length <= 100 ? text : text[..100];
    }

    public static string PeriodCode(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            ReportPeriodKind.Month => period.First.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            ReportPeriodKind.Quarter => $"{period.First.Year}-k{((period.First.Month - 1) / 3) + 1}",
            ReportPeriodKind.Year => period.First.Year.ToString(CultureInfo.InvariantCulture),
            _ => $"{period.First.ToString("yyyy-MM", CultureInfo.InvariantCulture)}-tot-{period.Last.ToString("yyyy-MM", CultureInfo.InvariantCulture)}",
        };
    }

    /// <summary>Lower case letters and digits joined by hyphens, accents dropped: "Súdwest-Fryslân" → "sudwest-fryslan".</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(char.ToLowerInvariant(c));
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        return slug.ToString().Trim('-');
    }
}
