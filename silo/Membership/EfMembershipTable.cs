using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Netwerkbijeenkomst.Silo.Membership;

/// <summary>
/// Orleans' membership table in the application database. Every change to a row also moves the table version on,
/// in one transaction, and only if the version's and the row's ETags are still the ones the caller read: that is the
/// compare-and-swap Orleans' membership protocol is built on.
/// </summary>
internal sealed class EfMembershipTable(IDbContextFactory<EventStoreDbContext> contexts, IOptions<ClusterOptions> cluster) : IMembershipTable
{
    private string ClusterId => cluster.Value.ClusterId;

    public async Task InitializeMembershipTable(bool tryInitTableVersion)
    {
        if (!tryInitTableVersion)
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync();
        await db.Database.ExecuteSqlAsync(
            $"""INSERT INTO "ClusterVersions" ("ClusterId", "Version", "ETag") VALUES ({ClusterId}, 0, {NewETag()}) ON CONFLICT DO NOTHING""");
    }

    public async Task DeleteMembershipTableEntries(string clusterId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.ClusterMembers.Where(m => m.ClusterId == clusterId).ExecuteDeleteAsync();
        await db.ClusterVersions.Where(v => v.ClusterId == clusterId).ExecuteDeleteAsync();
        await transaction.CommitAsync();
    }

    public async Task CleanupDefunctSiloEntries(DateTimeOffset beforeDate)
    {
        var dead = (int)SiloStatus.Dead;
        await using var db = await contexts.CreateDbContextAsync();
        var rows = await db.ClusterMembers.Where(m => m.ClusterId == ClusterId && m.Status == dead).ToListAsync();
        db.ClusterMembers.RemoveRange(rows.Where(m => m.IAmAliveTime < beforeDate));
        await db.SaveChangesAsync();
    }

    public Task<MembershipTableData> ReadRow(SiloAddress key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var address = key.ToParsableString();
        return ReadAsync(members => members.Where(m => m.Address == address));
    }

    public Task<MembershipTableData> ReadAll() => ReadAsync(members => members);

    public async Task<bool> InsertRow(MembershipEntry entry, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var address = entry.SiloAddress.ToParsableString();
        if (!await MoveVersionAsync(db, tableVersion) || await db.ClusterMembers.AnyAsync(m => m.ClusterId == ClusterId && m.Address == address))
        {
            await transaction.RollbackAsync();
            return false;
        }

        var row = new MemberRow { ClusterId = ClusterId, Address = address, HostName = "", SiloName = "", ETag = NewETag() };
        Write(entry, row);
        db.ClusterMembers.Add(row);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return true;
    }

    public async Task<bool> UpdateRow(MembershipEntry entry, string etag, TableVersion tableVersion)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(tableVersion);
        await using var db = await contexts.CreateDbContextAsync();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var address = entry.SiloAddress.ToParsableString();
        var row = await db.ClusterMembers.SingleOrDefaultAsync(m => m.ClusterId == ClusterId && m.Address == address);
        if (row is null || row.ETag != etag || !await MoveVersionAsync(db, tableVersion))
        {
            await transaction.RollbackAsync();
            return false;
        }

        Write(entry, row);
        row.ETag = NewETag();

        // The row's ETag is checked again in the UPDATE itself, so a writer that slipped in after our read wins alone.
        var claimed = await db.ClusterMembers
            .Where(m => m.ClusterId == ClusterId && m.Address == address && m.ETag == etag)
            .ExecuteUpdateAsync(set => set
                .SetProperty(m => m.Status, row.Status)
                .SetProperty(m => m.ProxyPort, row.ProxyPort)
                .SetProperty(m => m.HostName, row.HostName)
                .SetProperty(m => m.SiloName, row.SiloName)
                .SetProperty(m => m.SuspectTimes, row.SuspectTimes)
                .SetProperty(m => m.StartTime, row.StartTime)
                .SetProperty(m => m.IAmAliveTime, row.IAmAliveTime)
                .SetProperty(m => m.ETag, row.ETag));
        if (claimed == 0)
        {
            await transaction.RollbackAsync();
            return false;
        }

        await transaction.CommitAsync();
        return true;
    }

    public async Task UpdateIAmAlive(MembershipEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var address = entry.SiloAddress.ToParsableString();
        var alive = Utc(entry.IAmAliveTime);
        await using var db = await contexts.CreateDbContextAsync();
        await db.ClusterMembers
            .Where(m => m.ClusterId == ClusterId && m.Address == address)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.IAmAliveTime, alive));
    }

    /// <summary>Moves the table version to <paramref name="next"/> if it still has the ETag the caller read.</summary>
    private async Task<bool> MoveVersionAsync(EventStoreDbContext db, TableVersion next) =>
        await db.ClusterVersions
            .Where(v => v.ClusterId == ClusterId && v.ETag == next.VersionEtag)
            .ExecuteUpdateAsync(set => set.SetProperty(v => v.Version, next.Version).SetProperty(v => v.ETag, NewETag())) == 1;

    private async Task<MembershipTableData> ReadAsync(Func<IQueryable<MemberRow>, IQueryable<MemberRow>> which)
    {
        await using var db = await contexts.CreateDbContextAsync();

        // One snapshot for the version and the rows, so a reader never pairs new rows with an old version.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead);
        var version = await db.ClusterVersions.AsNoTracking().SingleOrDefaultAsync(v => v.ClusterId == ClusterId);
        var rows = await which(db.ClusterMembers.AsNoTracking().Where(m => m.ClusterId == ClusterId)).ToListAsync();
        await transaction.CommitAsync();
        var tableVersion = version is null ? new TableVersion(0, "") : new TableVersion(version.Version, version.ETag);
        return new MembershipTableData([.. rows.Select(r => Tuple.Create(Read(r), r.ETag))], tableVersion);
    }

    private static void Write(MembershipEntry entry, MemberRow row)
    {
        row.Status = (int)entry.Status;
        row.ProxyPort = entry.ProxyPort;
        row.HostName = entry.HostName ?? "";
        row.SiloName = entry.SiloName ?? "";
        row.SuspectTimes = entry.SuspectTimes is { Count: > 0 } votes
            ? string.Join('\n', votes.Select(v => $"{v.Item1.ToParsableString()}|{Utc(v.Item2).UtcTicks.ToString(CultureInfo.InvariantCulture)}"))
            : null;
        row.StartTime = Utc(entry.StartTime);
        row.IAmAliveTime = Utc(entry.IAmAliveTime);
    }

    private static MembershipEntry Read(MemberRow row) => new()
    {
        SiloAddress = SiloAddress.FromParsableString(row.Address),
        Status = (SiloStatus)row.Status,
        ProxyPort = row.ProxyPort,
        HostName = row.HostName,
        SiloName = row.SiloName,
        SuspectTimes = row.SuspectTimes is null
            ? null
            : [.. row.SuspectTimes.Split('\n').Select(line => line.Split('|')).Select(parts =>
                Tuple.Create(SiloAddress.FromParsableString(parts[0]), new DateTime(long.Parse(parts[1], CultureInfo.InvariantCulture), DateTimeKind.Utc)))],
        StartTime = row.StartTime.UtcDateTime,
        IAmAliveTime = row.IAmAliveTime.UtcDateTime,
    };

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
