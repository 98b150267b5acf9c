using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.MeetingRoom.Contract;

namespace Netwerkbijeenkomst.Web.MeetingRoom.Projection;

/// <summary>
/// Rooms of running meetings kept in the database every <see cref="Interval"/> events, so a node that has no room in
/// memory folds only the events after the newest snapshot. A snapshot is a cache: losing one costs a longer fold, and
/// retention's erasure drops them all (<see cref="ForgetAllAsync"/>).
/// </summary>
public sealed class RoomSnapshots(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    public const int Interval = 100;

    /// <summary>The newest snapshot of the meeting in this contract version, if any.</summary>
    public async Task<RoomState?> LatestAsync(Guid meetingId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.RoomSnapshots.AsNoTracking()
            .Where(s => s.MeetingId == meetingId && s.Version == RoomContract.Version)
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : JsonSerializer.Deserialize<RoomState>(row.State, RoomJson.Options);
    }

    /// <summary>Keeps <paramref name="room"/> as the meeting's snapshot unless it has a newer one; a meeting that is over has none.</summary>
    public async Task SaveAsync(Guid meetingId, RoomState room, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(room);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (room.Meeting.Status is MeetingStatus.Closed or MeetingStatus.Cancelled)
        {
            await db.RoomSnapshots.Where(s => s.MeetingId == meetingId).ExecuteDeleteAsync(cancellationToken);
            return;
        }

        var json = JsonSerializer.Serialize(room, RoomJson.Options);
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await db.RoomSnapshots
            .Where(s => s.MeetingId == meetingId && (s.Sequence < room.Sequence || s.Version != RoomContract.Version))
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Sequence, room.Sequence).SetProperty(x => x.Version, RoomContract.Version).SetProperty(x => x.State, json).SetProperty(x => x.SavedAtUtc, now), cancellationToken);
        if (updated == 0)
        {
            // Another node may insert this meeting's first snapshot at the same moment: one of the two is enough, and
            // ON CONFLICT (SQLite and PostgreSQL alike) keeps that from being an error.
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""INSERT INTO "RoomSnapshots" ("MeetingId", "Sequence", "Version", "State", "SavedAtUtc") VALUES ({meetingId}, {room.Sequence}, {RoomContract.Version}, {json}, {now}) ON CONFLICT ("MeetingId") DO NOTHING""",
                cancellationToken);
        }
    }

    /// <summary>Retention rewrote texts in the stored events: no snapshot may still carry them.</summary>
    public async Task ForgetAllAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.RoomSnapshots.ExecuteDeleteAsync(cancellationToken);
    }
}
