namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>
/// One measure's counts per network, calendar month and category, before protection. With
/// <see cref="ExclusiveCategories"/> every counted thing is in exactly one category, so the categories add up to the
/// total; otherwise (themes: a case has several) each category is protected as a measure of its own.
/// <see cref="AdditiveInTime"/> is false for a stock such as "members active": a period's value is its last month's.
/// </summary>
public sealed class CountCube(int categories = 1, bool exclusiveCategories = true, bool additiveInTime = true)
{
    private readonly Dictionary<(string Network, DateOnly Month, int Category), int> _counts = [];

    public int Categories { get; } = categories;

    public bool ExclusiveCategories { get; } = exclusiveCategories;

    public bool AdditiveInTime { get; } = additiveInTime;

    /// <summary>Adds <paramref name="count"/> to the cell; <paramref name="month"/> may be any day of the month.</summary>
    public void Add(string networkId, DateOnly month, int category, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(category);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(category, Categories);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var key = (networkId, new DateOnly(month.Year, month.Month, 1), category);
        _counts[key] = _counts.GetValueOrDefault(key) + count;
    }

    public int this[string networkId, DateOnly month, int category] =>
        _counts.GetValueOrDefault((networkId, new DateOnly(month.Year, month.Month, 1), category));

    /// <summary>One category of this cube as a cube of its own.</summary>
    internal CountCube Single(int category)
    {
        var single = new CountCube(1, true, AdditiveInTime);
        foreach (var ((network, month, c), count) in _counts.Where(cell => cell.Key.Category == category))
        {
            single.Add(network, month, 0, count);
        }

        return single;
    }

    internal IEnumerable<KeyValuePair<(string Network, DateOnly Month, int Category), int>> Cells => _counts;
}
