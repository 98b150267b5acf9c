namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>
/// A <see cref="ScopeTree"/> as numbered nodes: 0 is a root above the province (so the province's own figures form a
/// table like every other), 1 the province, then the municipalities, then the networks (the leaves, which hold the counts).
/// </summary>
internal sealed class ScopeNodes
{
    public const int Root = 0;

    public const int ProvinceNode = 1;

    private readonly Dictionary<(ReportScopeKind Kind, string Id), int> _index = [];

    public ScopeNodes(ScopeTree tree)
    {
        Tree = tree;
        var parents = new List<int> { -1, Root };
        var kinds = new List<ReportScopeKind?> { null, ReportScopeKind.Province };
        _index[(ReportScopeKind.Province, tree.Province)] = ProvinceNode;
        foreach (var municipality in tree.Networks.Keys)
        {
            _index[(ReportScopeKind.Municipality, municipality)] = parents.Count;
            parents.Add(ProvinceNode);
            kinds.Add(ReportScopeKind.Municipality);
        }

        var leaves = new List<string>();
        foreach (var (municipality, networks) in tree.Networks)
        {
            foreach (var network in networks)
            {
                _index[(ReportScopeKind.Network, network)] = parents.Count;
                parents.Add(_index[(ReportScopeKind.Municipality, municipality)]);
                kinds.Add(ReportScopeKind.Network);
                leaves.Add(network);
            }
        }

        Parent = [.. parents];
        FirstLeaf = parents.Count - leaves.Count;
        LeafIds = [.. leaves];
        Children = [.. Enumerable.Range(0, Parent.Length).Select(n => Enumerable.Range(0, Parent.Length).Where(c => Parent[c] == n).ToArray())];
        Leaves = [.. Enumerable.Range(0, Parent.Length).Select(n => Enumerable.Range(FirstLeaf, LeafIds.Length).Where(l => IsWithin(l, n)).ToArray())];
    }

    public ScopeTree Tree { get; }

    public int Count => Parent.Length;

    public int[] Parent { get; }

    public int[][] Children { get; }

    /// <summary>The leaves (networks) under each node, itself included for a leaf.</summary>
    public int[][] Leaves { get; }

    public int FirstLeaf { get; }

    public string[] LeafIds { get; }

    public bool IsLeaf(int node) => node >= FirstLeaf;

    public int? Find(ReportScope scope) => _index.TryGetValue((scope.Kind, scope.Id), out var node) ? node : null;

    /// <summary>The node and every node above it, the root excluded.</summary>
    public IEnumerable<int> SelfAndAncestors(int node)
    {
        for (var n = node; n > Root; n = Parent[n])
        {
            yield return n;
        }
    }

    private bool IsWithin(int node, int ancestor) => SelfAndAncestors(node).Contains(ancestor);
}
