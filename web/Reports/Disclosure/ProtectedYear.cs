namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>
/// One year of one measure, protected (docs/small-numbers.md). The cells are grouped in tables ("units"): the children
/// of one scope node across the blocks of one level (year, quarters or months), with or without the categories. A table
/// is shown only when none of its cells is small and the tables it adds up to are shown; otherwise all of it is hidden.
/// So whatever is shown is made of whole shown tables, and a hidden cell is never the difference of shown ones. Where
/// the markers ("&lt; 5" against "afgeschermd") and the shown totals could still pin a small cell to one value, the
/// table a level up is hidden too, until every small cell has another possible value consistent with everything shown.
/// </summary>
internal sealed class ProtectedYear
{
    private const int Headline = 0;
    private const int Categorised = 1;

    /// <summary>Beyond this many tried moves a small cell counts as unproven, and gets more cover: slower never means less safe.</summary>
    private const int MovesTriedPerCell = 50;

    private readonly ScopeNodes _nodes;
    private readonly int _months;
    private readonly int _threshold;
    private readonly bool _additive;
    private readonly int _categories;
    private readonly int _slots;
    private readonly int _total;
    private readonly int[,,] _atoms;
    private readonly int[,,] _values;
    private readonly HashSet<Unit> _forced = [];
    private readonly Dictionary<Unit, bool> _published = [];
    private readonly List<Unit> _units = [];

    public ProtectedYear(CountCube cube, ScopeNodes nodes, int year, int months, int threshold)
    {
        _nodes = nodes;
        _months = months;
        _threshold = threshold;
        _additive = cube.AdditiveInTime;
        _categories = cube.Categories;
        _slots = _categories > 1 ? _categories + 1 : 1;
        _total = _slots - 1;
        _atoms = new int[nodes.LeafIds.Length, 13, _categories];
        _values = new int[nodes.Count, TimeBlocks.Count, _slots];
        var leafOf = nodes.LeafIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i, StringComparer.Ordinal);
        foreach (var ((network, month, category), count) in cube.Cells)
        {
            if (month.Year == year && month.Month <= months && leafOf.TryGetValue(network, out var leaf))
            {
                Change(leaf, month.Month, category, count);
            }
        }

        foreach (var kind in _categories > 1 ? new[] { Headline, Categorised } : [Headline])
        {
            for (var scope = 0; scope < nodes.FirstLeaf; scope++)
            {
                if (_additive)
                {
                    _units.AddRange(Enumerable.Range(0, 3).Select(level => new Unit(kind, scope, level, 0)));
                }
                else
                {
                    _units.AddRange(Enumerable.Range(1, months).Select(month => new Unit(kind, scope, 2, month)));
                }
            }
        }

        ProveSmallCells();
    }

    /// <summary>How the cell of <paramref name="node"/>, <paramref name="block"/> and <paramref name="category"/> (null: the total) may be shown.</summary>
    public Shown Show(int node, int block, int? category)
    {
        // A cell with the same counts as the one above it (a lone network in its municipality, the only month of a
        // quarter so far) is that cell, and is shown the same way.
        while (node != ScopeNodes.ProvinceNode && _nodes.Children[_nodes.Parent[node]].Length == 1)
        {
            node = _nodes.Parent[node];
        }

        while (_additive && block != TimeBlocks.Year && TimeBlocks.OfLevel(TimeBlocks.Level(block), _months).Count(b => TimeBlocks.Parent(b) == TimeBlocks.Parent(block)) == 1)
        {
            block = TimeBlocks.Parent(block);
        }

        var slot = category ?? _total;
        var value = _values[node, block, slot];
        var unit = UnitOf(node, block, slot);
        if (IsPublished(unit))
        {
            return Shown.Exact(value);
        }

        return IsMarked(unit) && IsSmall(value) ? Shown.Small : Shown.Protected;
    }

    private bool IsSmall(int value) => value > 0 && value < _threshold;

    private void Change(int leaf, int month, int category, int delta)
    {
        _atoms[leaf, month, category] += delta;
        foreach (var node in _nodes.SelfAndAncestors(_nodes.FirstLeaf + leaf))
        {
            foreach (var block in _additive ? TimeBlocks.Holding(month) : [TimeBlocks.Month(month)])
            {
                if (_slots > 1)
                {
                    _values[node, block, category] += delta;
                }

                _values[node, block, _total] += delta;
            }
        }
    }

    private Unit UnitOf(int node, int block, int slot) =>
        new(slot == _total ? Headline : Categorised, _nodes.Parent[node], TimeBlocks.Level(block), _additive ? 0 : TimeBlocks.LastMonth(block));

    /// <summary>The tables a unit adds up to, in the order they are hidden when a small cell needs more cover.</summary>
    private IEnumerable<Unit> Gates(Unit unit)
    {
        if (unit.Scope != ScopeNodes.Root)
        {
            yield return unit with { Scope = _nodes.Parent[unit.Scope] };
        }

        if (_additive && unit.Level > 0)
        {
            yield return unit with { Level = unit.Level - 1 };
        }

        if (unit.Kind == Categorised)
        {
            yield return unit with { Kind = Headline };
        }
    }

    private IEnumerable<(int Node, int Block, int Slot)> Cells(Unit unit)
    {
        var blocks = _additive ? TimeBlocks.OfLevel(unit.Level, _months) : [TimeBlocks.Month(unit.Month)];
        var slots = unit.Kind == Headline ? [_total] : Enumerable.Range(0, _categories);
        return from child in _nodes.Children[unit.Scope] from block in blocks from slot in slots select (child, block, slot);
    }

    private bool IsPublished(Unit unit)
    {
        if (!_published.TryGetValue(unit, out var published))
        {
            published = !_forced.Contains(unit)
                && Cells(unit).All(c => !IsSmall(_values[c.Node, c.Block, c.Slot]))
                && Gates(unit).All(IsPublished);
            _published[unit] = published;
        }

        return published;
    }

    private bool IsFirstHidden(Unit unit) => !IsPublished(unit) && Gates(unit).All(IsPublished);

    /// <summary>
    /// Whether the hidden cells of the unit say "&lt; 5" or "afgeschermd" apart. Only headline tables do: in a table by
    /// category the markers would add bounds across three dimensions at once, which the moves below do not cover, so
    /// a hidden category table reads "afgeschermd" throughout.
    /// </summary>
    private bool IsMarked(Unit unit) => unit.Kind == Headline && IsFirstHidden(unit);

    /// <summary>Hides a table a level up wherever a small cell would otherwise have only one possible value.</summary>
    private void ProveSmallCells()
    {
        var changed = true;
        while (changed)
        {
            changed = false;

            // Every status is settled from the real counts before any move is tried on them.
            _published.Clear();
            foreach (var unit in _units)
            {
                IsPublished(unit);
            }

            foreach (var unit in _units.Where(IsMarked).ToList())
            {
                var gates = Gates(unit).ToList();
                if (gates.Count > 0 && Cells(unit).Any(c => IsSmall(_values[c.Node, c.Block, c.Slot]) && !HasOtherValue(c.Node, c.Block, c.Slot)))
                {
                    _forced.Add(gates[0]);
                    changed = true;
                    break;
                }
            }
        }
    }

    /// <summary>
    /// Whether another table of counts, differing in this cell by one, shows exactly the same: every shown value the
    /// same and every hidden cell with the same marker. Tried as the smallest changes: one count, or one count moved
    /// between two children, two blocks of the same parent block and/or two categories.
    /// </summary>
    private bool HasOtherValue(int node, int block, int slot)
    {
        var value = _values[node, block, slot];
        var siblings = node == ScopeNodes.ProvinceNode ? [] : _nodes.Children[_nodes.Parent[node]].Where(c => c != node).ToArray();
        var level = TimeBlocks.Level(block);
        var partnerBlocks = _additive && level > 0
            ? TimeBlocks.OfLevel(level, _months).Where(b => b != block && TimeBlocks.Parent(b) == TimeBlocks.Parent(block)).ToArray()
            : [];
        var categories = slot == _total ? Enumerable.Range(0, _categories).ToArray() : [slot];
        var budget = MovesTriedPerCell;
        var partnerCategories = slot == _total ? [] : Enumerable.Range(0, _categories).Where(c => c != slot).ToArray();
        foreach (var delta in new[] { -1, 1 }.Where(d => IsSmall(value + d)))
        {
            foreach (var scopes in Options(node, siblings))
            {
                foreach (var blocks in Options(block, partnerBlocks))
                {
                    foreach (var category in categories)
                    {
                        foreach (var cats in Options(category, partnerCategories))
                        {
                            if (TryMove(scopes, blocks, cats, delta, ref budget))
                            {
                                return true;
                            }

                            if (budget <= 0)
                            {
                                return false;
                            }
                        }
                    }
                }
            }
        }

        return false;
    }

    private static IEnumerable<int[]> Options(int own, int[] partners) => partners.Select(p => new[] { own, p }).Prepend([own]);

    /// <summary>
    /// Tries the move that adds <paramref name="delta"/> where every side is the own one and alternates the sign across
    /// partner sides, so every sum across a side stays. Each corner is one count (a network, a month and a category
    /// within its sides), found depth first: a corner that takes one away needs a count of at least one, and networks
    /// and months already used by earlier corners are tried first, so the sums below the sides stay too.
    /// </summary>
    private bool TryMove(int[] scopes, int[] blocks, int[] categories, int delta, ref int budget)
    {
        var sides = new List<(int[] Leaves, int[] Months, int Category, int Delta)>();
        for (var s = 0; s < scopes.Length; s++)
        {
            for (var b = 0; b < blocks.Length; b++)
            {
                for (var c = 0; c < categories.Length; c++)
                {
                    var months = Enumerable.Range(TimeBlocks.FirstMonth(blocks[b]), TimeBlocks.LastMonth(blocks[b]) - TimeBlocks.FirstMonth(blocks[b]) + 1).Where(m => m <= _months).ToArray();
                    sides.Add((_nodes.Leaves[scopes[s]], months, categories[c], (s + b + c) % 2 == 0 ? delta : -delta));
                }
            }
        }

        // Corners that take one away first: they have the fewest choices.
        sides.Sort((x, y) => x.Delta.CompareTo(y.Delta));
        return Place(sides, [], ref budget);
    }

    private bool Place(List<(int[] Leaves, int[] Months, int Category, int Delta)> sides, List<(int Leaf, int Month, int Category, int Delta)> chosen, ref int budget)
    {
        if (chosen.Count == sides.Count)
        {
            return --budget >= 0 && Holds(chosen);
        }

        var (leaves, months, category, delta) = sides[chosen.Count];
        var usedLeaves = chosen.Select(c => c.Leaf).ToHashSet();
        var usedMonths = chosen.Select(c => c.Month).ToHashSet();
        var options =
            from leaf in leaves
            from month in months
            where delta > 0 || _atoms[leaf - _nodes.FirstLeaf, month, category] > 0
            orderby usedLeaves.Contains(leaf) ? 0 : 1, usedMonths.Contains(month) ? 0 : 1
            select (leaf, month);
        foreach (var (leaf, month) in options.Take(8).ToList())
        {
            if (budget <= 0)
            {
                return false;
            }

            chosen.Add((leaf, month, category, delta));
            if (Place(sides, chosen, ref budget))
            {
                return true;
            }

            chosen.RemoveAt(chosen.Count - 1);
        }

        return false;
    }

    /// <summary>Applies the move, checks that everything shown looks the same, and takes it back.</summary>
    private bool Holds(List<(int Leaf, int Month, int Category, int Delta)> corners)
    {
        var before = new Dictionary<(int Node, int Block, int Slot), int>();
        foreach (var corner in corners)
        {
            foreach (var node in _nodes.SelfAndAncestors(corner.Leaf))
            {
                foreach (var block in _additive ? TimeBlocks.Holding(corner.Month) : [TimeBlocks.Month(corner.Month)])
                {
                    foreach (var slot in _slots > 1 ? new[] { corner.Category, _total } : [_total])
                    {
                        before.TryAdd((node, block, slot), _values[node, block, slot]);
                    }
                }
            }
        }

        foreach (var corner in corners)
        {
            Change(corner.Leaf - _nodes.FirstLeaf, corner.Month, corner.Category, corner.Delta);
        }

        try
        {
            foreach (var ((node, block, slot), old) in before)
            {
                var now = _values[node, block, slot];
                if (now == old)
                {
                    continue;
                }

                // Statuses are those of the real table (kept in _published); only values are of the moved one.
                var unit = UnitOf(node, block, slot);
                if (IsPublished(unit) || (IsMarked(unit) && IsSmall(old) != IsSmall(now)))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            foreach (var corner in corners)
            {
                Change(corner.Leaf - _nodes.FirstLeaf, corner.Month, corner.Category, -corner.Delta);
            }
        }
    }

    private readonly record struct Unit(int Kind, int Scope, int Level, int Month);
}
