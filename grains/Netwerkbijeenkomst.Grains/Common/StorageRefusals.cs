using Netwerkbijeenkomst.Grains.Abstractions;

namespace Netwerkbijeenkomst.Grains.Common;

/// <summary>What a caller hears when a grain's events could not be stored; the grain reloads from storage afterwards.</summary>
internal static class StorageRefusals
{
    public static InvalidStateException ConcurrentChange() =>
        new("storage.conflict", "Dit is tegelijk ergens anders gewijzigd; uw wijziging is niet opgeslagen. Laad de pagina opnieuw en probeer het nog eens.");

    public static InvalidStateException Unavailable() =>
        new("storage.unavailable", "Uw wijziging kon niet worden opgeslagen. Probeer het over een ogenblik opnieuw.");
}
