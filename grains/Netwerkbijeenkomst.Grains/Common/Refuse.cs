using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>The refusals the grains share, so their codes and Dutch wording stay the same everywhere.</summary>
internal static class Refuse
{
    public static NotAllowedException CoordinatorOnly() =>
        new("network.coordinator-only", "Alleen een netwerkcoördinator van dit netwerk mag dit doen.");

    public static NotAllowedException MembersOnly() =>
        new("network.members-only", "Alleen actieve leden van dit netwerk mogen dit doen.");

    /// <summary>Another writer moved the grain's stream on; nothing of this command was stored.</summary>
    public static InvalidStateException ConcurrentChange() =>
        new("storage.conflict", "Dit is tegelijk ergens anders gewijzigd; uw wijziging is niet opgeslagen. Laad de pagina opnieuw en probeer het nog eens.");

    /// <summary>The grain's events could not be stored; the grain reloads from storage.</summary>
    public static InvalidStateException StorageUnavailable() =>
        new("storage.unavailable", "Uw wijziging kon niet worden opgeslagen. Probeer het over een ogenblik opnieuw.");
}
