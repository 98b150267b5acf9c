using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Netwerkbijeenkomst.Grains.Abstractions.Meetings;
using Netwerkbijeenkomst.Silo.EventLog;
using Netwerkbijeenkomst.Web.Data;
using Netwerkbijeenkomst.Web.Listings;
using Netwerkbijeenkomst.Web.Mail;

namespace Netwerkbijeenkomst.Web.Reminders;

/// <summary>What every reminder mail needs besides its event: the recipients' names and the address links start from.</summary>
internal sealed class Recipients(
    IDbContextFactory<AppDbContext> contexts, IOptions<PublicUrlOptions> publicUrl, IGrainFactory grains, ProjectionRunner<ListingsProjection, AppDbContext> listings)
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

    /// <summary>The meeting's title as the meeting keeps it (the page lists may not have caught up with a new meeting yet).</summary>
    public async Task<(string Title, string NetworkName)> MeetingAsync(Guid meetingId, CancellationToken cancellationToken)
    {
        var meeting = await grains.GetGrain<IMeetingGrain>(meetingId).GetInvitationAsync();
        return (meeting.Title, await NetworkNameAsync(meeting.NetworkId, cancellationToken));
    }

    public async Task<string> NetworkNameAsync(string networkId, CancellationToken cancellationToken)
    {
        await listings.CatchUpAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Networks.AsNoTracking().Where(n => n.NetworkId == networkId).Select(n => n.Name).SingleOrDefaultAsync(cancellationToken) ?? "uw netwerk";
    }
}
