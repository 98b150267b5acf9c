namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>
/// A <see cref="CountCube"/> after small-number protection (docs/small-numbers.md): answers any scope of its
/// <see cref="ScopeTree"/> and any period of whole months with a <see cref="Shown"/> that is the same whichever page asks.
/// A year is protected on its own (no figure spans two years' blocks except a period made of whole published blocks),
/// so each year is worked out the first time it is asked for.
/// </summary>
public sealed class ProtectedCube
{
    private readonly CountCube _cube;
    private readonly ScopeNodes _nodes;
    private readonly DateOnly _lastMonth;
    private readonly int _threshold;
    private readonly Dictionary<int, ProtectedYear> _years = [];
    private readonly ProtectedCube[]? _perCategory;

    private ProtectedCube(CountCube cube, ScopeNodes nodes, DateOnly lastMonth, int threshold)
    {
        _cube = cube;
        _nodes = nodes;
        _lastMonth = new DateOnly(lastMonth.Year, lastMonth.Month, 1);
        _threshold = threshold;
        if (!cube.ExclusiveCategories && cube.Categories > 1)
        {
            // Non-exclusive categories (themes) do not add up to anything: each is a measure of its own.
            _perCategory = [.. Enumerable.Range(0, cube.Categories).Select(c => new ProtectedCube(cube.Single(c), nodes, lastMonth, threshold))];
        }
    }

    /// <param name="cube">The counts.</param>
    /// <param name="scopes">The province (or lone municipality) the counts belong to.</param>
    /// <param name="lastMonth">The last month with figures (the current one); later months do not exist yet.</param>
    /// <param name="threshold">Counts from 1 to one less than this are small.</param>
    public static ProtectedCube Protect(CountCube cube, ScopeTree scopes, DateOnly lastMonth, int threshold)
    {
        ArgumentNullException.ThrowIfNull(cube);
        ArgumentNullException.ThrowIfNull(scopes);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        if (!cube.AdditiveInTime && cube.Categories > 1)
        {
            throw new ArgumentException("A stock measure has no categories.", nameof(cube));
        }

        return new ProtectedCube(cube, new ScopeNodes(scopes), lastMonth, threshold);
    }

    /// <summary>The measure's total for <paramref name="scope"/> in <paramref name="period"/>.</summary>
    public Shown Total(ReportScope scope, ReportPeriod period)
    {
        if (_perCategory is not null)
        {
            throw new InvalidOperationException("Non-exclusive categories have no total; count the total as a measure of its own.");
        }

        return Answer(scope, period, category: null);
    }

    /// <summary>One category's count for <paramref name="scope"/> in <paramref name="period"/>.</summary>
    public Shown Category(ReportScope scope, ReportPeriod period, int category)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(category);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(category, _cube.Categories);
        if (_perCategory is not null)
        {
            return _perCategory[category].Answer(scope, period, category: null);
        }

        return Answer(scope, period, _cube.Categories == 1 ? null : category);
    }

    private Shown Answer(ReportScope scope, ReportPeriod period, int? category)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(period);
        var node = _nodes.Find(scope) ?? throw new ArgumentException($"The scope is not part of the province {_nodes.Tree.Province}.", nameof(scope));
        var blocks = Blocks(period).ToList();
        if (blocks.Count == 0)
        {
            return Shown.Exact(0);
        }

        if (blocks.Count == 1)
        {
            return Year(blocks[0].Year).Show(node, blocks[0].Block, category);
        }

        // A period made of several blocks is shown only when every block is; otherwise it would tell more than the
        // blocks do (an upper bound from "< 5" over a new combination of months), so it is only "afgeschermd".
        var sum = 0m;
        foreach (var (year, block) in blocks)
        {
            var shown = Year(year).Show(node, block, category);
            if (!shown.IsExact)
            {
                return Shown.Protected;
            }

            sum += shown.Value;
        }

        return Shown.Exact(sum);
    }

    /// <summary>The period as the fewest whole blocks (years, quarters, months) up to the last month.</summary>
    private IEnumerable<(int Year, int Block)> Blocks(ReportPeriod period)
    {
        var last = period.Last < _lastMonth ? period.Last : _lastMonth;
        var month = period.First;
        while (month <= last)
        {
            var elapsedOfYear = month.Year < _lastMonth.Year ? new DateOnly(month.Year, 12, 1) : _lastMonth;
            var quarterLast = new DateOnly(month.Year, (((month.Month - 1) / 3) * 3) + 3, 1);
            var elapsedOfQuarter = quarterLast <= _lastMonth ? quarterLast : _lastMonth;
            if (!_cube.AdditiveInTime)
            {
                // A stock: the period's value is its last month's.
                yield return (last.Year, TimeBlocks.Month(last.Month));
                yield break;
            }

            if (month.Month == 1 && elapsedOfYear <= last)
            {
                yield return (month.Year, TimeBlocks.Year);
                month = elapsedOfYear.AddMonths(1);
            }
            else if ((month.Month - 1) % 3 == 0 && elapsedOfQuarter <= last)
            {
                yield return (month.Year, TimeBlocks.Quarter(((month.Month - 1) / 3) + 1));
                month = elapsedOfQuarter.AddMonths(1);
            }
            else
            {
                yield return (month.Year, TimeBlocks.Month(month.Month));
                month = month.AddMonths(1);
            }
        }
    }

    private ProtectedYear Year(int year)
    {
        // A protected cube may be shared between requests (ProtectionCache), so a year is worked out once under a lock.
        lock (_years)
        {
            if (!_years.TryGetValue(year, out var protectedYear))
            {
                var months = year < _lastMonth.Year ? 12 : year == _lastMonth.Year ? _lastMonth.Month : 0;
                protectedYear = new ProtectedYear(_cube, _nodes, year, months, _threshold);
                _years[year] = protectedYear;
            }

            return protectedYear;
        }
    }
}
