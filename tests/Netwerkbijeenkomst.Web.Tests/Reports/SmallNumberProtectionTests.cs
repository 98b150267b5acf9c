using CsCheck;
using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Disclosure;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>
/// The small-number protection (docs/small-numbers.md), tested as an attacker would use it: with every figure the
/// report pages can show about a province at once — each scope, each month, quarter, year and run of months, each
/// category — adding and subtracting shown figures, and reasoning from the markers "&lt; 5" and "afgeschermd".
/// </summary>
public sealed class SmallNumberProtectionTests
{
    private const int Threshold = 5;

    private static readonly ReportScope Province = new(ReportScopeKind.Province, "Utrecht", "Utrecht");
    private static readonly ReportScope Stad = new(ReportScopeKind.Municipality, "Stad", "Stad");
    private static readonly ReportScope Noord = new(ReportScopeKind.Network, "noord", "noord");
    private static readonly ReportScope Zuid = new(ReportScopeKind.Network, "zuid", "zuid");

    [Fact]
    public void A_count_from_one_to_four_is_shown_as_less_than_five_and_its_sibling_is_hidden_with_it()
    {
        var world = new ProtectionWorld(12, 1, ("Stad", ["noord", "zuid"]));
        var cube = new CountCube();
        cube.Add("noord", new DateOnly(2026, 3, 1), 0, 3);
        cube.Add("zuid", new DateOnly(2026, 3, 1), 0, 12);

        var protectedCube = ProtectedCube.Protect(cube, world.Tree, world.LastMonth, Threshold);

        var year = ReportPeriod.Year(2026);
        Assert.Equal(Shown.Small, protectedCube.Total(Noord, year));
        Assert.Equal(Shown.Protected, protectedCube.Total(Zuid, year));
        Assert.Equal(Shown.Exact(15), protectedCube.Total(Stad, year));
        Assert.Equal("< 5", protectedCube.Total(Noord, year).Text(Threshold));
    }

    [Fact]
    public void The_difference_of_two_overlapping_periods_does_not_give_away_a_small_month()
    {
        // January to March 12, April 2: "January–March" and "January–April" side by side would give April away.
        var world = new ProtectionWorld(4, 1, ("Stad", ["noord"]));
        var cube = new CountCube();
        foreach (var (month, count) in new[] { (1, 5), (2, 0), (3, 7), (4, 2) })
        {
            cube.Add("noord", new DateOnly(2026, month, 1), 0, count);
        }

        var protectedCube = ProtectedCube.Protect(cube, world.Tree, world.LastMonth, Threshold);

        var firstThree = protectedCube.Total(Noord, ReportPeriod.Custom(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 1)));
        var firstFour = protectedCube.Total(Noord, ReportPeriod.Custom(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 1)));
        Assert.False(firstThree.IsExact && firstFour.IsExact, $"{firstThree} and {firstFour} would give April's 2 away");
        Assert.Equal(Shown.Small, protectedCube.Total(Noord, ReportPeriod.Month(2026, 4)));
        Assert.Equal(Shown.Exact(14), protectedCube.Total(Noord, ReportPeriod.Year(2026)));
    }

    [Fact]
    public void A_period_made_of_shown_blocks_is_their_sum_and_one_with_a_hidden_block_is_protected()
    {
        var world = new ProtectionWorld(12, 1, ("Stad", ["noord"]));
        var cube = new CountCube();
        foreach (var month in Enumerable.Range(1, 12))
        {
            cube.Add("noord", new DateOnly(2026, month, 1), 0, month == 8 ? 1 : 6);
        }

        var protectedCube = ProtectedCube.Protect(cube, world.Tree, world.LastMonth, Threshold);

        Assert.Equal(Shown.Exact(36), protectedCube.Total(Noord, ReportPeriod.Custom(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 1))));
        Assert.Equal(Shown.Protected, protectedCube.Total(Noord, ReportPeriod.Custom(new DateOnly(2026, 1, 1), new DateOnly(2026, 8, 1))));
        Assert.Equal(Shown.Exact(67), protectedCube.Total(Noord, ReportPeriod.Year(2026)));
    }

    [Fact]
    public void A_stock_is_its_last_months_value_and_is_protected_across_networks()
    {
        var world = new ProtectionWorld(6, 1, ("Stad", ["noord", "zuid"]));
        var cube = new CountCube(additiveInTime: false);
        foreach (var month in Enumerable.Range(1, 6))
        {
            cube.Add("noord", new DateOnly(2026, month, 1), 0, 8);
            cube.Add("zuid", new DateOnly(2026, month, 1), 0, month < 6 ? 9 : 3);
        }

        var protectedCube = ProtectedCube.Protect(cube, world.Tree, world.LastMonth, Threshold);

        Assert.Equal(Shown.Exact(17), protectedCube.Total(Stad, ReportPeriod.Quarter(2026, 1)));
        Assert.Equal(Shown.Exact(9), protectedCube.Total(Zuid, ReportPeriod.Quarter(2026, 1)));
        Assert.Equal(Shown.Small, protectedCube.Total(Zuid, ReportPeriod.Quarter(2026, 2)));
        Assert.Equal(Shown.Protected, protectedCube.Total(Noord, ReportPeriod.Quarter(2026, 2)));
        Assert.Equal(Shown.Exact(11), protectedCube.Total(Stad, ReportPeriod.Year(2026)));
    }

    [Fact]
    public void Themes_that_overlap_are_protected_each_on_their_own()
    {
        var world = new ProtectionWorld(12, 1, ("Stad", ["noord"]));
        var themes = new CountCube(categories: 2, exclusiveCategories: false);
        themes.Add("noord", new DateOnly(2026, 2, 1), 0, 7);
        themes.Add("noord", new DateOnly(2026, 2, 1), 1, 2);

        var protectedCube = ProtectedCube.Protect(themes, world.Tree, world.LastMonth, Threshold);

        Assert.Equal(Shown.Exact(7), protectedCube.Category(Noord, ReportPeriod.Year(2026), 0));
        Assert.Equal(Shown.Small, protectedCube.Category(Noord, ReportPeriod.Year(2026), 1));
        Assert.Throws<InvalidOperationException>(() => protectedCube.Total(Noord, ReportPeriod.Year(2026)));
    }

    [Fact]
    public void A_table_by_category_with_a_small_cell_is_hidden_whole_and_its_total_stays()
    {
        var world = new ProtectionWorld(12, 3, ("Stad", ["noord"]));
        var ages = new CountCube(categories: 3);
        ages.Add("noord", new DateOnly(2026, 5, 1), 0, 9);
        ages.Add("noord", new DateOnly(2026, 5, 1), 1, 6);
        ages.Add("noord", new DateOnly(2026, 5, 1), 2, 2);

        var protectedCube = ProtectedCube.Protect(ages, world.Tree, world.LastMonth, Threshold);

        var year = ReportPeriod.Year(2026);
        Assert.Equal(Shown.Exact(17), protectedCube.Total(Noord, year));
        Assert.All(Enumerable.Range(0, 3), c => Assert.Equal(Shown.Protected, protectedCube.Category(Noord, year, c)));
    }

    [Fact]
    public void Every_shown_count_is_zero_or_at_least_the_threshold()
    {
        var world = new ProtectionWorld(7, 3, ("Stad", ["noord", "zuid"]), ("Dorp", ["dorp"]));
        Gen.Int[0, 9].Array[world.AtomCount].Sample(counts =>
        {
            var protectedCube = ProtectedCube.Protect(world.Cube(counts), world.Tree, world.LastMonth, Threshold);
            return world.Queries.All(query =>
            {
                var shown = ProtectionWorld.Ask(protectedCube, query);
                return !shown.IsExact || (shown.Value == ProtectionWorld.TrueValue(world.AtomsOf(query), counts)
                    && (shown.Value == 0 || shown.Value >= Threshold));
            });
        }, iter: 60, threads: 1);
    }

    [Fact]
    public void No_small_count_is_a_sum_or_difference_of_shown_figures()
    {
        // Random tables of a province with two municipalities, a year to July, three exclusive categories: every figure
        // whose true value is 1–4 (shown, protected, or a run of months nobody asked about) stays out of the span of
        // the figures shown exactly.
        var world = new ProtectionWorld(7, 3, ("Stad", ["noord", "zuid"]), ("Dorp", ["dorp"]));
        Gen.Int[0, 12].Array[world.AtomCount].Sample(counts => NoSmallCountInSpan(world, counts), iter: 60, threads: 1);
    }

    [Fact]
    public void Small_totals_with_mostly_small_months_stay_out_of_reach()
    {
        // The same property where it is hardest: counts of 0–6 per network and month, as in a small network's year.
        var world = new ProtectionWorld(9, 1, ("Stad", ["noord", "zuid", "west"]), ("Dorp", ["dorp"]));
        Gen.Int[0, 6].Array[world.AtomCount].Sample(counts => NoSmallCountInSpan(world, counts), iter: 60, threads: 1);
    }

    public static TheoryData<string, int, int, int, int> SmallWorlds => new()
    {
        // name, months, categories, highest count tried, threshold
        { "two municipalities, three networks, two months", 2, 1, 5, 5 },
        { "one municipality, two networks, a whole quarter", 3, 1, 5, 5 },
        { "one municipality, two networks, two categories", 2, 2, 3, 3 },
        { "a stock over two networks and two municipalities", 2, 1, 5, 5 },
    };

    /// <summary>
    /// Every table of a small world, all at once: tables that show exactly the same everywhere (values and markers,
    /// which a reader who knows the method can see) are grouped, and for every table every figure shown as small must
    /// have another possible value in its group. This is the attacker who knows the method and tries every table.
    /// Counts go up to <paramref name="highest"/>; tables with a count at that edge are only alternatives, not judged,
    /// since their own alternatives may lie beyond it (the attacker does not know the counts stop there).
    /// </summary>
    [Theory]
    [MemberData(nameof(SmallWorlds))]
    public void Knowing_the_method_and_every_shown_figure_never_pins_a_small_count(string name, int months, int categories, int highest, int threshold)
    {
        var world = name.StartsWith("one municipality", StringComparison.Ordinal)
            ? new ProtectionWorld(months, categories, ("Stad", ["noord", "zuid"]))
            : new ProtectionWorld(months, categories, ("Stad", ["noord", "zuid"]), ("Dorp", ["dorp"]));
        var additive = !name.StartsWith("a stock", StringComparison.Ordinal);
        var queries = additive ? world.Queries : [.. world.Queries.Where(q => q.Period.Kind == ReportPeriodKind.Month)];
        var atoms = queries.Select(world.AtomsOf).ToList();
        var possible = new Dictionary<string, HashSet<int>[]>(StringComparer.Ordinal);
        var judged = new List<(string Seen, int Query, int Value)>();
        var counts = new int[world.AtomCount];
        do
        {
            var protectedCube = ProtectedCube.Protect(world.Cube(counts, additive), world.Tree, world.LastMonth, threshold);
            var shown = queries.Select(q => ProtectionWorld.Ask(protectedCube, q)).ToList();
            var seen = string.Join('|', shown.Select(s => $"{s.Kind}:{s.Value}"));
            if (!possible.TryGetValue(seen, out var values))
            {
                values = [.. queries.Select(_ => new HashSet<int>())];
                possible[seen] = values;
            }

            for (var q = 0; q < queries.Count; q++)
            {
                if (shown[q].Kind == ShownKind.Small)
                {
                    var value = additive ? ProtectionWorld.TrueValue(atoms[q], counts) : StockValue(world, queries[q], counts);
                    values[q].Add(value);
                    if (counts.Max() < highest)
                    {
                        judged.Add((seen, q, value));
                    }
                }
            }
        }
        while (Next(counts, highest));

        Assert.True(judged.Count > 1000, $"{name}: only {judged.Count} small figures judged");
        var pinned = judged.Where(j => possible[j.Seen][j.Query].Count == 1).ToList();
        Assert.True(pinned.Count == 0, $"{name}: {pinned.Count} of {judged.Count} small figures pinned, e.g. {(pinned.Count > 0 ? queries[pinned[0].Query] : null)}");
    }

    /// <summary>Whether every figure whose true value is 1–4 stays out of the span of the figures shown exactly.</summary>
    private static bool NoSmallCountInSpan(ProtectionWorld world, int[] counts)
    {
        var protectedCube = ProtectedCube.Protect(world.Cube(counts), world.Tree, world.LastMonth, Threshold);
        var shown = new RowSpace(world.AtomCount);
        foreach (var query in world.Queries.Where(q => ProtectionWorld.Ask(protectedCube, q).IsExact))
        {
            shown.Add(world.AtomsOf(query));
        }

        return world.Queries
            .Select(world.AtomsOf)
            .Where(atoms => ProtectionWorld.TrueValue(atoms, counts) is > 0 and < Threshold)
            .All(atoms => !shown.Contains(atoms));
    }

    private static int StockValue(ProtectionWorld world, ProtectionQuery query, int[] counts) =>
        ProtectionWorld.TrueValue(world.AtomsOf(query with { Period = ReportPeriod.Month(ProtectionWorld.Year, query.Period.Last.Month) }), counts);

    private static bool Next(int[] counts, int highest)
    {
        for (var i = 0; i < counts.Length; i++)
        {
            if (++counts[i] <= highest)
            {
                return true;
            }

            counts[i] = 0;
        }

        return false;
    }
}
