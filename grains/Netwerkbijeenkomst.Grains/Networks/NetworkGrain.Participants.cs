using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Networks;

namespace Netwerkbijeenkomst.Grains.Networks;

public sealed partial class NetworkGrain
{
    public Task<ImmutableArray<Participant>> GetParticipantsAsync()
    {
        EnsureExists();
        var coordinators = State.Coordinators.Select(c => new Participant(c.UserId, c.DisplayName, NetworkRole.Coordinator));
        var members = State.Members.Values
            .Where(m => m.Status == MemberStatus.Active && !State.IsCoordinator(m.UserId))
            .Select(m => new Participant(m.UserId, m.DisplayName, NetworkRole.Member));
        return Task.FromResult<ImmutableArray<Participant>>([.. coordinators, .. members]);
    }
}
