using Netwerkbijeenkomst.Silo.Runtime;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class TickGrain(Probe probe) : Grain, ITickGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public Task StartTimerAsync(TimeSpan period)
    {
        this.RegisterGrainTimer(
            () =>
            {
                probe.Record(this.GetPrimaryKeyString(), $"tick on {_activationId}");
                return Task.CompletedTask;
            },
            period,
            period);
        return Task.CompletedTask;
    }

    public async Task HoldThenLeaveAsync()
    {
        await probe.Gate(this.GetPrimaryKeyString()).PassAsync();
        DeactivateOnIdle();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Deactivated(this.GetPrimaryKeyString(), reason.ReasonCode.ToString());
        return Task.CompletedTask;
    }

    public Task<Guid> PingAsync() => Task.FromResult(_activationId);
}
