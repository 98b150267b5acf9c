using System.Globalization;

namespace Netwerkbijeenkomst.Web.Reports;

public enum ReportPeriodKind
{
    Month,
    Quarter,
    Year,
    Custom,
}

/// <summary>
/// A period of whole calendar months, <see cref="First"/> to <see cref="Last"/> inclusive (both the first day of their
/// month). Figures are never computed for parts of months.
/// </summary>
public sealed record ReportPeriod
{
    private ReportPeriod(ReportPeriodKind kind, DateOnly first, DateOnly last)
    {
        Kind = kind;
        First = first;
        Last = last;
    }

    public ReportPeriodKind Kind { get; }

    public DateOnly First { get; }

    public DateOnly Last { get; }

    public int Months => ((Last.Year - First.Year) * 12) + Last.Month - First.Month + 1;

    public static ReportPeriod Month(int year, int month) => new(ReportPeriodKind.Month, new DateOnly(year, month, 1), new DateOnly(year, month, 1));

    public static ReportPeriod Quarter(int year, int quarter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(quarter, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(quarter, 4);
        var first = new DateOnly(year, ((quarter - 1) * 3) + 1, 1);
        return new(ReportPeriodKind.Quarter, first, first.AddMonths(2));
    }

    public static ReportPeriod Year(int year) => new(ReportPeriodKind.Year, new DateOnly(year, 1, 1), new DateOnly(year, 12, 1));

    /// <summary>From the month of <paramref name="from"/> to the month of <paramref name="to"/>, inclusive.</summary>
    public static ReportPeriod Custom(DateOnly from, DateOnly to)
    {
        var first = new DateOnly(from.Year, from.Month, 1);
        var last = new DateOnly(to.Year, to.Month, 1);
        if (last < first)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        return new(ReportPeriodKind.Custom, first, last);
    }

    /// <summary>The period of the same kind and length just before this one.</summary>
    public ReportPeriod Previous() => new(Kind, First.AddMonths(-Months), First.AddMonths(-1));

    public bool Contains(DateOnly day) => day >= First && day < Last.AddMonths(1);

    /// <summary>The months of the period, first days.</summary>
    public IEnumerable<DateOnly> EachMonth()
    {
        for (var month = First; month <= Last; month = month.AddMonths(1))
        {
            yield return month;
        }
    }

    /// <summary>Dutch: "maart 2026", "1e kwartaal 2026", "2026", "september 2025 t/m augustus 2026".</summary>
    public string Label
    {
        get
        {
            var dutch = CultureInfo.GetCultureInfo("nl-NL");
            return Kind switch
            {
                ReportPeriodKind.Month => First.ToString("MMMM yyyy", dutch),
                ReportPeriodKind.Quarter => $"{((First.Month - 1) / 3) + 1}e kwartaal {First.Year}",
                ReportPeriodKind.Year => First.Year.ToString(CultureInfo.InvariantCulture),
                _ => $"{First.ToString("MMMM yyyy", dutch)} t/m {Last.ToString("MMMM yyyy", dutch)}",
            };
        }
    }
}
