using System.Globalization;
using System.Text;

namespace Netwerkbijeenkomst.Web.Reports.Export;

/// <summary>How a report is called on paper and on disk: "Kwartaalrapportage 3e kwartaal 2026 — gemeente Utrecht", "rapportage-2026-k3-gemeente-utrecht.pdf".</summary>
public static class ReportNames
{
    public static string Title(ReportView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var kind = view.Period.Kind switch
        {
            ReportPeriodKind.Quarter => "Kwartaalrapportage",
            ReportPeriodKind.Month => "Maandrapportage",
            ReportPeriodKind.Year => "Jaarrapportage",
            _ => "Rapportage",
        };
        return $"{kind} {view.Period.Label} — {Scope(view.Scope)}";
    }

    /// <summary>"gemeente Utrecht", "provincie Fryslân", or the network's own name.</summary>
    public static string Scope(ReportScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return scope.Kind switch
        {
            ReportScopeKind.Municipality => $"gemeente {scope.Name}",
            ReportScopeKind.Province => $"provincie {scope.Name}",
            _ => scope.Name,
        };
    }

    /// <summary>A file name without spaces or accents, with the period sortable: "rapportage-2026-k3-gemeente-utrecht.pdf".</summary>
    public static string FileName(ReportView view, string extension)
    {
        ArgumentNullException.ThrowIfNull(view);
        var first = view.Period.First;
        var period = view.Period.Kind switch
        {
            ReportPeriodKind.Month => string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM}"),
            ReportPeriodKind.Quarter => string.Create(CultureInfo.InvariantCulture, $"{first:yyyy}-k{((first.Month - 1) / 3) + 1}"),
            ReportPeriodKind.Year => string.Create(CultureInfo.InvariantCulture, $"{first:yyyy}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{first:yyyy-MM}-tm-{view.Period.Last:yyyy-MM}"),
        };
        return $"rapportage-{period}-{Slug(Scope(view.Scope))}.{extension}";
    }

    /// <summary>Lower case letters and digits joined by hyphens: "Fryslân" → "fryslan".</summary>
    public static string Slug(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slug = new StringBuilder(text.Length);
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

        return slug.ToString().TrimEnd('-');
    }
}
