using Netwerkbijeenkomst.Grains.Abstractions.Cases;

namespace Netwerkbijeenkomst.Grains.Cases;

/// <summary>Whether two case descriptions say the same (records compare immutable arrays by reference, not by content).</summary>
internal static class CaseDetailsComparer
{
    public static bool Same(CaseDetails a, CaseDetails b) =>
        a.AgeBand == b.AgeBand && a.Community == b.Community && a.Themes.SequenceEqual(b.Themes) && a.OtherTheme == b.OtherTheme
        && a.Situation == b.Situation && a.Question == b.Question;
}
