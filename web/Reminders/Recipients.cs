using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>What every reminder mail needs besides its event: the recipients' names and the address links start from.</summary>
internal sealed class Recipients(IDbContextFactory<AppDbContext> contexts, IConfiguration configuration)
{
    /// <summary>From configuration, never from a request: there is none, and links must point at the real site.</summary>
    public string BaseUrl => (configuration["App:PublicUrl"] ?? throw new InvalidOperationException("App:PublicUrl is not set.")).TrimEnd('/');

    /// <summary>The display names of the accounts that still exist; a deleted account gets no mail.</summary>
    public async Task<Dictionary<string, string>> NamesAsync(IEnumerable<string> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.Distinct(StringComparer.Ordinal).ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, StringComparer.Ordinal, cancellationToken);
    }

    public async Task<(string Title, string NetworkName)> MeetingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var meeting = await db.Meetings.AsNoTracking().SingleOrDefaultAsync(m => m.MeetingId == meetingId, cancellationToken);
        var network = meeting is null ? null : await db.Networks.AsNoTracking().SingleOrDefaultAsync(n => n.NetworkId == meeting.NetworkId, cancellationToken);
        return (meeting?.Title ?? "De netwerkbijeenkomst", network?.Name ?? "uw netwerk");
    }

    public async Task<string> NetworkNameAsync(string networkId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Networks.AsNoTracking().Where(n => n.NetworkId == networkId).Select(n => n.Name).SingleOrDefaultAsync(cancellationToken) ?? "uw netwerk";
    }
}
