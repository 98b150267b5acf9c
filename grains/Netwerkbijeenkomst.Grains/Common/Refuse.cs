using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>The refusals the grains share, so their codes and Dutch wording stay the same everywhere.</summary>
internal static class Refuse
{
    public static NotAllowedException CoordinatorOnly() =>
        new("network.coordinator-only", "Alleen een netwerkcoördinator van dit netwerk mag dit doen.");

    public static NotAllowedException MembersOnly() =>
        new("network.members-only", "Alleen actieve leden van dit netwerk mogen dit doen.");
}
