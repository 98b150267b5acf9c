using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Time.Testing;
using Netwerkbijeenkomst.Silo.Reminders;
using Netwerkbijeenkomst.Silo.Tests.Hosting;
using Netwerkbijeenkomst.Silo.Tests.Migrations;
using Netwerkbijeenkomst.Testing;

namespace Netwerkbijeenkomst.Silo.Tests.Reminders;

/// <summary>The contract Orleans' reminder service expects of <see cref="IReminderTable"/>, against the table in the database.</summary>
public sealed class EfReminderTableTests(StorageFixture storage) : IClassFixture<StorageFixture>
{
    private static readonly DateTime Start = TestSilos.Start.UtcDateTime;

    private readonly EfReminderTable _table = new(storage.Node.Contexts);

    [Fact]
    public async Task Upsert_StoresTheReminder_WithANewETagEachTime()
    {
        var grain = NewGrain();

        var first = await _table.UpsertRow(Entry(grain, "opvolging", TimeSpan.FromDays(1)));
        var second = await _table.UpsertRow(Entry(grain, "opvolging", TimeSpan.FromHours(2)));

        Assert.False(string.IsNullOrEmpty(first));
        Assert.False(string.IsNullOrEmpty(second));
        Assert.NotEqual(first, second);
        var stored = await _table.ReadRow(grain, "opvolging");
        Assert.NotNull(stored);
        Assert.Equal(second, stored.ETag);
        Assert.Equal(TimeSpan.FromHours(2), stored.Period);
        Assert.Equal(Start, stored.StartAt);
        Assert.Equal(DateTimeKind.Utc, stored.StartAt.Kind);
        Assert.Equal(grain.GetUniformHashCode(), (uint)storage.Database.Scalar("SELECT GrainHash FROM Reminders WHERE GrainId = $g", ("$g", grain.ToString())));
    }

    [Fact]
    public async Task ReadRows_OfAGrain_FindsItsRemindersOnly()
    {
        var grain = NewGrain();
        await _table.UpsertRow(Entry(grain, "een", TimeSpan.FromHours(1)));
        await _table.UpsertRow(Entry(grain, "twee", TimeSpan.FromHours(1)));
        await _table.UpsertRow(Entry(NewGrain(), "een", TimeSpan.FromHours(1)));

        var rows = await _table.ReadRows(grain);

        Assert.Equal(["een", "twee"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.All(rows.Reminders, r => Assert.Equal(grain, r.GrainId));
    }

    [Fact]
    public async Task ReadRow_OfAnUnknownReminder_IsNull()
    {
        var grain = NewGrain();
        await _table.UpsertRow(Entry(grain, "bestaat", TimeSpan.FromHours(1)));

        Assert.Null(await _table.ReadRow(grain, "bestaat niet"));
        Assert.Null(await _table.ReadRow(NewGrain(), "bestaat"));
    }

    [Fact]
    public async Task ReadRows_OfARingRange_ReturnsTheGrainsWhoseHashIsAfterBeginUpToEnd()
    {
        var hashes = await ManyGrainsAsync();

        // (begin, end]: the grain at begin is left out, the one at end is in.
        var begin = hashes[9];
        var end = hashes[19];

        Assert.Equal(hashes[10..20], await HashesInAsync(begin, end, hashes));
    }

    [Fact]
    public async Task ReadRows_OfARangeThatWrapsAroundTheRing_ReturnsBothEnds()
    {
        var hashes = await ManyGrainsAsync();

        var wrapped = await HashesInAsync(hashes[29], hashes[9], hashes);

        Assert.Equal([.. hashes[..10], .. hashes[30..]], wrapped);
    }

    [Fact]
    public async Task ReadRows_FromAPointToItself_IsTheWholeRing()
    {
        var hashes = await ManyGrainsAsync();

        Assert.Equal(hashes, await HashesInAsync(hashes[5], hashes[5], hashes));
    }

    [Fact]
    public async Task Remove_WithAStaleETag_Fails_AndKeepsTheRow()
    {
        var grain = NewGrain();
        var stale = await _table.UpsertRow(Entry(grain, "opvolging", TimeSpan.FromHours(1)));
        var current = await _table.UpsertRow(Entry(grain, "opvolging", TimeSpan.FromHours(1)));

        Assert.False(await _table.RemoveRow(grain, "opvolging", stale!));

        Assert.Equal(current, (await _table.ReadRow(grain, "opvolging"))?.ETag);
    }

    [Fact]
    public async Task Remove_WithTheCurrentETag_RemovesTheRow()
    {
        var grain = NewGrain();
        var current = await _table.UpsertRow(Entry(grain, "opvolging", TimeSpan.FromHours(1)));

        Assert.True(await _table.RemoveRow(grain, "opvolging", current!));

        Assert.Null(await _table.ReadRow(grain, "opvolging"));
        Assert.False(await _table.RemoveRow(grain, "opvolging", current!));
    }

    [Fact]
    public async Task Start_GivesRowsFromBeforeThePortToOrleans_TheirHashAndAnETag()
    {
        using var database = new TestDatabase();
        var grain = GrainId.Create("journal", "oud");
        await using (var db = SiloContext.Over(database))
        {
            await db.GetService<IMigrator>().MigrateAsync(SiloContext.FirstMigration);
            await db.Database.ExecuteSqlRawAsync(
                """INSERT INTO "Reminders" ("GrainId", "Name", "StartAt", "Period") VALUES ('journal/oud', 'opvolging', '2026-11-02 09:00:00+00:00', '1.00:00:00')""");
        }

        // The node's migrator adds the hash column; the table fills it in when Orleans starts it.
        await using var node = await StorageHost.StartAsync(database, new FakeTimeProvider(TestSilos.Start));
        var table = new EfReminderTable(node.Contexts);
        Assert.Empty((await table.ReadRows(0, 0)).Reminders);
        await table.StartAsync();

        var hash = grain.GetUniformHashCode();
        var entry = Assert.Single((await table.ReadRows(hash - 1, hash)).Reminders);
        Assert.Equal(grain, entry.GrainId);
        Assert.Equal("opvolging", entry.ReminderName);
        Assert.Equal(new DateTime(2026, 11, 2, 9, 0, 0, DateTimeKind.Utc), entry.StartAt);
        Assert.Equal(TimeSpan.FromDays(1), entry.Period);
        Assert.False(string.IsNullOrEmpty(entry.ETag));
        Assert.True(await table.RemoveRow(grain, "opvolging", entry.ETag));
    }

    private static GrainId NewGrain() => GrainId.Create("journal", Guid.NewGuid().ToString("N"));

    private static ReminderEntry Entry(GrainId grain, string name, TimeSpan period) => new()
    {
        GrainId = grain,
        ReminderName = name,
        StartAt = Start,
        Period = period,
    };

    /// <summary>Stores a reminder for each of forty new grains; returns their hashes in ring order.</summary>
    private async Task<uint[]> ManyGrainsAsync()
    {
        var grains = Enumerable.Range(0, 40).Select(_ => NewGrain()).ToList();
        foreach (var grain in grains)
        {
            await _table.UpsertRow(Entry(grain, "ring", TimeSpan.FromHours(1)));
        }

        return [.. grains.Select(g => g.GetUniformHashCode()).Order()];
    }

    /// <summary>The hashes, among <paramref name="ours"/>, of the rows the table returns for a range; other tests' rows are ignored.</summary>
    private async Task<uint[]> HashesInAsync(uint begin, uint end, uint[] ours)
    {
        var rows = await _table.ReadRows(begin, end);
        return [.. rows.Reminders.Select(r => r.GrainId.GetUniformHashCode()).Where(ours.Contains).Order()];
    }
}
