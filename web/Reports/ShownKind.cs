namespace Netwerkbijeenkomst.Web.Reports;

public enum ShownKind
{
    /// <summary>The value is shown as it is.</summary>
    Exact,

    /// <summary>A count from 1 to the threshold minus one: shown as "&lt; 5".</summary>
    Small,

    /// <summary>Hidden so that a small count elsewhere cannot be worked out from it: shown as "afgeschermd".</summary>
    Protected,

    /// <summary>A median or an average over fewer cases than the threshold: not shown.</summary>
    TooFew,
}
