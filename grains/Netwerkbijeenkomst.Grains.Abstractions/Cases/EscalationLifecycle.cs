using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Grains.Abstractions.Cases;

/// <summary>
/// Where an escalation may go next, and who may take it there. Gemeld and opgepakt are open; in zorg, afgewezen,
/// teruggetrokken, terug naar het netwerk and (older) afgesloten are settled and never change again.
/// </summary>
public static class EscalationLifecycle
{
    /// <summary>The steps the network (coordinator or the member who brought the case) offers from an open state, in the order the page shows them.</summary>
    public static readonly ImmutableArray<EscalationStatus> NetworkSteps =
        [EscalationStatus.ContactMade, EscalationStatus.InCare, EscalationStatus.Declined, EscalationStatus.ReturnedToNetwork, EscalationStatus.Withdrawn];

    /// <summary>What the contact person may answer through their link: picked up, in care, or not possible (back to the network).</summary>
    public static readonly ImmutableArray<EscalationStatus> ContactPersonSteps =
        [EscalationStatus.ContactMade, EscalationStatus.InCare, EscalationStatus.ReturnedToNetwork];

    public static bool IsSettled(EscalationStatus status) => status is not (EscalationStatus.Reported or EscalationStatus.ContactMade);

    /// <summary>Whether <paramref name="to"/> may follow <paramref name="from"/>; afgesloten is accepted for the coordinator's older callers, but not offered.</summary>
    public static bool CanMove(EscalationStatus from, EscalationStatus to) =>
        !IsSettled(from) && to != EscalationStatus.Reported && to != from && Enum.IsDefined(to);

    /// <summary>Afgewezen and terug naar het netwerk say why: the network has to know what to do next.</summary>
    public static bool NeedsNote(EscalationStatus to) => to is EscalationStatus.Declined or EscalationStatus.ReturnedToNetwork;

    /// <summary>The next states the network can choose from <paramref name="from"/>; empty once settled.</summary>
    public static ImmutableArray<EscalationStatus> NextFor(EscalationStatus from) =>
        IsSettled(from) ? [] : [.. NetworkSteps.Where(to => CanMove(from, to))];
}
