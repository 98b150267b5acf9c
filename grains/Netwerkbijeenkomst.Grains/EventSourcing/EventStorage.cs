namespace Netwerkbijeenkomst.Grains.EventSourcing;

/// <summary>The name under which the silo registers Orleans' CustomStorage log-consistency provider for our grains.</summary>
public static class EventStorage
{
    public const string ProviderName = "CustomStorage";
}
