using Microsoft.EntityFrameworkCore;
using Netwerkbijeenkomst.Web.Accounts;
using Netwerkbijeenkomst.Web.Data;

namespace Netwerkbijeenkomst.Web.Invitations;

/// <summary>The members' private calendar subscriptions: one per account; a new one replaces the old, revoking ends it.</summary>
public sealed class CalendarFeeds(IDbContextFactory<AppDbContext> contexts, TimeProvider time)
{
    public const string PathPrefix = "/agenda/";

    /// <summary>Makes a new secret for the account, revoking any earlier one; the secret is returned once and only its hash kept.</summary>
    public async Task<string> RenewAsync(string userId)
    {
        var token = LinkSecrets.New();
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RevokedAtUtc, now));
        db.CalendarFeeds.Add(new CalendarFeed { Id = Guid.NewGuid(), UserId = userId, TokenHash = LinkSecrets.Hash(token), CreatedAtUtc = now });
        await db.SaveChangesAsync();
        return token;
    }

    public async Task RevokeAsync(string userId)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync();
        await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAtUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(f => f.RevokedAtUtc, now));
    }

    /// <summary>When the account's current subscription was made; null when it has none.</summary>
    public async Task<DateTime?> ActiveSinceAsync(string userId)
    {
        await using var db = await contexts.CreateDbContextAsync();
        return await db.CalendarFeeds.Where(f => f.UserId == userId && f.RevokedAtUtc == null)
            .Select(f => (DateTime?)f.CreatedAtUtc).SingleOrDefaultAsync();
    }

    /// <summary>The account a secret belongs to, while it is not revoked.</summary>
    public async Task<string?> OwnerAsync(string token, CancellationToken cancellationToken)
    {
        var hash = LinkSecrets.Hash(token);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.CalendarFeeds.Where(f => f.TokenHash == hash && f.RevokedAtUtc == null).Select(f => f.UserId).SingleOrDefaultAsync(cancellationToken);
    }
}
