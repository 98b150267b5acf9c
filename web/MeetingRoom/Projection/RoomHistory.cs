using System.Collections.Immutable;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>
/// The last few rooms of one meeting, one per sequence number without holes, newest last: the forwarder needs the room
/// just before each event even when a Join has already folded past it.
/// </summary>
internal sealed record RoomHistory(ImmutableList<RoomState> States, long Touched)
{
    public const int Depth = 32;

    public RoomState Latest => States[^1];

    public RoomState? At(int sequence) =>
        sequence >= States[0].Sequence && sequence <= Latest.Sequence ? States[sequence - States[0].Sequence] : null;

    /// <summary>This history followed by <paramref name="run"/> (consecutive states); an older run changes nothing, a run after a hole starts anew.</summary>
    public RoomHistory With(IReadOnlyList<RoomState> run, long touched)
    {
        if (run.Count == 0 || run[^1].Sequence <= Latest.Sequence)
        {
            return this with { Touched = touched };
        }

        var kept = run[0].Sequence <= Latest.Sequence + 1 ? States.RemoveAll(s => s.Sequence >= run[0].Sequence) : [];
        var states = kept.AddRange(run);
        return new(states.Count > Depth ? states.RemoveRange(0, states.Count - Depth) : states, touched);
    }
}
