using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;

namespace Netwerkbijeenkomst.Grains.Meetings;

public sealed partial class MeetingGrain
{
    public Task<MeetingInvitation> GetInvitationAsync()
    {
        EnsureExists();
        return Task.FromResult(new MeetingInvitation(
            Id, State.NetworkId, State.Title, State.StartsAt, State.EndsAt, State.Status, State.PublishedAt, State.CancelReason, [.. State.Agenda], State.Rsvps.ToImmutableDictionary(),
            State.Place, State.OnlineLink, State.CalendarSequence));
    }
}
