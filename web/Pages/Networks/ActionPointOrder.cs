using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Web.Pages.Networks;

/// <summary>How lists of action points are ordered everywhere: what is over time first, then by due date.</summary>
public static class ActionPointOrder
{
    /// <summary>Open and its due date (a Dutch calendar day) has passed; due today is not over time yet.</summary>
    public static bool IsOverdue(this ActionPoint point, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(point);
        return point.Status == ActionPointStatus.Open && point.Due < today;
    }

    public static IEnumerable<T> OverdueFirst<T>(this IEnumerable<T> items, Func<T, ActionPoint> point, DateOnly today) =>
        items.OrderByDescending(i => point(i).IsOverdue(today))
            .ThenBy(i => point(i).Due)
            .ThenBy(i => point(i).Description, StringComparer.CurrentCulture);
}
