using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;
using Netwerkbijeenkomst.Silo.Tests.Infrastructure;

namespace Netwerkbijeenkomst.Silo.Tests.Grains;

public sealed class OpeningJournalGrain(Probe probe) : EventSourcedGrain<JournalState, JournalEvent>, IOpeningJournalGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (probe.TryTakeGate(this.GetPrimaryKeyString(), out var gate))
        {
            await gate.PassAsync();
        }

        if (Version == 0)
        {
            RaiseEvent(new NoteAdded("geopend"));
        }
    }

    public Task<int> GetVersionAsync() => Task.FromResult(Version);
}
