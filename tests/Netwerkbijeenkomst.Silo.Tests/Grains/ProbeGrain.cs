using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class ProbeGrain(Probe probe) : Grain, IProbeGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Activated(this.GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(this.GetPrimaryKeyString(), reason.ReasonCode.ToString());
        return Task.CompletedTask;
    }

    public Task<Guid> PingAsync() => Task.FromResult(_activationId);
}
