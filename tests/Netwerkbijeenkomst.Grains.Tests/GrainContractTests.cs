using Netwerkbijeenkomst.Grains.Abstractions.Networks;
using Netwerkbijeenkomst.Silo.TestingHost;

namespace Netwerkbijeenkomst.Grains.Tests;

public sealed class GrainContractTests
{
    [Fact]
    public void EveryDomainGrainInterface_ExchangesOnlyImmutableTypes()
    {
        var contracts = GrainContracts.GrainInterfacesIn(typeof(INetworkGrain).Assembly).ToList();
        Assert.Equal(3, contracts.Count);

        Assert.Empty(contracts.SelectMany(GrainContracts.FindViolations));
    }
}
