using System.Globalization;
using Netwerkbijeenkomst.Web.Reports;

namespace Netwerkbijeenkomst.Web.Pages.Reports;

/// <summary>
/// The period picker's GET fields as typed: periode (maand, kwartaal, jaar, eigen), jaar, kwartaal, maand, and van/tot
/// as yyyy-MM. <see cref="Resolve"/> turns them into whole months, or into Dutch messages.
/// </summary>
public sealed record PeriodRequest(string? Kind, string? Year, string? Quarter, string? Month, string? From, string? To)
{
    public const string KindField = "periode";
    public const string YearField = "jaar";
    public const string QuarterField = "kwartaal";
    public const string MonthField = "maand";
    public const string FromField = "van";
    public const string ToField = "tot";

    /// <summary>Figures start with the product; a custom period covers five years at most.</summary>
    public const int FirstYear = 2020;
    public const int MaxMonths = 60;

    public static PeriodRequest FromQuery(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return new(Read(query, KindField), Read(query, YearField), Read(query, QuarterField), Read(query, MonthField), Read(query, FromField), Read(query, ToField));
    }

    /// <summary>The last quarter that has ended by <paramref name="today"/>: what a municipality reports on.</summary>
    public static ReportPeriod Default(DateOnly today)
    {
        var quarter = ((today.Month - 1) / 3) + 1;
        return quarter == 1 ? ReportPeriod.Quarter(today.Year - 1, 4) : ReportPeriod.Quarter(today.Year, quarter - 1);
    }

    /// <summary>The query string that asks for <paramref name="period"/>, for links that keep the page's period.</summary>
    public static Dictionary<string, string?> Query(ReportPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var year = period.First.Year.ToString(CultureInfo.InvariantCulture);
        return period.Kind switch
        {
            ReportPeriodKind.Month => new() { [KindField] = "maand", [YearField] = year, [MonthField] = period.First.Month.ToString(CultureInfo.InvariantCulture) },
            ReportPeriodKind.Quarter => new() { [KindField] = "kwartaal", [YearField] = year, [QuarterField] = (((period.First.Month - 1) / 3) + 1).ToString(CultureInfo.InvariantCulture) },
            ReportPeriodKind.Year => new() { [KindField] = "jaar", [YearField] = year },
            _ => new() { [KindField] = "eigen", [FromField] = MonthText(period.First), [ToField] = MonthText(period.Last) },
        };
    }

    public static string MonthText(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public PeriodChoice Resolve(DateOnly today)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        ReportPeriod? period = null;
        switch (Kind)
        {
            case null when Year is null && Quarter is null && Month is null && From is null && To is null:
                return new(Default(today), errors);
            case "kwartaal":
                var quarterYear = ReadYear(errors, today);
                var quarter = ReadNumber(Quarter, 1, 4);
                if (quarter is null)
                {
                    errors[QuarterField] = "Kies een kwartaal van 1 tot en met 4.";
                }

                if (quarterYear is { } qy && quarter is { } q)
                {
                    period = ReportPeriod.Quarter(qy, q);
                }

                break;
            case "maand":
                var monthYear = ReadYear(errors, today);
                var month = ReadNumber(Month, 1, 12);
                if (month is null)
                {
                    errors[MonthField] = "Kies een maand van januari tot en met december.";
                }

                if (monthYear is { } my && month is { } m)
                {
                    period = ReportPeriod.Month(my, m);
                }

                break;
            case "jaar":
                if (ReadYear(errors, today) is { } year)
                {
                    period = ReportPeriod.Year(year);
                }

                break;
            case "eigen":
                var from = ReadMonth(From, FromField, "van", errors);
                var to = ReadMonth(To, ToField, "tot en met", errors);
                if (from is { } f && to is { } t)
                {
                    if (t < f)
                    {
                        errors[ToField] = "De periode eindigt voor ze begint: kies bij ‘tot en met’ een maand na ‘van’.";
                    }
                    else
                    {
                        period = ReportPeriod.Custom(f, t);
                        if (period.Months > MaxMonths)
                        {
                            errors[ToField] = $"Kies een periode van hoogstens {MaxMonths / 12} jaar.";
                            period = null;
                        }
                    }
                }

                break;
            default:
                errors[KindField] = "Kies een maand, een kwartaal, een jaar of een eigen periode.";
                break;
        }

        if (period is not null && period.First > thisMonth)
        {
            errors[period.Kind == ReportPeriodKind.Custom ? FromField : period.Kind == ReportPeriodKind.Year ? YearField : period.Kind == ReportPeriodKind.Month ? MonthField : QuarterField] =
                $"{Capitalized(period.Label)} is nog niet begonnen: kies een periode tot en met {thisMonth.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))}.";
            period = null;
        }

        return errors.Count == 0 ? new(period, errors) : new(null, errors);
    }

    private int? ReadYear(Dictionary<string, string> errors, DateOnly today)
    {
        var year = ReadNumber(Year, FirstYear, today.Year);
        if (year is null)
        {
            errors[YearField] = $"Kies een jaar van {FirstYear} tot en met {today.Year}.";
        }

        return year;
    }

    private static int? ReadNumber(string? text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max ? number : null;

    private static DateOnly? ReadMonth(string? text, string field, string word, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors[field] = $"Vul de maand ‘{word}’ in.";
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            errors[field] = $"Vul de maand ‘{word}’ in als jaar-maand, bijvoorbeeld 2026-03.";
            return null;
        }

        if (month.Year < FirstYear)
        {
            errors[field] = $"Kies een maand vanaf januari {FirstYear}.";
            return null;
        }

        return month;
    }

    private static string? Read(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && !string.IsNullOrWhiteSpace(values.ToString()) ? values.ToString().Trim() : null;

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpper(text[0], CultureInfo.GetCultureInfo("nl-NL")) + text[1..];
}
