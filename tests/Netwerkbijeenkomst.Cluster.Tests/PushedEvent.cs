using System.Text.Json;

namespace Netwerkbijeenkomst.Cluster.Tests;

/// <summary>A meeting event as the hub sends it (MeetingEventMessage on the server), its data left as JSON.</summary>
public sealed record PushedEvent(Guid MeetingId, int Sequence, string Type, DateTimeOffset At, JsonElement Data)
{
    /// <summary>The id of the contribution a ContributionPosted event carries.</summary>
    public Guid ContributionId => Data.GetProperty("contribution").GetProperty("id").GetGuid();
}

/// <summary>What Join returns: every event after the sequence number the client gave.</summary>
public sealed record JoinedEvents(IReadOnlyList<PushedEvent> Events);
