namespace Netwerkbijeenkomst.Silo.Server.Configuration;

/// <summary>How long a caller waits for a grain's reply.</summary>
public sealed class SiloMessagingOptions
{
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
