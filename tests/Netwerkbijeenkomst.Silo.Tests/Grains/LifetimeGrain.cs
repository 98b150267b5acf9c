using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class LifetimeGrain(Probe probe) : Grain, ILifetimeGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        probe.Activated(key);
        cancellationToken.Register(() =>
        {
            probe.Record(key, "lifetime cancelled");
            throw new InvalidOperationException("De callback faalt.");
        });

        if (probe.TryTakeGate(key, out var gate))
        {
            await gate.PassAsync();
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(this.GetPrimaryKeyString(), reason.ReasonCode.ToString());
        return Task.CompletedTask;
    }

    public Task<Guid> PingAsync() => Task.FromResult(_activationId);

    public Task LeaveAsync()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
