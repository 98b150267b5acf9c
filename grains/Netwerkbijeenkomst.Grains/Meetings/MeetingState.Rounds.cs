using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

/// <summary>The rounds of peer consultation (intervisie) held in the meeting.</summary>
public sealed partial class MeetingState
{
    /// <summary>Every round in the order they started; a round left open when the meeting closed stays open.</summary>
    [Id(70)]
    public List<PeerRound> Rounds { get; } = [];

    /// <summary>The round that runs, if any: one at a time.</summary>
    public PeerRound? OpenRound => Rounds.FirstOrDefault(r => !r.Closed);

    private void UpdateRound(Guid roundId, Func<PeerRound, PeerRound> change)
    {
        var index = Rounds.FindIndex(r => r.Id == roundId);
        Rounds[index] = change(Rounds[index]);
    }
}
