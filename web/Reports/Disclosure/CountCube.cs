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

    /// <summary>
    /// A 128-bit digest of the shape and every count, the same whatever order the counts were added in: two cubes with
    /// the same digest are protected the same way (<see cref="ProtectionCache"/>).
    /// </summary>
    internal (ulong, ulong, int) Digest()
    {
        ulong sum = 0, mixed = 0;
        foreach (var ((network, month, category), count) in _counts)
        {
            if (count == 0)
            {
                continue;
            }

            var cell = Fnv(Fnv(Fnv(Fnv(14695981039346656037UL, network), month.DayNumber), category), count);
            sum += cell;
            mixed ^= (cell * 0x9E3779B97F4A7C15UL) + (cell >> 29);
        }

        return (sum, mixed, (Categories * 4) + (ExclusiveCategories ? 2 : 0) + (AdditiveInTime ? 1 : 0));
    }

    private static ulong Fnv(ulong hash, string text)
    {
        foreach (var c in text)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (hash ^ 0xFF) * 1099511628211UL;
    }

    private static ulong Fnv(ulong hash, int value)
    {
        for (var i = 0; i < 4; i++)
        {
            hash = (hash ^ (byte)(value >> (8 * i))) * 1099511628211UL;
        }

        return hash;
    }

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
