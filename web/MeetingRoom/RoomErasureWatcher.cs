using Netwerkbijeenkomst.Grains.Abstractions.Cases;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.LiveEvents;
using Netwerkbijeenkomst.Web.MeetingRoom.Projection;

namespace Netwerkbijeenkomst.Web.MeetingRoom;

/// <summary>
/// Retention empties a case's texts in the meetings' stored events and only then records <see cref="CaseTextsErased"/>;
/// on that event every web node forgets its cached rooms, so no page or Join serves an erased text from memory.
/// </summary>
internal sealed class RoomErasureWatcher(RoomStates rooms) : ILiveEventHandler
{
    public Task HandleAsync(LoggedEvent logged, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(logged);
        if (logged.Event is CaseTextsErased)
        {
            rooms.Clear();
        }

        return Task.CompletedTask;
    }
}
