using Netwerkbijeenkomst.Web.Reports;
using Netwerkbijeenkomst.Web.Reports.Disclosure;

namespace Netwerkbijeenkomst.Web.Tests.Reports;

/// <summary>
/// A province of municipalities and networks, one year (January up to <see cref="Months"/>), and every figure the
/// report pages could ask about it: each scope × each month, quarter, year and run of months × the total and each
/// category. The tests play an attacker who sees all of them at once.
/// </summary>
internal sealed class ProtectionWorld
{
    public const int Year = 2026;

    public ProtectionWorld(int months, int categories, params (string Municipality, string[] Networks)[] municipalities)
    {
        Months = months;
        Categories = categories;
        Tree = new ScopeTree("Utrecht", municipalities.SelectMany(m => m.Networks.Select(n => (n, m.Municipality))));
        Networks = [.. municipalities.SelectMany(m => m.Networks)];
        NetworksOf = new Dictionary<ReportScope, string[]>
        {
            [new ReportScope(ReportScopeKind.Province, "Utrecht", "Utrecht")] = Networks,
        };
        foreach (var (municipality, networks) in municipalities)
        {
            NetworksOf[new ReportScope(ReportScopeKind.Municipality, municipality, municipality)] = networks;
            foreach (var network in networks)
            {
                NetworksOf[new ReportScope(ReportScopeKind.Network, network, network)] = [network];
            }
        }

        var periods = new List<ReportPeriod>();
        for (var first = 1; first <= Months; first++)
        {
            for (var last = first; last <= Months; last++)
            {
                periods.Add(ReportPeriod.Custom(new DateOnly(Year, first, 1), new DateOnly(Year, last, 1)));
            }
        }

        periods.AddRange(Enumerable.Range(1, Months).Select(m => ReportPeriod.Month(Year, m)));
        periods.AddRange(Enumerable.Range(1, ((Months - 1) / 3) + 1).Select(q => ReportPeriod.Quarter(Year, q)));
        periods.Add(ReportPeriod.Year(Year));
        var categoriesAsked = categories > 1 ? [null, .. Enumerable.Range(0, categories).Select(c => (int?)c)] : new int?[] { null };
        Queries = [.. from scope in NetworksOf.Keys from period in periods from category in categoriesAsked select new ProtectionQuery(scope, period, category)];
    }

    public int Months { get; }

    public int Categories { get; }

    public ScopeTree Tree { get; }

    public string[] Networks { get; }

    public Dictionary<ReportScope, string[]> NetworksOf { get; }

    public IReadOnlyList<ProtectionQuery> Queries { get; }

    public DateOnly LastMonth => new(Year, Months, 1);

    /// <summary>The atoms (network, month, category) as one index each, for counts laid out as network × month × category.</summary>
    public int AtomCount => Networks.Length * Months * Categories;

    public CountCube Cube(IReadOnlyList<int> counts, bool additive = true)
    {
        var cube = new CountCube(Categories, exclusiveCategories: true, additiveInTime: additive);
        for (var atom = 0; atom < AtomCount; atom++)
        {
            var (network, month, category) = Atom(atom);
            cube.Add(network, new DateOnly(Year, month, 1), category, counts[atom]);
        }

        return cube;
    }

    public (string Network, int Month, int Category) Atom(int atom) =>
        (Networks[atom / (Months * Categories)], ((atom / Categories) % Months) + 1, atom % Categories);

    /// <summary>Which atoms add up to the query's true value.</summary>
    public bool[] AtomsOf(ProtectionQuery query)
    {
        var atoms = new bool[AtomCount];
        for (var atom = 0; atom < AtomCount; atom++)
        {
            var (network, month, category) = Atom(atom);
            atoms[atom] = NetworksOf[query.Scope].Contains(network)
                && query.Period.Contains(new DateOnly(Year, month, 1))
                && (query.Category is null || query.Category == category);
        }

        return atoms;
    }

    public static int TrueValue(bool[] atoms, IReadOnlyList<int> counts) => atoms.Select((inQuery, i) => inQuery ? counts[i] : 0).Sum();

    public static Shown Ask(ProtectedCube cube, ProtectionQuery query) =>
        query.Category is { } category ? cube.Category(query.Scope, query.Period, category) : cube.Total(query.Scope, query.Period);
}
