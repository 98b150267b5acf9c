using Microsoft.Extensions.Configuration;
using Netwerkbijeenkomst.Silo.Hosting;
using Netwerkbijeenkomst.Silo.Settings;

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
    public void AdvertisedAddressThatIsNoIpAddress_FailsTheStart_NamingTheKey() =>
        Assert.Equal(
            "Instelling 'Cluster:AdvertisedAddress' is geen IP-adres ('silo.example') / Setting 'Cluster:AdvertisedAddress' is not an IP address ('silo.example')",
            Assert.Throws<SettingsException>(() => ClusterSettings.Read(Configuration(("Cluster:AdvertisedAddress", "silo.example")))).Message);

    [Fact]
    public void ClusterIdOutsideTheAllowedCharacters_FailsTheStart() =>
        Assert.Throws<SettingsException>(() => ClusterSettings.Read(Configuration(("Cluster:ClusterId", "Productie Cluster"))));

    [Fact]
    public void PortOutOfRange_FailsTheStart_NamingTheKey() =>
        Assert.Equal(
            "Instelling 'Cluster:GatewayPort' moet tussen 1 en 65535 liggen / Setting 'Cluster:GatewayPort' must be between 1 and 65535",
            Assert.Throws<SettingsException>(() => ClusterSettings.Read(Configuration(("Cluster:GatewayPort", "70000")))).Message);

    [Fact]
    public void UnknownMembership_FailsTheStart_ListingTheChoices() =>
        Assert.Equal(
            "Instelling 'Cluster:Membership' moet een van deze zijn: Localhost, Database / Setting 'Cluster:Membership' must be one of: Localhost, Database",
            Assert.Throws<SettingsException>(() => ClusterSettings.Read(Configuration(("Cluster:Membership", "Redis")))).Message);

    [Fact]
    public void SeveralProblems_AreOneLine_TheFirstAndHowManyMore() =>
        Assert.Equal(
            "Instelling 'Cluster:SiloPort' moet tussen 1 en 65535 liggen / Setting 'Cluster:SiloPort' must be between 1 and 65535 (nog 1 andere / 1 more)",
            Assert.Throws<SettingsException>(() => ClusterSettings.Read(Configuration(("Cluster:SiloPort", "0"), ("Cluster:GatewayPort", "0")))).Message);

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build();
}
