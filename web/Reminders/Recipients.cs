using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>What every reminder mail needs besides its event: the recipients' names and the address links start from.</summary>
internal sealed class Recipients(IDbContextFactory<AppDbContext> contexts, IOptions<PublicUrlOptions> publicUrl)
{
    /// <summary>App:PublicUrl (validated at start): there is no request to take it from, and links must point at the real site.</summary>
    public string BaseUrl => publicUrl.Value.Link("");

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
