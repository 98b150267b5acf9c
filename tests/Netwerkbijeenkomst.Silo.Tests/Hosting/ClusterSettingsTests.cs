using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Netwerkbijeenkomst.Silo.Hosting;

namespace Netwerkbijeenkomst.Silo.Tests.Hosting;

public sealed class ClusterSettingsTests
{
    [Fact]
    public void WithoutASection_TheNodeIsAOneMachineCluster()
    {
        var settings = ClusterSettings.Read(Configuration());

        Assert.Equal(ClusterMembership.Localhost, settings.Membership);
        Assert.Equal(11111, settings.SiloPort);
        Assert.Equal(30000, settings.GatewayPort);
    }

    [Fact]
    public void DatabaseMembership_IsReadWithItsAddressAndPorts()
    {
        var settings = ClusterSettings.Read(Configuration(
            ("Cluster:Membership", "Database"), ("Cluster:ClusterId", "productie"), ("Cluster:AdvertisedAddress", "10.0.0.7"), ("Cluster:SiloPort", "11112")));

        Assert.Equal(ClusterMembership.Database, settings.Membership);
        Assert.Equal("productie", settings.ClusterId);
        Assert.Equal("10.0.0.7", settings.AdvertisedAddress);
        Assert.Equal(11112, settings.SiloPort);
    }

    [Fact]
    public void AdvertisedAddressThatIsNoIpAddress_FailsTheStart() =>
        Assert.Throws<ValidationException>(() => ClusterSettings.Read(Configuration(("Cluster:AdvertisedAddress", "silo.example"))));

    [Fact]
    public void ClusterIdOutsideTheAllowedCharacters_FailsTheStart() =>
        Assert.Throws<ValidationException>(() => ClusterSettings.Read(Configuration(("Cluster:ClusterId", "Productie Cluster"))));

    [Fact]
    public void PortOutOfRange_FailsTheStart() =>
        Assert.Throws<ValidationException>(() => ClusterSettings.Read(Configuration(("Cluster:GatewayPort", "70000"))));

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
