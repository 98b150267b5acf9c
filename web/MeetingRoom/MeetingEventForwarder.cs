using Microsoft.AspNetCore.SignalR;
using Netwerkbijeenkomst.Silo.Persistence.EventSourcing;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>Sends each committed meeting event, with its sequence number, to the browsers in that meeting's room.</summary>
internal sealed class MeetingEventForwarder(IHubContext<MeetingHub, IMeetingClient> hub) : IEventSubscriber
{
    public async ValueTask OnCommittedAsync(IReadOnlyList<CommittedEvent<object>> events, CancellationToken cancellationToken)
    {
        foreach (var committed in events.Where(e => MeetingStreams.IsMeeting(e.StreamId)))
        {
            await hub.Clients.Group(MeetingStreams.Group(MeetingStreams.MeetingId(committed.StreamId))).MeetingEvent(MeetingStreams.Message(committed));
        }
    }
}
