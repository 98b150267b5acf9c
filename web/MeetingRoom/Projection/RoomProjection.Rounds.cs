using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

// Rounds of peer consultation: the round is folded as the grain's PeerRound, so whose turn it is comes from PeerRound.Turn
// itself, and only then mapped to the room's record.
public static partial class RoomProjection
{
    private static RoomUpdate RoundChanged(RoomState state, MeetingEvent @event, DateTimeOffset at)
    {
        var round = @event switch
        {
            RoundStarted e => new PeerRound(e.RoundId, e.ItemId, e.CaseId, e.PresenterId, e.Order, RoundPhase.Question, e.Minutes, e.At, [], [], false, [], null),
            RoundPhaseStarted e => Round(state, e.RoundId) with { Phase = e.Phase, PhaseMinutes = e.Minutes, PhaseSince = e.At },
            RoundEntryPosted e => WithEntry(Round(state, e.RoundId), e.Entry),
            RoundTurnPassed e => WithPass(Round(state, e.RoundId), new RoundPass(e.Phase, e.UserId)),
            RoundClosed e => Round(state, e.RoundId) with { Closed = true, ChosenEntryIds = e.ChosenEntryIds, AdviceId = e.AdviceId },
            _ => throw new ArgumentOutOfRangeException(nameof(@event), @event.GetType().Name, "Not a round event."),
        };
        var room = RoomMapping.Round(round);
        var existing = state.Rounds.FirstOrDefault(r => r.Id == room.Id);
        var rounds = existing is null ? state.Rounds.Add(room) : state.Rounds.Replace(existing, room);
        return new(state with { Rounds = rounds }, new RoundChanged(state.Sequence, at, room));
    }

    private static PeerRound WithEntry(PeerRound round, RoundEntry entry) => round with { Entries = round.Entries.Add(entry) };

    private static PeerRound WithPass(PeerRound round, RoundPass pass) => round with { Passes = round.Passes.Add(pass) };

    private static PeerRound Round(RoomState state, Guid roundId) => RoomMapping.PeerRound(state.Rounds.Single(r => r.Id == roundId));
}
