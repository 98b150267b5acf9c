using System.Collections.Immutable;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>Everything the joining client missed, in order.</summary>
public sealed record JoinResult(ImmutableArray<MeetingEventMessage> Events);
