namespace Netwerkbijeenkomst.Cluster.Tests;

// The parts of the room contract (web/MeetingRoom/Contract) this test reads, as the hub sends them; the rest of the JSON is left out.

/// <summary>What Join answers: the room as it stands.</summary>
public sealed record JoinedRoom(int Version, JoinedState State);

/// <summary>The room after event <see cref="Sequence"/>; of its parts, the contributions.</summary>
public sealed record JoinedState(int Sequence, IReadOnlyList<PushedContribution> Contributions);

public sealed record PushedContribution(Guid Id);

/// <summary>Any pushed room message: its event's number and, for ContributionAdded, the new contribution.</summary>
public sealed record PushedMessage(int Sequence, PushedContribution? Contribution);
