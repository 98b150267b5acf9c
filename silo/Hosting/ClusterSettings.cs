using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Netwerkbijeenkomst.Silo.Settings;

namespace Netwerkbijeenkomst.Silo.Hosting;

/// <summary>How the nodes find each other (section "Cluster"); read at start and refused there when wrong.</summary>
public sealed class ClusterSettings : IValidatableObject
{
    public const string Section = "Cluster";

    /// <summary><see cref="ClusterMembership.Localhost"/>: one machine, one silo. <see cref="ClusterMembership.Database"/>: any number of nodes, membership in the application database.</summary>
    [EnumDataType(typeof(ClusterMembership))]
    public ClusterMembership Membership { get; set; } = ClusterMembership.Localhost;

    [Required]
    [RegularExpression("^[a-z0-9-]{1,60}$")]
    public string ClusterId { get; set; } = "netwerkbijeenkomst";

    [Required]
    [RegularExpression("^[a-z0-9-]{1,60}$")]
    public string ServiceId { get; set; } = "netwerkbijeenkomst";

    /// <summary>Where silos talk to each other.</summary>
    [Range(1, 65535)]
    public int SiloPort { get; set; } = 11111;

    /// <summary>Where web nodes (Orleans clients) reach a silo.</summary>
    [Range(1, 65535)]
    public int GatewayPort { get; set; } = 30000;

    /// <summary>The IP address other nodes use to reach this silo; required in a cluster (a wrong default would advertise loopback to other machines).</summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>Reads the section; a missing or wrong value throws <see cref="SettingsException"/>.</summary>
    public static ClusterSettings Read(IConfiguration configuration) => configuration.ReadSettings<ClusterSettings>(Section);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (AdvertisedAddress is { } address && !System.Net.IPAddress.TryParse(address, out _))
        {
            yield return new ValidationResult($"is geen IP-adres ('{address}') / is not an IP address ('{address}')", [nameof(AdvertisedAddress)]);
        }
    }
}
