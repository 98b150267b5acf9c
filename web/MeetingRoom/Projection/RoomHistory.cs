using System.Collections.Immutable;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>
/// The last few rooms of one meeting, one per sequence number without holes, newest last, each with the message of the
/// event that made it: the forwarder needs the room just before each event even when a Join has already folded past
/// it, and a browser that missed a few messages gets just those (<see cref="MessagesAfter"/>). A room read from a
/// snapshot has no message: it can only be the first.
/// </summary>
internal sealed record RoomHistory(ImmutableList<(RoomState State, RoomMessage? Message)> Updates, long Touched)
{
    public const int Depth = 32;

    public RoomState Latest => Updates[^1].State;

    private int First => Updates[0].State.Sequence;

    public RoomState? At(int sequence) =>
        sequence >= First && sequence <= Latest.Sequence ? Updates[sequence - First].State : null;

    /// <summary>
    /// The messages of the events after <paramref name="sequence"/> up to <paramref name="until"/>, in order; null when
    /// this history no longer (or does not yet) hold them all.
    /// </summary>
    public IReadOnlyList<RoomMessage>? MessagesAfter(int sequence, int until)
    {
        if (sequence < First - 1 || sequence > until || until > Latest.Sequence)
        {
            return null;
        }

        var messages = Updates.Skip(sequence + 1 - First).Take(until - sequence).Select(u => u.Message).ToList();
        return messages.Contains(null) ? null : [.. messages.OfType<RoomMessage>()];
    }

    /// <summary>This history followed by <paramref name="run"/> (consecutive updates); an older run changes nothing, a run after a hole starts anew.</summary>
    public RoomHistory With(IReadOnlyList<(RoomState State, RoomMessage? Message)> run, long touched)
    {
        if (run.Count == 0 || run[^1].State.Sequence <= Latest.Sequence)
        {
            return this with { Touched = touched };
        }

        var start = run[0].State.Sequence;
        var kept = start <= Latest.Sequence + 1 ? Updates.RemoveAll(u => u.State.Sequence >= start) : [];
        var updates = kept.AddRange(run);
        return new(updates.Count > Depth ? updates.RemoveRange(0, updates.Count - Depth) : updates, touched);
    }
}
