namespace Netwerkbijeenkomst.Web.Reports.Disclosure;

/// <summary>
/// A <see cref="CountCube"/> after small-number protection (docs/small-numbers.md): answers any scope of its
/// <see cref="ScopeTree"/> and any period of whole months with a <see cref="Shown"/> that is the same whichever page asks.
/// </summary>
public sealed class ProtectedCube
{
    /// <param name="cube">The counts.</param>
    /// <param name="scopes">The province (or lone municipality) the counts belong to.</param>
    /// <param name="lastMonth">The last month with figures (the current one); later months do not exist yet.</param>
    /// <param name="threshold">Counts from 1 to one less than this are small.</param>
    public static ProtectedCube Protect(CountCube cube, ScopeTree scopes, DateOnly lastMonth, int threshold) =>
        throw new NotImplementedException("Being written on main; see docs/small-numbers.md.");

    /// <summary>The measure's total for <paramref name="scope"/> in <paramref name="period"/>.</summary>
    public Shown Total(ReportScope scope, ReportPeriod period) => throw new NotImplementedException();

    /// <summary>One category's count for <paramref name="scope"/> in <paramref name="period"/>.</summary>
    public Shown Category(ReportScope scope, ReportPeriod period, int category) => throw new NotImplementedException();
}
