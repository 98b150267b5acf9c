using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class FlakyGrain(Probe probe) : Grain, IFlakyGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(this.GetPrimaryKeyString());
        if (probe.TryTakeGate(this.GetPrimaryKeyString(), out var gate))
        {
            await gate.PassAsync();
        }
    }

    public Task<string> HelloAsync() => Task.FromResult("hallo");
}
