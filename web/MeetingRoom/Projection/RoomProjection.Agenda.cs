using System.Collections.Immutable;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

// The agenda's clock: the current item runs from CurrentSince; leaving it (another item, or the close) adds the time it
// ran to Used, per item, so an item visited twice counts both visits.
public static partial class RoomProjection
{
    private static RoomState Started(RoomState state, DateTimeOffset at)
    {
        var current = state.Agenda.Items.IsEmpty ? (int?)null : 0;
        return state with
        {
            Meeting = state.Meeting with { Status = MeetingStatus.Started },
            Agenda = state.Agenda with { Current = current, CurrentSince = current is null ? null : at },
        };
    }

    private static RoomState Advanced(RoomState state, int index, DateTimeOffset at) => state with
    {
        Agenda = Stopped(state.Agenda, at) with { Current = index, CurrentSince = at },

        // Another item lowers every hand and frees the floor, as in the grain.
        Attendance = state.Attendance with { Hands = [], Floor = null },
    };

    private static RoomState Closed(RoomState state, DateTimeOffset at) => state with
    {
        Meeting = state.Meeting with { Status = MeetingStatus.Closed },
        Agenda = Stopped(state.Agenda, at) with { CurrentSince = null },
        Attendance = new RoomAttendance([], null),
    };

    // The time the current item ran, added to what it had; the item is the one at the current index when it is left.
    private static RoomAgenda Stopped(RoomAgenda agenda, DateTimeOffset at)
    {
        if (agenda.Current is not { } index || agenda.CurrentSince is not { } since || index >= agenda.Items.Length)
        {
            return agenda;
        }

        var itemId = agenda.Items[index].Id;
        var ran = (at - since).Ticks / TimeSpan.TicksPerMillisecond;
        var had = agenda.Used.FirstOrDefault(u => u.ItemId == itemId);
        ImmutableArray<RoomItemTime> used = had is null
            ? agenda.Used.Add(new RoomItemTime(itemId, ran))
            : agenda.Used.Replace(had, had with { Milliseconds = had.Milliseconds + ran });
        return agenda with { Used = used };
    }
}
