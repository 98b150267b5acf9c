namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>
/// The networks of one province (or of one municipality without a province), grouped by municipality: the unit the
/// small-number protection works on, so a count is protected the same way on every page that can show it.
/// </summary>
public sealed class ScopeTree
{
    /// <param name="province">The province's name, or the municipality's own name when it has no province.</param>
    /// <param name="networks">Every network of the province with its municipality.</param>
    public ScopeTree(string province, IEnumerable<(string NetworkId, string Municipality)> networks)
    {
        ArgumentNullException.ThrowIfNull(networks);
        Province = province;
        Networks = networks
            .GroupBy(n => n.Municipality, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)[.. g.Select(n => n.NetworkId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)], StringComparer.Ordinal);
    }

    public string Province { get; }

    /// <summary>The province and every municipality's networks as one text, for <see cref="ProtectionCache"/>'s key.</summary>
    internal string Digest => $"{Province}\n{string.Join('\n', Networks.Select(m => $"{m.Key}\t{string.Join('\t', m.Value)}"))}";

    /// <summary>Each municipality's networks.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Networks { get; }
}
