using Netwerkbijeenkomst.Grains.Abstractions.Cases;

namespace Netwerkbijeenkomst.Web.Reports.Projection;

/// <summary>How a settled escalation ended, as the report counts it.</summary>
public static class ReportEscalationOutcomes
{
    public const int InCare = 0;

    public static IReadOnlyList<string> Labels { get; } = ["in zorg", "afgewezen", "teruggetrokken", "terug naar het netwerk", "afgesloten"];

    /// <summary>The category of a settled status; null while the escalation is open.</summary>
    public static int? Of(EscalationStatus status) => status switch
    {
        EscalationStatus.InCare => InCare,
        EscalationStatus.Declined => 1,
        EscalationStatus.Withdrawn => 2,
        EscalationStatus.ReturnedToNetwork => 3,
        EscalationStatus.Closed => 4,
        _ => null,
    };
}
